import Clinical

/// The conflicts as a table: when found, whose record, what kind, and who made the other version.
enum ConflictListView {
  private static let headerRows = 3

  static func visibleRows(_ size: Size) -> Int { max(1, AppView.contentHeight(size) - headerRows) }

  static func render(_ s: ConflictListState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    buffer.put(app.text(.conflictsTitle(s.conflicts.count)), x: 1, y: top, style: .heading)
    // Time, number and kind keep their width; name and the other version share the rest.
    let rest = max(37, app.size.width - 2 - 16 - 11 - 10 - 4)
    let widths = [16, 11, rest * 45 / 100, 10, rest - rest * 45 / 100]
    func row(_ texts: [String], y: Int, style: Style) {
      var x = 1
      for (text, width) in zip(texts, widths) {
        buffer.put(text, x: x, y: y, width: width, style: style)
        x += width + 1
      }
    }
    row([.detected, .identifier, .patient, .what, .otherVersion].map { app.text(.conflictColumn($0)) }, y: top + 2, style: Style(underline: true))
    guard !s.conflicts.isEmpty else {
      if s.loaded { buffer.put(app.text(.conflictsNone), x: 1, y: top + headerRows + 1) }
      return
    }
    let rows = visibleRows(app.size)
    let first = max(0, min(s.selection - rows + 1, s.conflicts.count - rows))
    for (offset, c) in s.conflicts.dropFirst(first).prefix(rows).enumerated() {
      let y = top + headerRows + offset
      row(
        [ClockText.dateTime(c.detectedAt), c.patient.identifier, app.listed(c.patient.name), app.text(.conflictKind(c.kind)), c.origin],
        y: y, style: .plain)
      if first + offset == s.selection {
        buffer.restyle(Rect(x: 0, y: y, width: app.size.width, height: 1), style: .selected)
      }
    }
  }
}
