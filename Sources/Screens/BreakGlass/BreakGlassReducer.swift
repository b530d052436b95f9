/// The break-glass form: the answers are checked here before the server is asked, so a short
/// reason is named at once; the server checks them again.
enum BreakGlassReducer {
  static func reduce(_ s: inout BreakGlassState, _ event: Event, _ state: inout AppState) -> [Effect] {
    switch event {
    case .breakGlassRefused(let problem):
      s.asking = false
      state.message = .init(text: state.text(.breakGlassProblem(problem)), isError: true)
      return []
    default:
      break
    }
    guard !s.asking else { return [] }
    switch s.input.apply(event) {
    case .edited, .ignored, .cancelled:
      return []
    case .submitted(let texts):
      let problem: BreakGlassProblem? =
        if texts[0].count != 11 || !texts[0].allSatisfy({ $0.isASCII && $0.isNumber }) { .badNumber }
        else if texts[1].count < BreakGlassState.minimumReason { .reasonTooShort }
        else if let hours = Int(texts[2]), (1...24).contains(hours) { nil }
        else { .badHours }
      if let problem {
        state.message = .init(text: state.text(.breakGlassProblem(problem)), isError: true)
        return []
      }
      s.asking = true
      state.message = .init(text: state.text(.breakGlassAsking), isError: false)
      return [.breakGlass(identifier: texts[0], reason: texts[1], hours: Int(texts[2]) ?? 4)]
    }
  }
}

