/// Text broken into screen lines of at most `width` columns: at the user's line breaks, and
/// after the last space that fits (a word longer than the line is cut). Spaces may hang past
/// the edge, so a line never starts with the space that ended the one before.
struct VisualLines {
  /// Each line's characters, without the line break that ends it.
  private(set) var ranges: [Range<Int>] = []

  init(_ characters: [Character], width: Int) {
    let width = max(1, width)
    var lineStart = 0
    var column = 0
    var breakAfterSpace: Int?
    var i = 0
    while i < characters.count {
      let ch = characters[i]
      if ch == "\n" {
        ranges.append(lineStart..<i)
        i += 1
        lineStart = i
        column = 0
        breakAfterSpace = nil
        continue
      }
      let w = DisplayWidth.of(ch)
      if ch != " " && column + w > width && i > lineStart {
        let end = breakAfterSpace ?? i
        ranges.append(lineStart..<end)
        lineStart = end
        column = characters[lineStart..<i].reduce(0) { $0 + DisplayWidth.of($1) }
        breakAfterSpace = nil
        continue
      }
      column += w
      if ch == " " { breakAfterSpace = i + 1 }
      i += 1
    }
    ranges.append(lineStart..<characters.count)
  }

  /// The line the cursor at `index` is on; at a soft break it belongs to the next line.
  func line(of index: Int) -> Int {
    var low = 0
    var high = ranges.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if ranges[mid].lowerBound <= index { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The last cursor position on a line: after its last character when a break follows, before
  /// the hanging space of a soft-wrapped line.
  func end(of line: Int) -> Int {
    let range = ranges[line]
    let softWrapped = line + 1 < ranges.count && ranges[line + 1].lowerBound == range.upperBound
    return softWrapped && !range.isEmpty ? range.upperBound - 1 : range.upperBound
  }

  func column(of index: Int, in characters: [Character]) -> Int {
    let start = ranges[line(of: index)].lowerBound
    return characters[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
  }

  /// The position on `line` nearest to `column` without passing it.
  func index(atColumn column: Int, line: Int, in characters: [Character]) -> Int {
    var i = ranges[line].lowerBound
    var at = 0
    let last = end(of: line)
    while i < last {
      let w = DisplayWidth.of(characters[i])
      if at + w > column { break }
      at += w
      i += 1
    }
    return i
  }
}
