/// A yes/no question over the screen. Keys reach it first; nothing beneath acts until it is
/// answered. Commits that cannot be undone go through it.
public struct ConfirmState: Equatable, Sendable {
  public let question: Text
  /// What a yes asks the runner to do.
  public let onYes: Effect

  public init(question: Text, onYes: Effect) {
    self.question = question
    self.onYes = onYes
  }
}
