/// The break-glass form: what it is for, the three answers, and that it is logged and reviewed.
enum BreakGlassView {
  static func render(_ s: BreakGlassState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    buffer.put(app.text(.breakGlassTitle), x: 1, y: top, style: .heading)
    var y = top + 2
    for line in WordWrap.lines(app.text(.breakGlassExplained), width: app.size.width - 2) {
      buffer.put(line, x: 1, y: y, style: .warning)
      y += 1
    }
    y += 1
    for (n, field) in s.input.fields.enumerated() {
      FormRow.render(
        label: app.text(.breakGlassLabel(n)), input: field, inputWidth: n == 1 ? 41 : 12,
        focused: s.input.focus == n, hint: "", hintStyle: .dim, into: &buffer, y: y + n)
    }
  }
}
