/// Typing into the CAVE form, moving between fields, and registering.
enum CaveFormReducer {
  static func reduce(_ s: inout CaveFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if s.fields.handle(event) { return [] }
    switch event {
    case .action(.formSubmit):
      let problems = s.problems(all: true)
      if let first = CaveField.allCases.first(where: { problems[$0] != nil }), let problem = problems[first] {
        s.fields.focus = first
        app.message = .init(text: app.text(.caveProblem(problem)), isError: true)
        return []
      }
      guard let entry = s.entry(by: app.session.clinician, on: app.today) else { return [] }
      return [.registerCave(patientID: s.patient.id, entry)]
    default:
      break
    }
    return []
  }
}
