/// The login gate over every screen, and the lock that hides them: the HPR number and password
/// (masked), or only the password to unlock the same user's session.
public struct LoginState: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    /// At start, with a central server: who is working.
    case login
    /// Locked by app.lock or after idle minutes, with a login to check the password against.
    case unlock(hpr: String)
    /// Locked in a session without a login (local store, demo): Enter opens it again.
    case resume
  }

  public let purpose: Purpose
  public var input: PromptFields

  public init(purpose: Purpose) {
    self.purpose = purpose
    switch purpose {
    case .login: input = PromptFields([TextField(capacity: 9), TextField(capacity: 128)])
    case .unlock: input = PromptFields([TextField(capacity: 128)])
    case .resume: input = PromptFields([])
    }
  }

  /// The index of the password field, which is drawn masked.
  var passwordField: Int? {
    switch purpose {
    case .login: return 1
    case .unlock: return 0
    case .resume: return nil
    }
  }
}

/// Why a login or an unlock did not succeed.
public enum LoginProblem: Equatable, Sendable {
  case wrongPassword
  /// The central server cannot be reached and this user never logged in here before.
  case offlineNoCache
  case badNumber
  case server(String)
}
