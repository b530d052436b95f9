import Clinical

/// Walk-in registration: one row per field, the complaint groups under the form, and the level
/// as typed with what it comes from.
enum TriageFormView {
  static func render(_ s: TriageFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    buffer.put(app.text(.triageFormTitle), x: 1, y: top, style: .heading)
    let problems = s.problems(app, all: false)
    for (index, field) in TriageField.allCases.enumerated() {
      let problem = problems[field]
      FormRow.render(
        label: app.text(.triageLabel(field)), input: s.fields.inputs[field] ?? TextField(),
        inputWidth: field == .person || field == .complaint ? 14 : 7, focused: field == s.fields.focus,
        hint: problem.map { app.text(.triageProblem($0)) } ?? hint(field, s, app),
        hintStyle: problem == nil ? .dim : .error, into: &buffer, y: top + 2 + index)
    }
    let y = top + 3 + TriageField.allCases.count
    let reading = s.reading.signs
    let vitals = TriageRule.vitalsLevel(reading)
    if let complaint = s.complaint(app) {
      let level = TriageRule.level(vitals: reading, complaint: complaint)
      buffer.put(
        app.text(.triageLevelLine(level, vitals: vitals, complaint: complaint.level)), x: 1, y: y, width: width - 2,
        style: TriageQueueView.levelStyle(level))
    }
    // The complaint groups, numbered, in columns under the form.
    let groups = ComplaintGroup.allCases
    let columns = 3
    let columnWidth = (width - 2) / columns
    for (index, group) in groups.enumerated() {
      let x = 1 + (index % columns) * columnWidth
      let row = y + 2 + index / columns
      guard row < top + AppView.contentHeight(app.size) else { break }
      buffer.put("\(index + 1) \(app.text(.complaintName(group)))", x: x, y: row, width: columnWidth - 1, style: .dim)
    }
  }

  private static func hint(_ field: TriageField, _ s: TriageFormState, _ app: AppState) -> String {
    switch field {
    case .person:
      return s.fields.text(.person).isEmpty ? app.text(.triageUnidentifiedHint) : ""
    case .complaint:
      return s.complaint(app).map { app.text(.complaintName($0)) } ?? "1–\(ComplaintGroup.allCases.count)"
    default:
      return field.vitals.map { app.text(.vitalsUnit($0)) } ?? ""
    }
  }
}
