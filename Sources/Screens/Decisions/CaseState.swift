import Clinical

/// One service case: the case file once loaded, the question under it when a step needs an
/// answer, and an action waiting for the file (the inbox's a/g/r/b open the case and go on).
public struct CaseState: Equatable, Sendable {
  public let caseID: Int64
  public var file: CaseFile?
  public var prompt: CasePrompt?
  public var pendingAction: Action?
  public var scroll = 0

  public init(caseID: Int64, pendingAction: Action? = nil) {
    self.caseID = caseID
    self.pendingAction = pendingAction
  }
}

/// The steps that need a word: the appeal's date (and from whom), the reconsideration
/// (1 upheld and forwarded, 2 changed), Statsforvalteren's outcome (1 upheld, 2 changed,
/// 3 quashed), and the reason a service ends.
public struct CasePrompt: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case appeal, reconsider, appealOutcome, endService }
  public let kind: Kind
  public var input: PromptFields

  init(kind: Kind) {
    self.kind = kind
    input = PromptFields([TextField(capacity: kind == .endService || kind == .appeal ? 200 : 1)])
  }
}
