import Foundation
import Screens

/// The interactive loop: read a key (polling, so signals are noticed), reduce, draw the diff.
/// With `playback`, recorded keys are pressed one by one at its pace (a classroom replay);
/// keys typed meanwhile still work, so Ctrl+Q ends it.
enum TerminalRunLoop {
  /// Keys to press by themselves, one every `pace` seconds.
  struct Playback {
    var keys: [Key]
    let pace: TimeInterval
    var lastPress = Date()
  }

  static func run(_ session: Session, playback: Playback? = nil) throws(TerminalError) {
    var playback = playback
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    let stop = StopSignal()
    let terminal = try CursesBackend()
    defer { terminal.end() }
    session.dispatch(.resized(terminal.size))
    session.start()
    terminal.draw(session.render())
    while !session.state.isQuitting && !stop.isRaised {
      if var script = playback, !script.keys.isEmpty,
        Date().timeIntervalSince(script.lastPress) >= script.pace
      {
        session.press(script.keys.removeFirst())
        script.lastPress = Date()
        playback = script
        terminal.draw(session.render())
      }
      guard let input = terminal.readKey(milliseconds: playback == nil ? 200 : 50) else {
        session.tick()
        terminal.draw(session.render())
        continue
      }
      switch input {
      case .resized: session.dispatch(.resized(terminal.size))
      case .key(let key): session.press(key)
      case .paste(let text): session.paste(text)
      }
      terminal.draw(session.render())
    }
  }
}
