import Clinical
import Foundation
import Screens
import Store
import WorkstationKit
import XCTest

/// Drives the real reducers, effect runner and views on a real SQLite demo store, pressing keys
/// by action name through Keymaps/default.keymap, as the acceptance tests do.
final class Harness {
  let session: Session
  let folder: String
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  /// A fixed clock: 27 November 2026 09:30 in Oslo, so access-log lines are stable.
  static let now = Date(timeIntervalSince1970: 1_795_768_200)

  init(
    size: Size = .minimum, language: Language = .nb, population: Int = 300,
    keymap extra: String? = nil, trainer: Bool = false, scenarios: [Scenario] = [],
    cachedLogin: (hpr: String, password: String, clinician: Clinician)? = nil,
    production: ((_ folder: String) throws -> PatientStore)? = nil, central: String? = nil
  ) throws {
    folder = NSTemporaryDirectory() + "ws-harness-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = try production?(folder) ?? DemoStoreBuilder.build(
      at: folder + "/demo.sqlite", population: SyntheticPopulation(size: population), seededAt: Self.now)
    var keymap = try KeymapLoader.load(
      defaultPath: Self.repository.appendingPathComponent("Keymaps/default.keymap").path,
      userPath: nil, extraPath: nil)
    if let extra { try keymap.merge(extra, file: "test.keymap") }
    var state = AppState(
      language: language, size: size,
      session: SessionInfo(clinician: .demo, isDemo: store.kind == .demo, storeIsEmpty: try store.isEmpty()),
      hints: keymap.hints, today: CivilDate(year: 2026, month: 11, day: 27)!)
    let now = Self.now
    if trainer { state.trainer = TrainerState(at: now) }
    // A login gate checked against the cache of a user who logged in here before.
    if let cachedLogin {
      try LoginCache(store: store).remember(hpr: cachedLogin.hpr, password: cachedLogin.password, as: cachedLogin.clinician, at: now)
      state.login = LoginState(purpose: .login)
    }
    state.scenarios = scenarios
    let runner = EffectRunner(store: store, clinician: .demo, clock: { now })
    // A central server as `workstation --central` has one: a login gate, sync shown offline.
    if let central {
      runner.centralURL = central
      state.login = LoginState(purpose: .login)
      state.sync = SyncStatus(link: .offline, pending: 0, conflicts: 0)
    }
    session = Session(state: state, keymap: keymap, runner: runner, recordingsFolder: folder + "/recordings")
    session.start()
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  var state: AppState { session.state }

  /// A second connection to the harness's demo store, for what a test writes as sync would.
  func demoStore() throws -> PatientStore { try PatientStore(path: folder + "/demo.sqlite", kind: .demo) }

  /// Presses the key the keymap binds to `action` in the current contexts.
  func perform(_ action: Action, file: StaticString = #filePath, line: UInt = #line) {
    guard let keys = session.keymap.hints.key(for: action, in: state.contexts) else {
      XCTFail("no key bound to \(action.rawValue) in \(state.contexts)", file: file, line: line)
      return
    }
    press(keys)
  }

  /// Presses keys written as in the keymap ("ctrl+q", "g p").
  func press(_ keys: String) {
    for name in keys.split(separator: " ") {
      guard let key = Key(name: String(name)) else { return XCTFail("bad key \(name)") }
      session.press(key)
    }
  }

  func type(_ text: String) {
    for ch in text { session.press(ch == " " ? Key(.space) : .char(ch)) }
  }

  func resize(_ size: Size) { session.dispatch(.resized(size)) }

  var screen: String { session.render().snapshot() }
  var text: String { (0..<state.size.height).map { session.render().rowText($0) }.joined(separator: "\n") }
}
