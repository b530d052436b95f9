import Clinical

/// Everything that reaches the reducer: a resolved action, typed text, a new terminal size, or
/// the answer to an effect.
public enum Event: Equatable, Sendable {
  case action(Action)
  case text(String)
  case resized(Size)
  /// The keys typed so far start a longer binding ("g" of "g g"); nil when that is over.
  case pendingKeys(String?)
  case searchFinished(generation: Int, [PatientListing])
  case recentLoaded([PatientListing])
  case chartOpened(PatientSummary)
  case failed(Failure)
}
