/// Typing into the CAVE form, moving between fields, and registering.
enum CaveFormReducer {
  static func reduce(_ s: inout CaveFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .text(let typed):
      s.inputs[s.focus]?.insert(typed)
    case .action(let action) where action.editsField:
      _ = s.inputs[s.focus]?.apply(action)
    case .action(.formNextField):
      s.focus = CaveField(rawValue: (s.focus.rawValue + 1) % CaveField.allCases.count) ?? s.focus
    case .action(.formPrevField):
      let count = CaveField.allCases.count
      s.focus = CaveField(rawValue: (s.focus.rawValue + count - 1) % count) ?? s.focus
    case .action(.formSubmit):
      let problems = s.problems(all: true)
      if let first = CaveField.allCases.first(where: { problems[$0] != nil }), let problem = problems[first] {
        s.focus = first
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
