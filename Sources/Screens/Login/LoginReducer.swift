import Clinical

/// While the login gate or the lock is up, keys go to its fields only; nothing else is reachable
/// but quitting.
enum LoginReducer {
  static func reduce(_ login: LoginState, _ event: Event, _ state: inout AppState) -> [Effect] {
    var login = login
    switch event {
    case .loggedIn(let clinician, let hpr, let online):
      state.session.clinician = clinician
      state.loggedInHPR = hpr
      state.login = nil
      state.message = .init(text: state.text(.loggedIn(name: clinician.name, online: online)), isError: false)
      return [.loadRecent(limit: LookupView.visibleRows(state.size))]
    case .unlocked:
      state.login = nil
      return []
    case .loginRefused(let problem):
      state.message = .init(text: state.text(.loginProblem(problem)), isError: true)
      return []
    default:
      break
    }
    if case .resume = login.purpose {
      if case .action(.formSubmit) = event { state.login = nil }
      return []
    }
    switch login.input.apply(event) {
    case .edited:
      state.login = login
    case .submitted(let texts):
      switch login.purpose {
      case .login:
        guard !texts[0].isEmpty, texts[0].count <= 9, texts[0].allSatisfy(\.isNumber) else {
          state.message = .init(text: state.text(.loginProblem(.badNumber)), isError: true)
          return []
        }
        // The password field empties whatever the answer: it is never kept on screen.
        login.input.fields[1] = TextField(capacity: 128)
        state.login = login
        return [.login(hpr: texts[0], password: texts[1])]
      case .unlock(let hpr):
        login.input.fields[0] = TextField(capacity: 128)
        state.login = login
        return [.unlock(hpr: hpr, password: texts[0])]
      case .resume:
        return []
      }
    case .cancelled, .ignored:
      break
    }
    return []
  }

  /// Locks the session: every screen stays as it was, hidden until the lock is opened.
  static func lock(_ state: inout AppState) {
    state.help = nil
    state.message = nil
    state.login = LoginState(purpose: state.loggedInHPR.map { .unlock(hpr: $0) } ?? .resume)
  }
}
