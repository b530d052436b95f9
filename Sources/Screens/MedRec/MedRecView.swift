import Clinical

/// The reconciliation table: one row per medicine, a column per source with its dose, what
/// differs, and the answer so far; under it the selected row's alerts, ranked, with what to do.
enum MedRecView {
  private static let headerRows = 3
  private static let marginRows = 5

  static func tableRows(_ size: Size) -> Int { max(3, AppView.contentHeight(size) - headerRows - marginRows - 1) }

  static func render(_ s: MedRecState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    let p = s.patient
    let status = s.rows.isEmpty ? "" : app.text(.medrecOpen(s.unresolvedCount))
    TitleRow.render(
      name: app.listed(p.name), title: { app.text(.medrecTitle(name: $0, identifier: p.identifier)) },
      status: status, statusStyle: s.unresolvedCount == 0 ? .good : .warning, width: width, y: top, into: &buffer)
    guard s.isLoaded else { return }
    guard !s.rows.isEmpty else {
      let hint = WordWrap.lines(app.text(.medrecNoSources), width: width - 2)
      for (i, line) in hint.enumerated() { buffer.put(line, x: 1, y: top + 2 + i, style: .dim) }
      if let prompt = s.prompt { renderPrompt(prompt, app, into: &buffer, top: top + 3 + hint.count) }
      return
    }
    // Name, one column per list (at most five), then what differs and the answer.
    let columns = s.sources.count + (s.current.isEmpty ? 0 : 1)
    let columnWidth = columns > 3 ? 8 : 10
    let nameWidth = 14
    let restX = 1 + nameWidth + 1 + columns * (columnWidth + 1)
    let restWidth = max(10, width - restX - 1)
    // Each list's kind above its date, so both fit a narrow column.
    var headings = s.current.isEmpty ? [] : [(app.text(.medrecCurrentColumn), "")]
    headings += s.sources.map { (app.text(.sourceKind($0.kind)), String($0.date.description.prefix(5))) }
    var x = 1 + nameWidth + 1
    buffer.put(app.text(.medrecDrugColumn), x: 1, y: top + 2, width: nameWidth, style: Style(underline: true))
    for (kind, date) in headings {
      buffer.put(kind, x: x, y: top + 1, width: columnWidth, style: .dim)
      buffer.put(date, x: x, y: top + 2, width: columnWidth, style: Style(underline: true))
      x += columnWidth + 1
    }
    buffer.put(app.text(.medrecFindingColumn), x: restX, y: top + 2, width: restWidth, style: Style(underline: true))
    let rows = tableRows(app.size)
    let first = max(0, min(s.selection - rows + 1, s.rows.count - rows))
    for (offset, row) in s.rows.dropFirst(first).prefix(rows).enumerated() {
      let y = top + headerRows + offset
      let cells = (s.current.isEmpty ? [] : [s.current.first { $0.atc == row.atc }]) + row.cells
      buffer.put(row.name, x: 1, y: y, width: nameWidth, style: s.isResolved(row) ? .plain : .heading)
      var cx = 1 + nameWidth + 1
      for cell in cells {
        buffer.put(cell.map { cellText($0, app) } ?? "—", x: cx, y: y, width: columnWidth, style: cell == nil ? .dim : .plain)
        cx += columnWidth + 1
      }
      buffer.put(answer(row, s, app), x: restX, y: y, width: restWidth, style: style(row, s))
      if first + offset == s.selection {
        buffer.restyle(Rect(x: 0, y: y, width: width, height: 1), style: .selected)
      }
    }
    let marginTop = top + headerRows + rows + 1
    buffer.put(String(repeating: "─", count: width), x: 0, y: marginTop - 1, style: .dim)
    if let prompt = s.prompt {
      renderPrompt(prompt, app, into: &buffer, top: marginTop)
    } else if let row = s.selectedRow {
      renderMargin(row, s, app, into: &buffer, top: marginTop)
    }
  }

  /// "80 mg" for an active line; paused and stopped say so.
  private static func cellText(_ line: MedicationLine, _ app: AppState) -> String {
    switch line.status {
    case .active: return line.dose
    case .paused: return app.text(.medicationPausedShort)
    case .stopped: return app.text(.medicationStoppedShort)
    }
  }

  /// The decision and classification given so far, then the most important finding: the
  /// answer first, so a long finding cut at the edge never hides it.
  private static func answer(_ row: ReconciliationRow, _ s: MedRecState, _ app: AppState) -> String {
    var parts: [String] = []
    if let decision = s.decisions[row.atc] { parts.append(app.text(.rowDecision(decision))) }
    if let kind = s.classifications[row.atc] { parts.append(app.text(.discrepancyClassShort(kind))) }
    let finding = row.discrepancies.first.map { app.text(.discrepancy($0)) } ?? app.text(.medrecAgrees)
    return parts.isEmpty ? finding : parts.joined(separator: ", ") + " · " + finding
  }

  private static func style(_ row: ReconciliationRow, _ s: MedRecState) -> Style {
    if s.isResolved(row) { return row.discrepancies.isEmpty ? .dim : .good }
    return row.discrepancies.contains(where: \.interrupts) ? .error : .warning
  }

  /// The selected row's findings, ranked, each with why and what to do.
  private static func renderMargin(
    _ row: ReconciliationRow, _ s: MedRecState, _ app: AppState, into buffer: inout Buffer, top: Int
  ) {
    let width = app.size.width
    var lines: [(String, Style)] = []
    // The answer given comes first and says what signing will do; "carries on unchanged" only
    // while none is given and the lists agree.
    if let decision = s.decisions[row.atc] { lines.append((app.text(.medrecDecisionDetail(decision)), .good)) }
    for finding in row.discrepancies {
      lines.append((app.text(.discrepancyDetail(finding)), finding.interrupts ? .error : .plain))
    }
    if lines.isEmpty { lines.append((app.text(.medrecAgreesDetail), .dim)) }
    if row.needsClassification && s.classifications[row.atc] == nil {
      lines.append((app.text(.medrecClassifyHint), .dim))
    }
    var y = top
    for (text, style) in lines {
      for part in WordWrap.lines(text, width: width - 2) where y < top + marginRows {
        buffer.put(part, x: 1, y: y, width: width - 2, style: style)
        y += 1
      }
    }
  }

  private static func renderPrompt(_ prompt: MedRecPrompt, _ app: AppState, into buffer: inout Buffer, top: Int) {
    buffer.put(app.text(.medrecPromptTitle(prompt.kind)), x: 1, y: top, width: app.size.width - 2, style: .heading)
    for (index, field) in prompt.input.fields.enumerated() {
      FormRow.render(
        label: app.text(.medrecPromptLabel(prompt.kind, index)), input: field, inputWidth: 40,
        focused: index == prompt.input.focus, hint: "", hintStyle: .dim, into: &buffer, y: top + 1 + index)
    }
  }
}
