/// Display text broken into lines for a column: every screen that shows prose a line cannot
/// hold (a message, a note, a help text) wraps it the same way.
enum WordWrap {
  /// Splits at spaces into lines of at most `width` columns; a longer word is cut.
  static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0, DisplayWidth.of(text) > width else { return [text] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if DisplayWidth.of(candidate) <= width {
        current = candidate
      } else {
        if !current.isEmpty { lines.append(current) }
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
