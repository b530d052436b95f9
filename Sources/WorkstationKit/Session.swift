import Clinical
import Foundation
import Screens
import Store

/// One running workstation without a terminal: keys in, buffer out. The curses run loop, the
/// test harness and the benchmark all drive this same object.
public final class Session {
  public private(set) var state: AppState
  public let keymap: Keymap
  let runner: EffectRunner
  private var pending: [Key] = []
  /// Where `trainer.record` writes its key files.
  private let recordingsFolder: String?
  private var recorded: [Key] = []

  public init(
    state: AppState, keymap: Keymap, runner: EffectRunner, recordingsFolder: String? = nil
  ) {
    self.state = state
    self.keymap = keymap
    self.runner = runner
    self.recordingsFolder = recordingsFolder
  }

  /// Starts the first screen: the recently opened patients.
  public func start() {
    dispatch(.action(.goLookup))
  }

  /// Idle time after which the screen locks itself (nil: never), and when a key last came.
  public var lockAfter: TimeInterval?
  public var lastInput = Date()
  /// Sync with the central server, when there is one; its status reaches the status line.
  var backgroundSync: BackgroundSync?

  /// Brings the background sync's latest status to the screen, when it changed.
  func pollSync() {
    guard let status = backgroundSync?.status, status != state.sync else { return }
    dispatch(.syncStatusChanged(status))
    // The first sync fills an empty store: lookup stops saying it is empty.
    if state.session.storeIsEmpty && !runner.isStoreEmpty() { dispatch(.storeFilled) }
  }

  /// One key press through the keymap, as the terminal delivers it.
  public func press(_ key: Key) {
    lastInput = runner.clock()
    if state.trainer != nil { dispatch(.keystroke(at: runner.clock())) }
    pending.append(key)
    let resolution = keymap.resolve(pending, contexts: state.contexts, textFocus: state.fieldHasFocus)
    if state.isRecording && resolution != .action(.trainerRecord) { recorded.append(key) }
    if resolution == .pending {
      dispatch(.pendingKeys(pending.map(\.description).joined(separator: " ")))
      return
    }
    pending = []
    if state.pendingKeys != nil { dispatch(.pendingKeys(nil)) }
    let wasRecording = state.isRecording
    switch resolution {
    case .action(let action): dispatch(.action(action))
    case .text(let text): dispatch(.text(text))
    case .pending, .unbound: break
    }
    if wasRecording && !state.isRecording { saveRecording() }
    if !wasRecording && state.isRecording { recorded = [] }
  }

  /// Text pasted in one piece: typed into the focused field or editor, ignored elsewhere (a
  /// paste must never run commands). It counts as one keystroke.
  public func paste(_ text: String) {
    lastInput = runner.clock()
    if state.trainer != nil { dispatch(.keystroke(at: runner.clock())) }
    guard state.fieldHasFocus else { return }
    dispatch(.text(text))
  }

  /// Writes the recorded keys in the key-file format to the recordings folder.
  private func saveRecording() {
    guard let folder = recordingsFolder else { return }
    let name = "recording-\(Int(runner.clock().timeIntervalSince1970)).keys"
    let path = folder + "/" + name
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try KeyScript.render(recorded).write(toFile: path, atomically: true, encoding: .utf8)
      dispatch(.recordingSaved(path: path))
    } catch {
      dispatch(.failed(.cannotOpen(path: path)))
    }
  }

  /// Runs the reducer on `event` and every event its effects answer with.
  public func dispatch(_ event: Event) {
    var queue = [event]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in AppReducer.reduce(&state, next) {
        queue += runner.run(effect)
      }
      if queue.isEmpty, let run = state.scenarioRun, run.result == nil,
        runner.goalMet(run.scenario.goal, since: run.startedAt)
      {
        queue.append(.scenarioGoalMet(at: runner.clock()))
      }
    }
  }

  public func render() -> Buffer { AppView.render(state) }

  /// Lets time pass on the trainer's clock and the legevakt queue's; nothing else moves by itself.
  public func tick() {
    pollSync()
    if let lockAfter, state.login == nil, runner.clock().timeIntervalSince(lastInput) >= lockAfter {
      dispatch(.action(.appLock))
    }
    let queueShown = if case .triage = state.top { true } else { false }
    if state.trainer != nil || queueShown { dispatch(.tick(runner.clock())) }
  }
}
