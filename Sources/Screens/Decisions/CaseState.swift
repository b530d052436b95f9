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
/// 3 quashed), the reason a service ends, and the next evaluation after one.
public struct CasePrompt: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case appeal, reconsider, appealOutcome, endService, evaluate }
  public let kind: Kind
  public var input: PromptFields

  init(kind: Kind) {
    self.kind = kind
    switch kind {
    case .evaluate:
      // The next evaluation, three months on unless another date is typed; empty sets none.
      var next = TextField(capacity: 20)
      next.insert("+3m")
      input = PromptFields([next])
    case .endService, .appeal: input = PromptFields([TextField(capacity: 200)])
    case .reconsider, .appealOutcome: input = PromptFields([TextField(capacity: 1)])
    }
  }
}
