/// Why a citizen-portal file of applications was refused, whole: the entry (from 1) and the
/// field, never the value, so no personal data reaches a message.
public struct ApplicationImportProblem: Hashable, Sendable, Error {
  public enum Reason: Hashable, Sendable {
    case unreadable
    case tooLarge(bytes: Int)
    case notJSON
    case noApplications
    case missing(field: String)
    case invalid(field: String)
    case unknownPatient
  }

  public let entry: Int?
  public let reason: Reason

  public init(entry: Int? = nil, _ reason: Reason) {
    self.entry = entry
    self.reason = reason
  }
}
