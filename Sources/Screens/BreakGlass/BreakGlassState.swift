/// Break-glass ("nødtilgang"): opening the record of a patient this organisation has no care
/// relation with, because the situation demands it. The number, the reason (at least ten
/// characters, logged and reviewed by the privacy officer) and the hours it lasts (1–24, 4 by
/// default) are asked; the central server grants it.
public struct BreakGlassState: Equatable, Sendable {
  public var input: PromptFields
  /// Waiting for the server's answer.
  public var asking = false

  /// `number`: the valid number typed in lookup that found no one here, filled in so the
  /// clinician goes straight to the reason.
  public init(number: String? = nil) {
    var hours = TextField(capacity: 2)
    hours.insert("4")
    var identifier = TextField(capacity: 11)
    if let number { identifier.insert(number) }
    input = PromptFields([identifier, TextField(capacity: 200), hours])
    if number != nil { input.focus = 1 }
  }

  static let minimumReason = 10
}

/// Why break-glass access was not given.
public enum BreakGlassProblem: Equatable, Sendable {
  case badNumber
  case reasonTooShort
  case badHours
  /// This workstation has no central server: every patient in its store is open to its users.
  case noCentral
  /// The central server did not answer; access cannot be granted offline.
  case offline
  case notFound
  case server(String)
}
