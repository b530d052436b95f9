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
        inputWidth: 24, focused: s.fields.focus == field, hint: hint(field, s, app), hintStyle: .dim,
        into: &buffer, y: y)
      y += 1
    }
    y += 1
    let deadline = AppealDeadline.deadline(received: app.today, basis: service.appealBasis)
    buffer.put(app.text(.decision(.appealRule(service.appealBasis))) + " \(deadline).", x: 1, y: y, width: app.size.width - 2, style: .dim)
  }

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
