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
    let folder = NSTemporaryDirectory() + "workstation-replay-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotOpen(path: folder)
    }
    let store = try DemoStoreBuilder.build(
      at: folder + "/demo.sqlite", population: SyntheticPopulation())
    let runner = EffectRunner(store: store, clinician: .demo, clock: { Date() })
    let start = Date()
    var state = AppState(
      language: language, size: .minimum,
      session: SessionInfo(clinician: .demo, isDemo: true, storeIsEmpty: false),
      hints: keymap.hints, today: today)
    state.trainer = TrainerState(at: start)
    state.scenarioRun = scenario.map { ScenarioRun(scenario: $0, startedAt: start) }
    let session = Session(state: state, keymap: keymap, runner: runner)
    session.start()
    for key in keys { session.press(key) }
    let buffer = session.render()
    return Outcome(
      screen: (0..<buffer.size.height).map { buffer.rowText($0) }.joined(separator: "\n"),
      keystrokes: session.state.trainer?.keystrokes ?? keys.count,
      goalMet: scenario.map { _ in session.state.scenarioRun?.result != nil })
  }
}
