import Foundation

// The terminal modes from before curses started. Written once before any handler can run,
// read only by the crash handler: hence nonisolated(unsafe).
nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var savedModesValid = false

/// The crash path: on SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT or SIGTRAP (a Swift trap) the
/// terminal is restored with tcsetattr and write, which are async-signal-safe (curses is not),
/// and the signal is raised again so the crash still ends the process.
enum CrashRestore {
  static func install() {
    savedModesValid = tcgetattr(STDIN_FILENO, &savedModes) == 0
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
      signal(sig, crashHandler)
    }
  }
}

private func crashHandler(_ sig: Int32) {
  if savedModesValid { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
  // Reset attributes, show the cursor, leave the alternate screen.
  let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?2004l\u{1B}[?1049l\r\n"
  _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
  signal(sig, SIG_DFL)
  raise(sig)
}
