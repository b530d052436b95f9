import Clinical

/// The form: one row per field with its unit, allowed range and NEWS2 points, then the total,
/// the response band and what it asks for, updated on every keystroke.
enum VitalsFormView {
  static func render(_ s: VitalsFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.patient
    buffer.put(app.text(.vitalsTitle(name: p.name.listed, identifier: p.identifier)), x: 1, y: top, style: .heading)
    let reading = s.reading
    let score = NEWS2.score(reading.signs)
    for (index, field) in VitalsField.allCases.enumerated() {
      let y = top + 2 + index
      let focused = field == s.focus
      buffer.put(app.text(.vitalsLabel(field)), x: 1, y: y, width: 24, style: focused ? .heading : .plain)
      let input = s.inputs[field] ?? TextField()
      buffer.put("[", x: 26, y: y)
      buffer.put(input.text, x: 27, y: y, width: 6)
      if focused {
        let under = input.cursor < input.characters.count ? String(input.characters[input.cursor]) : " "
        buffer.put(under, x: 27 + input.cursor, y: y, width: 1, style: .selected)
      }
      buffer.put("]", x: 33, y: y)
      if let problem = reading.problems[field] {
        buffer.put(app.text(.vitalsProblem(problem)), x: 35, y: y, width: app.size.width - 36, style: .error)
      } else {
        buffer.put(app.text(.vitalsUnit(field)), x: 35, y: y, width: 34, style: .dim)
        if let points = points(field, score) {
          buffer.put(app.text(.news2Points(points)), x: 70, y: y, style: points >= 3 ? .error : (points > 0 ? .warning : .plain))
        }
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
