import Clinical
import Foundation
import Screens
import Store

/// Plays a key file headless on a fresh seeded demo store, as `workstation replay` and the
/// scenario tests do, and reports the final 80x24 screen and whether the goal was met.
public enum ScenarioReplay {
  public struct Outcome: Sendable {
    public let screen: String
    public let keystrokes: Int
    /// nil when no scenario was given.
    public let goalMet: Bool?
  }

  public static func run(
    keys: [Key], scenario: Scenario?, keymap: Keymap, language: Language, today: CivilDate
  ) throws(StoreError) -> Outcome {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let session = try freshSession(
      in: folder, scenario: scenario, keymap: keymap, language: language, today: today)
    session.start()
    for key in keys { session.press(key) }
    let buffer = session.render()
    return Outcome(
      screen: (0..<buffer.size.height).map { buffer.rowText($0) }.joined(separator: "\n"),
      keystrokes: session.state.trainer?.keystrokes ?? keys.count,
      goalMet: scenario.map { _ in session.state.scenarioRun?.result != nil })
  }

  /// Plays `keys` into the terminal, one every `pace` seconds, on a fresh seeded store: a
  /// classroom watches the task being done.
  public static func live(
    keys: [Key], pace: TimeInterval, scenario: Scenario?, keymap: Keymap, language: Language,
    today: CivilDate
  ) throws -> Void {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let session = try freshSession(
      in: folder, scenario: scenario, keymap: keymap, language: language, today: today)
    try TerminalRunLoop.run(session, playback: .init(keys: keys, pace: pace))
  }

  private static func temporaryFolder() throws(StoreError) -> String {
    let folder = NSTemporaryDirectory() + "workstation-replay-" + UUID().uuidString
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotOpen(path: folder)
    }
    return folder
  }

  /// A trainer session on a new default demo store in `folder`, the scenario (if any) running.
  private static func freshSession(
    in folder: String, scenario: Scenario?, keymap: Keymap, language: Language, today: CivilDate
  ) throws(StoreError) -> Session {
    // The store, the runner and the screens keep one calendar: a replay on a fixed day (the
    // tests') would otherwise date a letter today while its form counted from that day.
    let clock = shiftedClock(to: today)
    let start = clock()
    let store = try DemoStoreBuilder.build(
      at: folder + "/demo.sqlite", population: SyntheticPopulation(), seededAt: start)
    let runner = EffectRunner(store: store, clinician: .demo, clock: clock)
    var state = AppState(
      language: language, size: .minimum,
      session: SessionInfo(clinician: .demo, isDemo: true, storeIsEmpty: false),
      hints: keymap.hints, today: today)
    state.trainer = TrainerState(at: start)
    state.scenarioRun = scenario.map { ScenarioRun(scenario: $0, startedAt: start) }
    return Session(state: state, keymap: keymap, runner: runner)
  }

  /// The real clock moved by whole days so that it reads `today` in Oslo, its hours running on.
  private static func shiftedClock(to today: CivilDate) -> @Sendable () -> Date {
    let days = today.dayNumber - Today.civilDate(Date()).dayNumber
    return {
      let now = Date()
      return Today.calendar.date(byAdding: .day, value: days, to: now) ?? now
    }
  }
}
