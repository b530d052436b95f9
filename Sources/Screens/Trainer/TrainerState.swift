import Foundation

/// What trainer mode counts for the task under way. A task starts when the patient prompt
/// opens (every clinical task starts by finding the patient), so the count is the keys pressed
/// since then, the way the seed counted 36 keystrokes for one paracetamol.
public struct TrainerState: Equatable, Sendable {
  public var keystrokes = 0
  public var startedAt: Date
  public var now: Date

  public init(at date: Date) {
    startedAt = date
    now = date
  }

  public var elapsedSeconds: Int { max(0, Int(now.timeIntervalSince(startedAt))) }

  /// A new task from `date`.
  mutating func restart(at date: Date) {
    keystrokes = 0
    startedAt = date
    now = date
  }
}
