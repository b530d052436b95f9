import Clinical

/// Typing into the decision's fields; F12 reads them and makes the decision, or names the field
/// in the way and puts the cursor there.
enum DecisionFormReducer {
  static func reduce(_ s: inout DecisionFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if s.fields.handle(event) {
      s.legalBasisFollowsService()
      return []
    }
    guard case .action(.formSubmit) = event else { return [] }
    switch s.decision(today: app.today) {
    case .failure(let problem):
      s.fields.focus = problem.field
      app.message = .init(text: app.text(.decision(.fieldProblem(problem.problem))), isError: true)
      return []
    case .success(let decision):
      return [.makeDecision(caseID: s.file.serviceCase.id, decision)]
    }
  }
}
