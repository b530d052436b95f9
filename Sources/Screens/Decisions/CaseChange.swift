import Clinical

/// What was just stored on a case, so the screen can say so and move on.
public enum CaseChange: Equatable, Sendable {
  case assessed
  case decided
  case letterSent
  case step(CaseLifecycle.Step)
  case preliminaryAnswer
  case conflictAccepted
}
