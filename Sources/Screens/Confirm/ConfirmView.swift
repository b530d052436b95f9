/// A question (or, with `isNotice`, a result to acknowledge) in a framed box in the middle of
/// the content area.
enum ConfirmView {
  static func render(
    question: Text, isNotice: Bool = false, context: KeymapContext = .confirm, _ app: AppState,
    into buffer: inout Buffer
  ) {
    let width = min(app.size.width - 4, 64)
    let lines = WordWrap.lines(app.text(question), width: width - 4)
    let yes = app.hints.key(for: .confirmYes, in: [context]).map(KeyLabel.display) ?? "?"
    let no = app.hints.key(for: .confirmNo, in: [context]).map(KeyLabel.display) ?? "?"
    let height = lines.count + 4
    let x = (app.size.width - width) / 2
    let y = max(1, (app.size.height - height) / 2)
    buffer.fill(Rect(x: x, y: y, width: width, height: height), style: .plain)
    let rule = String(repeating: "─", count: width - 2)
    let frame: Style = context == .alert ? .alert : .warning
    buffer.put("┌" + rule + "┐", x: x, y: y, style: frame)
    for row in 1..<(height - 1) {
      buffer.put("│", x: x, y: y + row, style: frame)
      buffer.put("│", x: x + width - 1, y: y + row, style: frame)
    }
    buffer.put("└" + rule + "┘", x: x, y: y + height - 1, style: frame)
    for (i, line) in lines.enumerated() {
      buffer.put(line, x: x + 2, y: y + 1 + i, width: width - 4, style: .heading)
    }
    let keys = isNotice ? Text.closeKeys("\(yes)/\(no)") : .confirmKeys(yes: yes, no: no)
    buffer.put(app.text(keys), x: x + 2, y: y + height - 2, width: width - 4)
  }
}
