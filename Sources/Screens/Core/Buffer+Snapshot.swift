extension Buffer {
  /// The golden-file form: each row quoted in |…| so trailing spaces show, then the style runs
  /// that are not plain, as "row col-col style".
  public func snapshot() -> String {
    var lines = (0..<size.height).map { "|" + rowText($0) + "|" }
    lines.append("--- styles")
    for y in 0..<size.height {
      var x = 0
      while x < size.width {
        let style = self[x, y].style
        var end = x
        while end + 1 < size.width && self[end + 1, y].style == style { end += 1 }
        if style != .plain { lines.append("\(y) \(x)-\(end) \(style.snapshotName)") }
        x = end + 1
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
