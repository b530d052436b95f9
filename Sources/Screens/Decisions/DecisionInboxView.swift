import Clinical

/// The inbox: one line per open case — urgent and § 11 a markers, received, days, patient,
/// service, status, case officer — and the registration or import question under it.
enum DecisionInboxView {
  private static let headerRows = 3
  private static let footerRows = 7

  static func visibleRows(_ size: Size) -> Int { max(3, AppView.contentHeight(size) - headerRows - footerRows) }

  static func render(_ s: DecisionInboxState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    buffer.put(app.text(.decision(.inboxTitle)), x: 1, y: top, style: .heading)
    guard s.isLoaded else { return }
    buffer.put(app.text(.decision(.inboxSummary(total: s.total))), x: 1, y: top + 1, width: width - 2, style: .dim)
    buffer.put(app.text(.decision(.inboxColumns)), x: 1, y: top + 2, width: width - 1, style: Style(bold: true, underline: true))
    if s.total == 0 {
      buffer.put(app.text(.decision(.inboxEmpty)), x: 1, y: top + headerRows, width: width - 2, style: .dim)
    }
    let rows = visibleRows(app.size)
    let first = max(0, min(s.selection - rows + 1, s.total - rows))
    for row in 0..<rows {
      let index = first + row
      let i = index - s.offset
      guard s.cases.indices.contains(i) else { continue }
      let y = top + headerRows + row
      line(s.cases[i], app, into: &buffer, y: y)
      if index == s.selection { buffer.restyle(Rect(x: 0, y: y, width: width, height: 1), style: .selected) }
    }
    let footer = top + AppView.contentHeight(app.size) - footerRows
    buffer.put(String(repeating: "─", count: width), x: 0, y: footer, style: .dim)
    if let prompt = s.prompt {
      buffer.put(app.text(.decision(.promptTitle(prompt.kind))), x: 1, y: footer + 1, width: width - 2, style: .heading)
      for (n, field) in prompt.input.fields.enumerated() {
        let isService = prompt.kind == .register && n == serviceField
        FormRow.render(
          label: app.text(.decision(.promptLabel(prompt.kind, field: n))), input: field,
          inputWidth: n == 0 ? 12 : isService ? 3 : 40, focused: prompt.input.focus == n,
          hint: isService ? serviceHint(field.text, app) : "", hintStyle: .dim, into: &buffer, y: footer + 2 + n)
      }
      if prompt.kind == .register, prompt.input.focus == serviceField {
        renderServices(app, into: &buffer, above: footer)
      }
    } else if let selected = s.selected {
      let reason = WordWrap.lines(selected.application.reason, width: width - 2)
      for (n, part) in reason.prefix(footerRows - 1).enumerated() {
        buffer.put(part, x: 1, y: footer + 1 + n, width: width - 2, style: .dim)
      }
    }
  }

  private static let serviceField = 1
  private static let serviceColumns = 4

  /// The service a typed number names, so the officer sees what was chosen before saving.
  private static func serviceHint(_ typed: String, _ app: AppState) -> String {
    guard let service = Int(typed).flatMap(MunicipalService.init(code:)) else { return "" }
    return app.text(.decision(.serviceName(service)))
  }

  /// Every service with its IPLOS number, over the lowest rows of the case list while the
  /// service is asked: nobody should need the numbers by heart.
  private static func renderServices(_ app: AppState, into buffer: inout Buffer, above footer: Int) {
    let services = MunicipalService.allCases
    let rows = (services.count + serviceColumns - 1) / serviceColumns
    let columnWidth = app.size.width / serviceColumns
    let top = footer - rows - 1
    buffer.fill(Rect(x: 0, y: top, width: app.size.width, height: rows + 1), style: .plain)
    buffer.put(app.text(.decision(.serviceListTitle)), x: 1, y: top, width: app.size.width - 2, style: .dim)
    for (n, service) in services.enumerated() {
      let entry = "\(service.code) " + app.text(.decision(.serviceShort(service)))
      buffer.put(entry, x: 1 + (n / rows) * columnWidth, y: top + 1 + n % rows, width: columnWidth - 1)
    }
  }

  /// "! §11a 03.10.26  55 Hansen, Per, 87        Hjemmesykepleie   Mottatt      S. Sak"
  private static func line(_ c: ServiceCase, _ app: AppState, into buffer: inout Buffer, y: Int) {
    if c.application.urgent { buffer.put(app.text(.decision(.urgentMarker)), x: 1, y: y, style: .alert) }
    if c.needsPreliminaryAnswer(on: app.today) {
      buffer.put(app.text(.decision(.overdueMarker)), x: 3, y: y, width: 4, style: .warning)
    }
    let received = c.application.received.description
    buffer.put(String(received.prefix(6)) + String(received.suffix(2)), x: 8, y: y, width: 8)
    buffer.put(String(c.daysSinceReceived(on: app.today)), x: 17, y: y, width: 4)
    buffer.put(app.listed(c.patient.name, age: c.patient.birthDate.age(on: app.today), width: 20), x: 22, y: y, width: 20)
    buffer.put(app.text(.decision(.serviceShort(c.application.service))), x: 43, y: y, width: 15)
    buffer.put(app.text(.decision(.status(c.lifecycle, evaluationDue: c.evaluationDue))), x: 59, y: y, width: 12)
    buffer.put(c.caseOfficer.map(initialled) ?? "—", x: 72, y: y, width: 8, style: c.caseOfficer == nil ? .dim : .plain)
  }

  /// "Siri Sak" as "S. Sak": the officer's column has room for a family name, not a whole name.
  static func initialled(_ name: String) -> String {
    let words = name.split(separator: " ")
    guard words.count > 1, let first = words.first?.first, let family = words.last else { return name }
    return "\(first). \(family)"
  }
}
