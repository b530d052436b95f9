/// One key press with its modifiers, named as in the keymap file: "ctrl+q", "shift+tab", "f2".
public struct Key: Hashable, Sendable, CustomStringConvertible {
  public enum Base: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backspace, delete, insert, space
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
  }

  public var base: Base
  public var ctrl: Bool
  public var alt: Bool
  public var shift: Bool

  public init(_ base: Base, ctrl: Bool = false, alt: Bool = false, shift: Bool = false) {
    self.base = base
    self.ctrl = ctrl
    self.alt = alt
    self.shift = shift
  }

  public static func char(_ c: Character) -> Key { Key(.character(c)) }

  /// A printable key without ctrl or alt: text when a field has focus.
  public var text: String? {
    guard !ctrl, !alt else { return nil }
    switch base {
    case .character(let c): return String(c)
    case .space: return " "
    default: return nil
    }
  }

  private static let names: [(String, Base)] = [
    ("enter", .enter), ("esc", .escape), ("tab", .tab), ("backspace", .backspace),
    ("delete", .delete), ("insert", .insert), ("space", .space), ("up", .up), ("down", .down),
    ("left", .left), ("right", .right), ("pgup", .pageUp), ("pgdn", .pageDown),
    ("home", .home), ("end", .end),
  ]

  /// The keymap name: modifiers in the order ctrl+alt+shift+, then the key.
  public var description: String {
    var out = ""
    if ctrl { out += "ctrl+" }
    if alt { out += "alt+" }
    if shift { out += "shift+" }
    switch base {
    case .character(let c): out.append(c)
    case .function(let n): out += "f\(n)"
    default: out += Key.names.first { $0.1 == base }?.0 ?? "?"
    }
    return out
  }

  /// Parses one key name ("ctrl+alt+x", "F5", "A"); nil when it names no key.
  public init?(name: String) {
    var parts = name.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
    // "ctrl++" binds the plus key itself.
    if name.hasSuffix("++") { parts = Array(parts.dropLast(2)) + ["+"] }
    guard let last = parts.popLast(), !last.isEmpty else { return nil }
    var key: Key
    if last.count == 1, let c = last.first {
      key = Key(.character(c))
    } else if let named = Key.names.first(where: { $0.0 == last.lowercased() }) {
      key = Key(named.1)
    } else if last.lowercased().hasPrefix("f"), let n = Int(last.dropFirst()), (1...12).contains(n) {
      key = Key(.function(n))
    } else {
      return nil
    }
    for modifier in parts {
      switch modifier.lowercased() {
      case "ctrl": key.ctrl = true
      case "alt": key.alt = true
      case "shift": key.shift = true
      default: return nil
      }
    }
    // ctrl+letter arrives from the terminal without case; store it in lower case.
    if key.ctrl, case .character(let c) = key.base { key.base = .character(Character(c.lowercased())) }
    self = key
  }
}
