/// A yes/no question over the screen. Keys reach it first; nothing beneath acts until it is
/// answered. Commits that cannot be undone go through it.
public struct ConfirmState: Equatable, Sendable {
  public let question: Text
  /// What a yes asks the runner to do.
  public let onYes: Effect
  /// A safety alert: Enter means no, and only a deliberate key ([alert] in the keymap) goes
  /// ahead, so a reflexive Enter can never give a patient what they must not have.
  public let isAlert: Bool

  public init(question: Text, onYes: Effect, isAlert: Bool = false) {
    self.question = question
    self.onYes = onYes
    self.isAlert = isAlert
  }

  var context: KeymapContext { isAlert ? .alert : .confirm }
}
