/// Keys as people read them on a footer or help line: "ctrl+q" → "Ctrl+Q", "f1" → "F1",
/// "pgdn" → "PgDn"; a sequence keeps its spaces ("g p" → "G P").
public enum KeyLabel {
  private static let words = [
    "enter": "Enter", "esc": "Esc", "tab": "Tab", "backspace": "Backspace", "delete": "Del",
    "insert": "Ins", "space": "Space", "up": "↑", "down": "↓", "left": "←", "right": "→",
    "pgup": "PgUp", "pgdn": "PgDn", "home": "Home", "end": "End", "ctrl": "Ctrl", "alt": "Alt",
    "shift": "Shift",
  ]

  public static func display(_ keys: String) -> String {
    keys.split(separator: " ").map { key in
      key.split(separator: "+", omittingEmptySubsequences: false).map { part in
        let p = String(part)
        if let word = words[p] { return word }
        if p.count > 1, p.hasPrefix("f") { return p.uppercased() }
        // Modified letters read in capitals, as printed on the keycaps: Ctrl+Q.
        if p.count == 1, key.contains("+") { return p.uppercased() }
        return p.isEmpty ? "+" : p
      }.joined(separator: "+")
    }.joined(separator: " ")
  }
}
