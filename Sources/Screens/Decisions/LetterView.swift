/// The decision letter as it was sent, wrapped to the screen, and the print question under it.
enum LetterView {
  static func visibleRows(_ size: Size) -> Int { max(3, AppView.contentHeight(size) - 3) }

  static func lines(_ s: LetterState, width: Int) -> [String] {
    s.body.split(separator: "\n", omittingEmptySubsequences: false).flatMap { WordWrap.lines(String($0), width: width) }
  }

  static func render(_ s: LetterState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    buffer.put(app.text(.decision(.letterTitle)), x: 1, y: top, width: width - 2, style: .heading)
    let rows = visibleRows(app.size)
    for (n, line) in lines(s, width: width - 2).dropFirst(s.scroll).prefix(rows).enumerated() {
      buffer.put(line, x: 1, y: top + 1 + n, width: width - 2)
    }
    if let path = s.printPath {
      let y = top + 1 + rows
      buffer.put(String(repeating: "─", count: width), x: 0, y: y, style: .dim)
      FormRow.render(
        label: app.text(.decision(.printLabel)), input: path.fields[0], inputWidth: 40, focused: true, hint: "",
        hintStyle: .dim, into: &buffer, y: y + 1)
    }
  }
}
