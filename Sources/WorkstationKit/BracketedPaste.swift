import CNcursesw
import Foundation

/// Pasted text arrives as one piece: the terminal is asked to wrap pastes in ESC[200~ … ESC[201~
/// (xterm's bracketed paste, which tmux and the common terminals support), so a long paste is
/// one edit and one draft save rather than a keystroke per character, and a pasted line break
/// is text, never Enter.
enum BracketedPaste {
  private static let start: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
  private static let end: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))
  /// Beyond this the rest of a paste is read and dropped; the editor says the text was cut.
  static let keptCharacters = 1_000_000

  static func switchOn() { write("\u{1B}[?2004h") }
  static func switchOff() { write("\u{1B}[?2004l") }

  /// Straight to the terminal: curses knows nothing of this mode and has nothing of it queued.
  private static func write(_ sequence: String) {
    var bytes = Array(sequence.utf8)
    _ = Foundation.write(STDOUT_FILENO, &bytes, bytes.count)
  }

  /// After an ESC: the pasted text when a paste starts here, or nil with every character read
  /// while looking given back to curses, so the ESC is read as before.
  static func read(next: () -> UInt32?) -> String? {
    var seen: [UInt32] = []
    for expected in start {
      guard let code = next() else { return giveBack(seen) }
      seen.append(code)
      if code != expected { return giveBack(seen) }
    }
    var text = String.UnicodeScalarView()
    var tail: [UInt32] = []
    // The paste is already in the terminal's buffer; wait briefly for a slow pipe, no longer.
    var idle = 0
    while idle < 200 {
      guard let code = next() else {
        idle += 1
        usleep(1000)
        continue
      }
      idle = 0
      tail.append(code)
      if tail.count > end.count { tail.removeFirst() }
      if tail == end { break }
      if text.count < keptCharacters, let scalar = UnicodeScalar(code) { text.append(scalar) }
    }
    // The end marker's first characters went into the text before it was recognised.
    let kept = String(text)
    return tail == end ? String(kept.dropLast(end.count - 1)) : kept
  }

  private static func giveBack(_ codes: [UInt32]) -> String? {
    for code in codes.reversed() { _ = unget_wch(wchar_t(bitPattern: code)) }
    return nil
  }
}
