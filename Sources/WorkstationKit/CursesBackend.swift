import CNcursesw
import Foundation
import Screens

/// The only code that talks to the terminal: draws changed cells, reads keys, and restores the
/// terminal on the way out. Everything it draws is a Cell that already passed the sanitiser.
final class CursesBackend {
  private var pairs: [Int: Int16] = [:]
  private let hasColour: Bool
  private var previous: Buffer?

  /// Starts curses on the alternate screen. Fails, without touching the terminal, when TERM is
  /// unknown or the locale cannot be UTF-8.
  init() throws(TerminalError) {
    setlocale(LC_ALL, "")
    if ws_locale_is_utf8() == 0 {
      // æøå need a UTF-8 locale; C.UTF-8 exists on every Debian system.
      guard setlocale(LC_ALL, "C.UTF-8") != nil else { throw .noUTF8Locale }
    }
    CrashRestore.install()
    guard ws_newterm() != nil else { throw .unknownTerminal }
    raw()
    noecho()
    nonl()
    keypad(ws_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    BracketedPaste.switchOn()
    hasColour = has_colors()
    if hasColour {
      start_color()
      use_default_colors()
    }
  }

  var size: Size { Size(width: Int(ws_cols()), height: Int(ws_lines())) }

  /// Draws what changed since the last frame and shows it.
  func draw(_ buffer: Buffer) {
    if previous?.size != buffer.size { erase() }
    for change in buffer.changes(since: previous) {
      guard let grapheme = change.cell.grapheme else { continue }
      var chars = grapheme.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) }
      chars.append(0)
      let (attrs, pair) = attributes(change.cell.style)
      _ = ws_put_cell(Int32(change.y), Int32(change.x), chars, attrs, pair)
    }
    refresh()
    previous = buffer
  }

  /// Reads one key, waiting at most `milliseconds`; nil on timeout.
  func readKey(milliseconds: Int32) -> TerminalInput? {
    wtimeout(ws_stdscr(), milliseconds)
    var ch: UInt32 = 0
    let rc = ws_get_wch(&ch)
    guard rc != ERR else { return nil }
    if rc == KEY_CODE_YES && Int32(ch) == KEY_RESIZE { return .resized }
    let next: () -> UInt32? = {
      wtimeout(ws_stdscr(), 0)
      var follow: UInt32 = 0
      return ws_get_wch(&follow) == OK ? follow : nil
    }
    if rc == OK && ch == 27, let pasted = BracketedPaste.read(next: next) { return .paste(pasted) }
    return KeyDecoder.decode(ch, isKeyCode: rc == KEY_CODE_YES, next: next).map(TerminalInput.key)
  }

  /// Leaves curses and the alternate screen; the shell gets its terminal back as it was.
  func end() {
    BracketedPaste.switchOff()
    curs_set(1)
    endwin()
  }

  private func attributes(_ style: Style) -> (attr_t, Int16) {
    var attrs = ws_attr_normal()
    if style.bold { attrs |= ws_attr_bold() }
    if style.underline { attrs |= ws_attr_underline() }
    if style.reverse { attrs |= ws_attr_reverse() }
    guard hasColour else {
      // Monochrome: a coloured background still has to stand out.
      if style.background != .standard { attrs |= ws_attr_reverse() | ws_attr_bold() }
      return (attrs, 0)
    }
    return (attrs, pair(style.foreground, style.background))
  }

  private func pair(_ fg: Style.Color, _ bg: Style.Color) -> Int16 {
    let key = Self.number(fg) * 16 + Self.number(bg)
    if let known = pairs[key] { return known }
    let next = Int16(pairs.count + 1)
    init_pair(next, Int16(Self.number(fg)), Int16(Self.number(bg)))
    pairs[key] = next
    return next
  }

  private static func number(_ c: Style.Color) -> Int {
    switch c {
    case .standard: return -1
    case .black: return Int(COLOR_BLACK)
    case .red: return Int(COLOR_RED)
    case .green: return Int(COLOR_GREEN)
    case .yellow: return Int(COLOR_YELLOW)
    case .blue: return Int(COLOR_BLUE)
    case .magenta: return Int(COLOR_MAGENTA)
    case .cyan: return Int(COLOR_CYAN)
    case .white: return Int(COLOR_WHITE)
    }
  }
}

/// What the terminal delivers to the run loop.
enum TerminalInput: Equatable {
  case key(Key)
  /// Text pasted in one piece (bracketed paste), line breaks included.
  case paste(String)
  case resized
}

/// Why the terminal could not be started.
public enum TerminalError: Error {
  case noUTF8Locale
  case unknownTerminal
  case notATerminal
}
