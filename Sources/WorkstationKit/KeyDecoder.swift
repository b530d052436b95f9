import CNcursesw
import Screens

/// Turns what ncurses' get_wch returns into a Key. ESC followed at once by another key is
/// alt+that key; control codes 1–26 are ctrl+letter, except those that are tab, enter and
/// backspace on every terminal.
enum KeyDecoder {
  static func decode(_ code: UInt32, isKeyCode: Bool, next: () -> UInt32?) -> Key? {
    if isKeyCode { return special(Int32(code)) }
    switch code {
    case 9: return Key(.tab)
    case 10, 13: return Key(.enter)
    case 8, 127: return Key(.backspace)
    case 27:
      guard let following = next(), var key = decode(following, isKeyCode: false, next: { nil }) else {
        return Key(.escape)
      }
      key.alt = true
      return key
    case 32: return Key(.space)
    case 1...26:
      return Key(.character(Character(UnicodeScalar(code + 96) ?? "?")), ctrl: true)
    case 0..<32:
      return nil
    default:
      guard let scalar = UnicodeScalar(code) else { return nil }
      return Key(.character(Character(scalar)))
    }
  }

  /// Ctrl with arrows has no fixed curses code; the terminal description names it.
  private static let extended: [(code: Int32, key: Key)] = [
    (ws_extended_key("kLFT5"), Key(.left, ctrl: true)),
    (ws_extended_key("kRIT5"), Key(.right, ctrl: true)),
    (ws_extended_key("kUP5"), Key(.up, ctrl: true)),
    (ws_extended_key("kDN5"), Key(.down, ctrl: true)),
  ]

  private static func special(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return Key(.up)
    case KEY_DOWN: return Key(.down)
    case KEY_LEFT: return Key(.left)
    case KEY_RIGHT: return Key(.right)
    case KEY_HOME: return Key(.home)
    case KEY_END: return Key(.end)
    case KEY_NPAGE: return Key(.pageDown)
    case KEY_PPAGE: return Key(.pageUp)
    case KEY_DC: return Key(.delete)
    case KEY_IC: return Key(.insert)
    case KEY_BACKSPACE: return Key(.backspace)
    case KEY_ENTER: return Key(.enter)
    case KEY_BTAB: return Key(.tab, shift: true)
    default:
      for n in 1...12 where code == ws_key_f(Int32(n)) { return Key(.function(n)) }
      if let key = extended.first(where: { $0.code == code && $0.code != 0 }) { return key.key }
      return nil
    }
  }
}
