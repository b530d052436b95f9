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

  public init(state: AppState, keymap: Keymap, runner: EffectRunner) {
    self.state = state
    self.keymap = keymap
    self.runner = runner
  }

  /// Starts the first screen: the recently opened patients.
  public func start() {
    dispatch(.action(.goLookup))
  }

  /// One key press through the keymap, as the terminal delivers it.
  public func press(_ key: Key) {
    if state.trainer != nil { dispatch(.keystroke(at: runner.clock())) }
    pending.append(key)
    let resolution = keymap.resolve(pending, contexts: state.contexts, textFocus: state.fieldHasFocus)
    if resolution == .pending {
      dispatch(.pendingKeys(pending.map(\.description).joined(separator: " ")))
      return
    }
    pending = []
    if state.pendingKeys != nil { dispatch(.pendingKeys(nil)) }
    switch resolution {
    case .action(let action): dispatch(.action(action))
    case .text(let text): dispatch(.text(text))
    case .pending, .unbound: break
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
    }
  }

  public func render() -> Buffer { AppView.render(state) }

  /// Lets time pass on the trainer's clock; nothing happens outside trainer mode.
  public func tick() {
    if state.trainer != nil { dispatch(.tick(runner.clock())) }
  }
}
