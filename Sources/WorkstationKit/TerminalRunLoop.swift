import Foundation
import Screens

/// The interactive loop: read a key (polling, so signals are noticed), reduce, draw the diff.
enum TerminalRunLoop {
  static func run(_ session: Session) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    let stop = StopSignal()
    let terminal = try CursesBackend()
    defer { terminal.end() }
    session.dispatch(.resized(terminal.size))
    session.start()
    terminal.draw(session.render())
    while !session.state.isQuitting && !stop.isRaised {
      guard let input = terminal.readKey(milliseconds: 200) else {
        session.tick()
        terminal.draw(session.render())
        continue
      }
      switch input {
      case .resized: session.dispatch(.resized(terminal.size))
      case .key(let key): session.press(key)
      }
      terminal.draw(session.render())
    }
  }
}
