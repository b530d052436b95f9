import Foundation

/// A password read from standard input: at a terminal, asked for by `prompt` on standard error
/// and with echo off while it is typed.
enum Password {
  static func read(prompt: String) -> String {
    if isatty(0) == 1 { FileHandle.standardError.write(Data(prompt.utf8)) }
    var saved = termios()
    let terminal = isatty(0) == 1 && tcgetattr(0, &saved) == 0
    if terminal {
      var quiet = saved
      quiet.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(0, TCSANOW, &quiet)
    }
    defer {
      if terminal {
        tcsetattr(0, TCSANOW, &saved)
        FileHandle.standardError.write(Data("\n".utf8))
      }
    }
    return readLine(strippingNewline: true) ?? ""
  }
}
