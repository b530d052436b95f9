import Clinical

/// Everything that reaches the reducer: a resolved action, typed text, a new terminal size, or
/// the answer to an effect.
public enum Event: Equatable, Sendable {
  case action(Action)
  case text(String)
  case resized(Size)
  case searchFinished(generation: Int, [PatientListing])
  case recentLoaded([PatientListing])
  case chartOpened(PatientSummary)
  case failed(Failure)
}
