/// The screen as cells. Views draw into it; the backend receives only the cells that changed
/// since the last frame (the ratatui shape).
public struct Buffer: Equatable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]

  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: max(0, size.width * size.height))
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Writes sanitised `text` from (x, y), clipped to `width` columns (default: to the right
  /// edge); text that does not fit ends with "…". Returns the columns used.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, width: Int? = nil, style: Style = .plain
  ) -> Int {
    guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
    let limit = min(width ?? (size.width - x), size.width - x)
    guard limit > 0 else { return 0 }
    let clean = TextSanitiser.clean(text)
    let fits = DisplayWidth.of(clean) <= limit
    var column = 0
    for ch in clean {
      let w = DisplayWidth.of(ch)
      guard w > 0 else { continue }
      let room = fits ? limit : limit - 1
      if column + w > room { break }
      set(x + column, y, Cell(ch, style: style))
      if w == 2 { set(x + column + 1, y, Cell(nil, style: style)) }
      column += w
    }
    if !fits {
      set(x + column, y, Cell("…", style: style))
      column += 1
    }
    return column
  }

  /// Paints `rect` with blanks in `style` (a bar, a highlighted row, a cleared area).
  public mutating func fill(_ rect: Rect, style: Style) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
        set(x, y, Cell(" ", style: style))
      }
    }
  }

  /// Restyles `rect` keeping its text, e.g. to highlight the selected row.
  public mutating func restyle(_ rect: Rect, style: Style) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
        cells[y * size.width + x].style = style
      }
    }
  }

  private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    guard x < size.width else { return }
    let index = y * size.width + x
    // Overwriting half of a wide grapheme blanks its other half.
    if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
    let wasWide = cells[index].grapheme.map { DisplayWidth.of($0) == 2 } ?? false
    if wasWide, x + 1 < size.width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell(" ", style: cells[index].style)
    }
    cells[index] = cell
  }

  /// The text of row `y`, continuation cells left out.
  public func rowText(_ y: Int) -> String {
    var out = ""
    for x in 0..<size.width {
      if let g = self[x, y].grapheme { out.append(g) }
    }
    return out
  }

  /// The cells that differ from `previous`, row by row; everything when the size changed.
  public func changes(since previous: Buffer?) -> [(x: Int, y: Int, cell: Cell)] {
    var out: [(x: Int, y: Int, cell: Cell)] = []
    let all = previous?.size != size
    for y in 0..<size.height {
      for x in 0..<size.width {
        let cell = self[x, y]
        if cell.isContinuation { continue }
        if all || previous?[x, y] != cell {
          out.append((x, y, cell))
        }
      }
    }
    return out
  }
}
