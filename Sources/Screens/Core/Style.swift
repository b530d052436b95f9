/// How a cell looks. Colour is never the only carrier of meaning: anything red also has a text
/// marker, so it survives monochrome terminals and vt100.
public struct Style: Hashable, Sendable {
  public enum Color: String, Hashable, Sendable, CaseIterable {
    case standard, black, red, green, yellow, blue, magenta, cyan, white
  }

  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color = .standard, background: Color = .standard, bold: Bool = false,
    reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = Style()
  public static let heading = Style(bold: true)
  public static let selected = Style(reverse: true)
  public static let statusLine = Style(foreground: .white, background: .blue, bold: true)
  public static let demoBanner = Style(foreground: .black, background: .yellow, bold: true)
  public static let alert = Style(foreground: .white, background: .red, bold: true)
  public static let warning = Style(foreground: .yellow, bold: true)
  public static let error = Style(foreground: .red, bold: true)
  public static let good = Style(foreground: .green)
  public static let dim = Style(foreground: .cyan)
  public static let footerKey = Style(reverse: true)
  /// Eight-colour terminals have no orange: magenta stands in, and the level's word is always shown.
  public static let triageOrange = Style(foreground: .white, background: .magenta, bold: true)
  public static let triageBlue = Style(foreground: .blue, bold: true)

  /// A compact name for snapshot files: "plain", or the parts that differ from it.
  public var snapshotName: String {
    var parts: [String] = []
    if foreground != .standard { parts.append("fg=\(foreground.rawValue)") }
    if background != .standard { parts.append("bg=\(background.rawValue)") }
    if bold { parts.append("bold") }
    if reverse { parts.append("reverse") }
    if underline { parts.append("underline") }
    return parts.isEmpty ? "plain" : parts.joined(separator: ",")
  }
}
