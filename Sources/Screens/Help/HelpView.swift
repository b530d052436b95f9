/// Every binding reachable in the screen beneath, generated from the effective keymap, with
/// each action's summary and the keymap's own note when it has one.
enum HelpView {
  /// One binding a line, wrapped under its description when it is wider than the screen, so
  /// neither what a key does nor its action name is cut off.
  static func lines(_ help: HelpState, _ app: AppState) -> [String] {
    let keyColumn = 16
    let width = max(1, app.size.width - 2 - keyColumn)
    return app.hints.reachable(in: help.contexts).flatMap { b in
      let key = KeyLabel.display(b.keys)
      let padded = key + String(repeating: " ", count: max(1, keyColumn - DisplayWidth.of(key)))
      let note = b.note.map { " " + app.text(.noteFromKeymap($0)) } ?? ""
      let text = app.text(.actionSummary(b.action)) + note + "  · " + b.action.rawValue
      return WordWrap.lines(text, width: width).enumerated().map { i, part in
        (i == 0 ? padded : String(repeating: " ", count: keyColumn)) + part
      }
    }
  }

  static func rows(_ app: AppState) -> Int { max(1, AppView.contentHeight(app.size) - 3) }

  static func render(_ help: HelpState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    buffer.fill(
      Rect(x: 0, y: top, width: app.size.width, height: AppView.contentHeight(app.size)),
      style: .plain)
    buffer.put(app.text(.helpTitle), x: 1, y: top, style: .heading)
    buffer.put(app.text(.helpColumns), x: 1, y: top + 1, style: Style(underline: true))
    var y = top + 2
    for line in lines(help, app).dropFirst(help.scroll).prefix(rows(app)) {
      buffer.put(line, x: 1, y: y)
      y += 1
    }
    buffer.put(app.text(.helpClose), x: 1, y: top + AppView.contentHeight(app.size) - 1, style: .dim)
  }
}
