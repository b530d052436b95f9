import Clinical

/// Typing into the vitals form, moving between fields, and saving.
enum VitalsFormReducer {
  static func reduce(_ s: inout VitalsFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if s.fields.handle(event) { return [] }
    switch event {
    case .action(.formSubmit):
      let reading = s.reading
      if let first = VitalsField.allCases.first(where: { reading.problems[$0] != nil }),
        let problem = reading.problems[first]
      {
        s.fields.focus = first
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
