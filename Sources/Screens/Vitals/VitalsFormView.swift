import Clinical

/// The form: one row per field with its unit, allowed range and NEWS2 points, then the total,
/// the response band and what it asks for, updated on every keystroke.
enum VitalsFormView {
  static func render(_ s: VitalsFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.patient
    buffer.put(app.text(.vitalsTitle(name: app.listed(p.name), identifier: p.identifier)), x: 1, y: top, style: .heading)
    let reading = s.reading
    let score = NEWS2.score(reading.signs)
    for (index, field) in VitalsField.allCases.enumerated() {
      let y = top + 2 + index
      let problem = reading.problems[field]
      FormRow.render(
        label: app.text(.vitalsLabel(field)), input: s.fields.inputs[field] ?? TextField(),
        inputWidth: 7, focused: field == s.fields.focus,
        hint: problem.map { app.text(.vitalsProblem($0)) } ?? app.text(.vitalsUnit(field)),
        hintStyle: problem == nil ? .dim : .error, into: &buffer, y: y)
      if problem == nil, let points = points(field, score) {
        buffer.put(
          app.text(.news2Points(points)), x: 70, y: y,
          style: points >= 3 ? .error : (points > 0 ? .warning : .plain))
      }
    }
    let y = top + 3 + VitalsField.allCases.count
    if let total = score.total, let response = score.response {
      let style: Style = response == .high ? .alert : (response == .medium ? .warning : .good)
      buffer.put(app.text(.news2Total(total: total, response: response)), x: 1, y: y, style: style)
      buffer.put(app.text(.news2Advice(response)), x: 1, y: y + 1)
    } else {
      let missing = NEWS2.Parameter.allCases.count - score.parameters.count
      buffer.put(app.text(.news2Incomplete(missing: missing)), x: 1, y: y, style: .dim)
    }
  }

  /// The NEWS2 points of the parameter a field feeds; the scale itself scores nothing.
  private static func points(_ field: VitalsField, _ score: NEWS2.Score) -> Int? {
    switch field {
    case .respirationRate: return score.parameters[.respirationRate]
    case .oxygenSaturation: return score.parameters[.oxygenSaturation]
    case .scale: return nil
    case .airOrOxygen: return score.parameters[.airOrOxygen]
    case .systolicPressure: return score.parameters[.systolicPressure]
    case .pulse: return score.parameters[.pulse]
    case .consciousness: return score.parameters[.consciousness]
    case .temperature: return score.parameters[.temperature]
    }
  }
}
