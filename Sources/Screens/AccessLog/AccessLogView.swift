import Clinical
/// The access log as a table: time, who, role, organisation and basis of every opening.
enum AccessLogView {
  private static let headerRows = 3

  static func visibleRows(_ size: Size) -> Int { max(1, AppView.contentHeight(size) - headerRows) }

  static func render(_ s: AccessLogState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.patient
    buffer.put(
      app.text(.accessLogTitle(name: app.listed(p.name), identifier: p.identifier)), x: 1, y: top,
      style: .heading)
    // Time, role and basis keep their width; who and where share the rest.
    let rest = max(20, app.size.width - 2 - 16 - 10 - 14 - 4)
    let widths = [16, rest * 45 / 100, 10, rest - rest * 45 / 100, 14]
    func row(_ texts: [String], y: Int, style: Style) {
      var x = 1
      for (text, width) in zip(texts, widths) {
        buffer.put(text, x: x, y: y, width: width, style: style)
        x += width + 1
      }
    }
    row(
      [.time, .user, .role, .organisation, .basis].map { app.text(.accessColumn($0)) }, y: top + 2,
      style: Style(underline: true))
    guard !s.list.items.isEmpty else {
      buffer.put(app.text(.accessNone), x: 1, y: top + headerRows + 1)
      return
    }
    let (first, window) = s.list.window(rows: visibleRows(app.size))
    for (offset, entry) in window.enumerated() {
      let y = top + headerRows + offset
      row(
        [
          ClockText.dateTime(entry.at), entry.userName, app.text(.roleName(entry.role)), entry.organisation,
          app.text(.accessBasis(entry.basis)),
        ], y: y, style: .plain)
      if first + offset == s.list.selection {
        buffer.restyle(Rect(x: 0, y: y, width: app.size.width, height: 1), style: .selected)
      }
    }
  }
}
