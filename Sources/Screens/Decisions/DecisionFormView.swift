import Clinical

/// The decision's fields, each with a hint, and under them the appeal rule the service gives
/// and the deadline a letter sent today would state.
enum DecisionFormView {
  static func render(_ s: DecisionFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let service = s.service ?? s.file.serviceCase.application.service
    let p = s.file.serviceCase.patient
    buffer.put(app.text(.decision(.formTitle(grants: s.grants, service: service))) + " · \(app.listed(p.name)), \(p.birthDate.age(on: app.today))", x: 1, y: top, width: app.size.width - 2, style: .heading)
    var y = top + 2
    for field in DecisionField.allCases {
      guard s.grants || ![.hours, .from, .evaluation, .to, .fee, .partly].contains(field) else { continue }
      guard service.measuredInHours || field != .hours else { continue }
      FormRow.render(
        label: app.text(.decision(.fieldLabel(field))), input: s.fields.inputs[field] ?? TextField(capacity: 1),
        inputWidth: inputWidth, focused: s.fields.focus == field, hint: hint(field, s, app), hintStyle: .dim,
        into: &buffer, y: y)
      y += 1
    }
    y += 1
    let deadline = AppealDeadline.deadline(received: app.today, basis: service.appealBasis)
    buffer.put(app.text(.decision(.appealRule(service.appealBasis))) + " \(deadline).", x: 1, y: y, width: app.size.width - 2, style: .dim)
    // The field with the cursor, whole: a justification or a legal basis is longer than its box,
    // and its hint may be longer than the row.
    let focus = s.fields.focus
    let width = app.size.width - 4
    let typed = s.fields.text(focus)
    var lines = DisplayWidth.of(typed) > inputWidth ? WordWrap.lines(typed, width: width).map { ($0, Style.plain) } : []
    lines += FormRow.overflow(of: hint(focus, s, app), inputWidth: inputWidth, screenWidth: app.size.width, width: width)
      .map { ($0, Style.dim) }
    let bottom = top + AppView.contentHeight(app.size)
    y += 2
    for (text, style) in lines where y < bottom {
      buffer.put(text, x: 3, y: y, width: width, style: style)
      y += 1
    }
  }

  private static let inputWidth = 24

  /// What the typed value means ("mandag" → the date), or how to fill the field in.
  private static func hint(_ field: DecisionField, _ s: DecisionFormState, _ app: AppState) -> String {
    let typed = s.fields.text(field).trimmingCharacters(in: .whitespaces)
    switch field {
    case .from, .to, .evaluation:
      let from = DateInput.parse(s.fields.text(.from), today: app.today)
      if !typed.isEmpty, let date = DateInput.parse(typed, today: app.today, from: from) { return "= \(date)" }
    case .hours:
      if !typed.isEmpty, case .success(let h) = WeeklyHours.parse(typed) { return "= " + app.text(.decision(.hoursPerWeek(h))) }
    case .service:
      if let service = s.service { return app.text(.decision(.serviceName(service))) }
    default:
      break
    }
    return app.text(.decision(.fieldHint(field)))
  }
}
