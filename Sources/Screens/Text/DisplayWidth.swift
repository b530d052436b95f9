/// How many terminal columns a grapheme takes: 0 for controls, 2 for East Asian wide and most
/// emoji, 1 otherwise. Combining marks belong to their grapheme and add nothing.
public enum DisplayWidth {
  public static func of(_ ch: Character) -> Int {
    guard let first = ch.unicodeScalars.first else { return 0 }
    let v = first.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return isWide(v) ? 2 : 1
  }

  /// `text` cut to at most `width` columns, ending with "…" when it was cut.
  public static func clipped(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    var out = ""
    var column = 0
    for ch in text {
      let w = of(ch)
      if column + w > width - 1 { break }
      out.append(ch)
      column += w
    }
    return out + "…"
  }

  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// East Asian Wide and Fullwidth ranges, and the emoji blocks terminals draw two wide.
  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
