import Clinical

/// Typing into the vitals form, moving between fields, and saving.
enum VitalsFormReducer {
  static func reduce(_ s: inout VitalsFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .text(let typed):
      s.inputs[s.focus]?.insert(typed)
    case .action(let action) where action.editsField:
      _ = s.inputs[s.focus]?.apply(action)
    case .action(.formNextField):
      s.focus = VitalsField(rawValue: (s.focus.rawValue + 1) % VitalsField.allCases.count) ?? s.focus
    case .action(.formPrevField):
      let count = VitalsField.allCases.count
      s.focus = VitalsField(rawValue: (s.focus.rawValue + count - 1) % count) ?? s.focus
    case .action(.formSubmit):
      let reading = s.reading
      if let first = VitalsField.allCases.first(where: { reading.problems[$0] != nil }),
        let problem = reading.problems[first]
      {
        s.focus = first
        app.message = .init(text: app.text(.vitalsProblem(problem)), isError: true)
        return []
      }
      guard reading.signs != VitalSigns(scale: reading.signs.scale) else {
        app.message = .init(text: app.text(.vitalsProblem(.nothingRecorded)), isError: true)
        return []
      }
      return [.saveVitals(patientID: s.patient.id, reading.signs)]
    default:
      break
    }
    return []
  }
}
