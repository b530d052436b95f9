import Clinical

/// A digit scores the focused variable and moves to the next; up and down move; F12 saves.
enum AssessmentReducer {
  static func reduce(_ s: inout AssessmentFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    let count = IPLOSVariable.allCases.count
    switch event {
    case .text(let typed):
      for character in typed {
        guard let score = IPLOSScore(digit: String(character)) else {
          app.message = .init(text: app.text(.decision(.scoreKeys)), isError: true)
          return []
        }
        s.scores[s.focused] = score
        s.focus = min(s.focus + 1, count - 1)
      }
    case .action(.formNextField):
      s.focus = min(s.focus + 1, count - 1)
    case .action(.formPrevField):
      s.focus = max(s.focus - 1, 0)
    case .action(.formSubmit):
      guard let missing = IPLOSVariable.allCases.firstIndex(where: { s.scores[$0] == nil }) else {
        return [.saveAssessment(caseID: s.file.serviceCase.id, IPLOSAssessment(scores: s.scores))]
      }
      s.focus = missing
      app.message = .init(text: app.text(.decision(.unscored)), isError: true)
    default:
      break
    }
    return []
  }
}
