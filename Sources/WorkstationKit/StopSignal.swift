import Dispatch
import Foundation

/// SIGINT, SIGTERM and SIGHUP set a flag through Dispatch signal sources; the run loop sees it
/// within one poll and leaves curses properly. No curses call ever runs in a signal handler.
final class StopSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var raised = false
  private var sources: [DispatchSourceSignal] = []

  init() {
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler { [weak self] in self?.raise() }
      source.resume()
      sources.append(source)
    }
  }

  private func raise() {
    lock.lock()
    raised = true
    lock.unlock()
  }

  var isRaised: Bool {
    lock.lock()
    defer { lock.unlock() }
    return raised
  }
}
