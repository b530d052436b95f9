import Clinical
import Foundation

/// The legevakt queue: open visits by level and time left, the clock they are measured by, and
/// the question under the list when setting a level or an outcome.
public struct TriageQueueState: Equatable, Sendable {
  public var visits: [TriageVisit] = []
  public var now: Date?
  public var selection = 0
  public var prompt: TriagePrompt?
  /// The visit to select once the queue is loaded (a triage conflict opened from the conflicts).
  var selectingVisit: Int64?

  public init(selectingVisit: Int64? = nil) { self.selectingVisit = selectingVisit }

  public var selected: TriageVisit? { visits.indices.contains(selection) ? visits[selection] : nil }
}

/// Re-triage (the new level, and a reason when lowering) or the visit's outcome.
public struct TriagePrompt: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case level, outcome }
  public let kind: Kind
  public let visitID: Int64
  public var input: PromptFields

  init(kind: Kind, visitID: Int64, level: TriageLevel? = nil) {
    self.kind = kind
    self.visitID = visitID
    switch kind {
    case .level:
      var levelField = TextField(capacity: 1)
      if let level { levelField.insert(String(level.rawValue)) }
      input = PromptFields([levelField, TextField(capacity: 120)])
    case .outcome:
      input = PromptFields([TextField(capacity: 1)])
    }
  }
}
