import Clinical

/// The dose form: drug with its matches under it while searching, dose with the limits, route,
/// time, who gives it, and what was given in the last 24 hours.
enum DoseFormView {
  static func render(_ s: DoseFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.patient
    let width = app.size.width
    buffer.put(app.text(.doseFormTitle(name: app.listed(p.name), identifier: p.identifier)), x: 1, y: top, style: .heading)
    var y = top + 2
    for field in DoseField.allCases {
      FormRow.render(
        label: app.text(.doseLabel(field)), input: s.fields.inputs[field] ?? TextField(),
        inputWidth: inputWidth(field), focused: field == s.fields.focus, hint: hint(field, s, app),
        hintStyle: .dim, into: &buffer, y: y)
      y += 1
      if field == .drug && s.fields.focus == .drug && !s.matches.isEmpty {
        let first = max(0, s.selection - DoseFormState.visibleMatches + 1)
        for (offset, option) in s.matches.dropFirst(first).prefix(DoseFormState.visibleMatches).enumerated() {
          let m = option.medication
          let text: String
          if let line = option.listLine {
            text = app.text(.doseFromList(line.summary))
          } else {
            let brands = m.brands.isEmpty ? "" : " (\(m.brands.joined(separator: ", ")))"
            text = "\(m.name)\(brands) · \(m.form) · \(m.atc)"
          }
          buffer.put(text, x: 4, y: y, width: width - 5, style: option.listLine == nil ? .plain : .heading)
          if first + offset == s.selection {
            buffer.restyle(Rect(x: 3, y: y, width: width - 4, height: 1), style: .selected)
          }
          y += 1
        }
      }
    }
    // A hint too long for its row (the routes to choose from) is shown whole under the form.
    let focus = s.fields.focus
    let whole = FormRow.overflow(of: hint(focus, s, app), inputWidth: inputWidth(focus), screenWidth: width, width: width - 4)
    for (offset, line) in whole.enumerated() { buffer.put(line, x: 3, y: y + 1 + offset, style: .dim) }
    if !whole.isEmpty { y += whole.count + 1 }
    buffer.put(
      app.text(.doseGivenBy("\(app.session.clinician.name), \(app.text(.roleName(app.session.clinician.role)))")), x: 1, y: y + 1,
      width: width - 2, style: .dim)
    buffer.put(app.text(.doseRecentHeading), x: 1, y: y + 3, style: .heading)
    if s.recent.isEmpty {
      buffer.put(app.text(.doseRecentNone), x: 3, y: y + 4, style: .dim)
    }
    for (offset, d) in s.recent.prefix(max(0, top + AppView.contentHeight(app.size) - y - 4)).enumerated() {
      buffer.put(ChartView.doseLine(d, app), x: 3, y: y + 4 + offset, width: width - 4)
    }
  }

  private static func inputWidth(_ field: DoseField) -> Int { field == .drug ? 30 : 12 }

  private static func hint(_ field: DoseField, _ s: DoseFormState, _ app: AppState) -> String {
    switch field {
    case .drug:
      if let line = s.listLine {
        return line.decisionReason.isEmpty ? app.text(.doseOnList(line.frequency)) : app.text(.doseWeighed(line.decisionReason))
      }
      if let m = s.medication { return "\(m.atc) · \(m.form)" }
      return s.fields.text(.drug).isEmpty ? app.text(.doseDrugHint) : app.text(.codeSearchHint(matches: s.matches.count))
    case .dose:
      guard let m = s.medication else { return "" }
      return app.text(.doseLimits(single: m.maxSingleDose, daily: m.maxDailyDose))
    case .route:
      let typed = CaveFormState.choice(s.fields.text(.route), in: DoseFormState.routes)
      return typed.map { app.text(.routeName($0)) } ?? app.text(.routeChoices)
    case .time:
      return app.text(.doseTimeHint)
    }
  }
}
