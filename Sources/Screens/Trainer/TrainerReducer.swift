import Foundation

/// The trainer's keys: reset, the scenario picker, its brief, the result, and recording.
enum TrainerReducer {
  /// Handles `action` when a trainer layer or key owns it; nil lets it go on to the screens.
  static func reduce(_ action: Action, _ state: inout AppState) -> [Effect]? {
    if state.scenarioRun?.result != nil {
      // The result stays until it is acknowledged.
      if [.confirmYes, .confirmNo, .goBack].contains(action) { state.scenarioRun = nil }
      return []
    }
    if let selection = state.pickerSelection {
      return pick(action, selection, &state)
    }
    switch action {
    case .trainerReset:
      guard state.trainer != nil else { return notInTrainerMode(&state) }
      state.confirm = ConfirmState(question: .confirmReset, onYes: .resetDemoStore)
      return []
    case .trainerScenarios:
      guard state.trainer != nil else { return notInTrainerMode(&state) }
      guard !state.scenarios.isEmpty else {
        state.message = .init(text: state.text(.noScenarios), isError: true)
        return []
      }
      state.help = nil
      state.pickerSelection = 0
      return []
    case .trainerRecord:
      guard state.trainer != nil else { return notInTrainerMode(&state) }
      state.isRecording.toggle()
      if state.isRecording { state.message = .init(text: state.text(.recordingOn), isError: false) }
      return []
    default:
      return nil
    }
  }

  private static func pick(_ action: Action, _ selection: Int, _ state: inout AppState) -> [Effect] {
    switch action {
    case .confirmYes:
      let scenario = state.scenarios[selection]
      state.pickerSelection = nil
      state.pendingScenario = scenario
      state.confirm = ConfirmState(
        question: .scenarioBrief(
          title: scenario.text(scenario.title, state.language),
          story: scenario.text(scenario.story, state.language),
          hint: scenario.text(scenario.hint, state.language), budget: scenario.keystrokeBudget),
        onYes: .resetDemoStore)
    case .confirmNo, .goBack:
      state.pickerSelection = nil
    default:
      state.pickerSelection = ListMovement.move(
        selection, count: state.scenarios.count, action, page: 10)
    }
    return []
  }

  static func goalMet(at date: Date, _ state: inout AppState) {
    guard let run = state.scenarioRun, run.result == nil else { return }
    state.scenarioRun?.result = ScenarioRun.Result(
      keystrokes: state.trainer?.keystrokes ?? 0,
      seconds: max(0, Int(date.timeIntervalSince(run.startedAt))))
  }

  private static func notInTrainerMode(_ state: inout AppState) -> [Effect] {
    state.message = .init(text: state.text(.trainerOnly), isError: true)
    return []
  }
}
