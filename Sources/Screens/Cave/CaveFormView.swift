/// The CAVE form: one row per field with its options or its problem.
enum CaveFormView {
  static func render(_ s: CaveFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.patient
    buffer.put(app.text(.caveFormTitle(name: app.listed(p.name), identifier: p.identifier)), x: 1, y: top, style: .heading)
    let problems = s.problems(all: false)
    for (index, field) in CaveField.allCases.enumerated() {
      let problem = problems[field]
      // A field is one wider than its capacity so the cursor fits after the last character.
      FormRow.render(
        label: app.text(.caveLabel(field)), input: s.fields.inputs[field] ?? TextField(),
        inputWidth: (s.fields.inputs[field]?.capacity ?? 7) > 30 ? 31 : 8,
        focused: field == s.fields.focus,
        hint: problem.map { app.text(.caveProblem($0)) } ?? short(field, app),
        hintStyle: problem == nil ? .dim : .error, into: &buffer, y: top + 2 + index)
    }
    // The focused field's options in full, where there is room for them.
    buffer.put(
      app.text(.caveHint(s.fields.focus)), x: 1, y: top + 3 + CaveField.allCases.count, style: .dim)
  }

  /// On the row, a choice shows only its range; the options are spelled out below the form.
  private static func short(_ field: CaveField, _ app: AppState) -> String {
    switch field {
    case .category: return "1–6"
    case .severity: return "1–4"
    case .certainty: return "1–3"
    case .atc, .agent, .reaction: return app.text(.caveHint(field))
    }
  }
}
