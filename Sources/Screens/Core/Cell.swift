/// One terminal cell: a grapheme and its style. A wide grapheme fills its own cell and marks the
/// next one as a continuation, which holds nothing and is never drawn.
public struct Cell: Hashable, Sendable {
  public var grapheme: Character?
  public var style: Style

  public init(_ grapheme: Character?, style: Style = .plain) {
    self.grapheme = grapheme
    self.style = style
  }

  public static let blank = Cell(" ")
  public var isContinuation: Bool { grapheme == nil }
}
