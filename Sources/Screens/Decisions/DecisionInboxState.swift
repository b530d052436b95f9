import Clinical

/// The case officers' inbox: open service cases, urgent first and then the oldest, loaded a page
/// at a time so ten thousand open cases scroll as fast as ten.
public struct DecisionInboxState: Equatable, Sendable {
  static let pageSize = 200

  public var total = 0
  /// The index of `cases[0]` among all open cases.
  public var offset = 0
  public var cases: [ServiceCase] = []
  /// The selected case's index among all open cases.
  public var selection = 0
  public var prompt: InboxPrompt?
  public var isLoaded = false

  public init() {}

  public var selected: ServiceCase? {
    let i = selection - offset
    return cases.indices.contains(i) ? cases[i] : nil
  }

  /// The page to load so the selection is inside it, or nil when it already is.
  var pageNeeded: Int? {
    guard isLoaded, total > 0, selected == nil else { return nil }
    return max(0, selection - Self.pageSize / 2)
  }
}

/// Registering an application by hand (who, which service, who applies, why, urgent), or the
/// path of a citizen-portal file to import.
public struct InboxPrompt: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case register, importFile }
  public let kind: Kind
  public var input: PromptFields

  /// The registration field that cannot be read.
  public enum Problem: Equatable, Sendable { case identifier, service, applicant, reason }

  init(kind: Kind) {
    self.kind = kind
    switch kind {
    case .register:
      var urgent = TextField(capacity: 1)
      urgent.insert("n")
      input = PromptFields([
        TextField(capacity: 11), TextField(capacity: 2), TextField(capacity: 120), TextField(capacity: 500), urgent,
      ])
    case .importFile:
      input = PromptFields([TextField(capacity: 500)])
    }
  }
}
