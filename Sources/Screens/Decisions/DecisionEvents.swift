import Clinical

/// The store's answers about service cases, delivered to the screens they concern wherever they
/// are on the stack: the inbox, the case, and the forms over it, which close once saved.
enum DecisionEvents {
  static func reduce(_ event: Event, _ state: inout AppState) -> [Effect] {
    switch event {
    case .inboxLoaded:
      return withInbox(&state) { inbox, app in DecisionInboxReducer.reduce(&inbox, event, &app) }
    case .applicationsRegistered(let count):
      state.message = .init(text: state.text(.decision(.registered(count))), isError: false)
      return reloadInbox(state)
    case .applicationImportRefused(let problem):
      state.message = .init(text: state.text(.decision(.importRefused(problem))), isError: true)
      return []
    case .caseLoaded(let file):
      guard let index = caseIndex(file, state) , case .serviceCase(var c) = state.screens[index] else { return [] }
      let effects = CaseReducer.loaded(file, &c, &state)
      state.screens[index] = .serviceCase(c)
      return effects
    case .caseUpdated(let file, let change):
      switch state.top {
      case .assessment, .decisionForm: state.screens.removeLast()
      default: break
      }
      if let index = caseIndex(file, state), case .serviceCase(var c) = state.screens[index] {
        c.file = file
        state.screens[index] = .serviceCase(c)
      }
      state.message = .init(text: state.text(.decision(.changed(change))), isError: false)
      if change == .letterSent, let letter = file.letter {
        state.screens.append(.letter(LetterState(caseID: file.serviceCase.id, body: letter.body)))
      }
      return reloadInbox(state)
    case .letterPrinted(let path):
      state.message = .init(text: state.text(.decision(.printed(path))), isError: false)
      return []
    default:
      return []
    }
  }

  private static func caseIndex(_ file: CaseFile, _ state: AppState) -> Int? {
    state.screens.lastIndex {
      if case .serviceCase(let c) = $0 { return c.caseID == file.serviceCase.id }
      return false
    }
  }

  private static func withInbox(_ state: inout AppState, _ body: (inout DecisionInboxState, inout AppState) -> [Effect]) -> [Effect] {
    guard let index = state.screens.lastIndex(where: { if case .decisions = $0 { return true } else { return false } }),
      case .decisions(var inbox) = state.screens[index]
    else { return [] }
    let effects = body(&inbox, &state)
    state.screens[index] = .decisions(inbox)
    return effects
  }

  /// The inbox under the case shows the case where it now stands when the officer goes back.
  private static func reloadInbox(_ state: AppState) -> [Effect] {
    for screen in state.screens {
      if case .decisions(let inbox) = screen { return [.loadInbox(offset: inbox.offset, limit: DecisionInboxState.pageSize)] }
    }
    return []
  }
}
