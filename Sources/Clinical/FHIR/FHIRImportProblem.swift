/// Why a FHIR file or bundle was refused, whole: the entry (from 1), the resource type and the
/// field, never the value, so no personal data reaches a message.
public struct FHIRImportProblem: Hashable, Sendable, Error {
  public enum Reason: Hashable, Sendable {
    case unreadable
    case tooLarge(bytes: Int)
    case tooDeep
    case notJSON
    case notFHIR
    case unsupportedBundleType(String)
    case duplicateID
    case missing
    case wrongType
    case invalidIdentifier
    case unknownSystem
    case unknownCode
    case unresolvedReference
    case nameOrBirthDateMismatch
    case outOfBounds
    case badDate
    case badDose
    /// The store refused it (a synthetic number in a production store, a real one in a demo).
    case refusedByStore(String)
  }

  public let entry: Int?
  public let resourceType: String?
  public let field: String?
  public let reason: Reason

  public init(entry: Int? = nil, resourceType: String? = nil, field: String? = nil, _ reason: Reason) {
    self.entry = entry
    self.resourceType = resourceType
    self.field = field
    self.reason = reason
  }
}

/// What an import did, per resource type: created, updated (a patient's GP or municipality),
/// skipped (already there, or a type the workstation does not keep), and why a bundle was refused.
public struct FHIRImportReport: Equatable, Sendable {
  public var created: [String: Int] = [:]
  public var updated: [String: Int] = [:]
  public var skipped: [String: Int] = [:]
  public var rejected: FHIRImportProblem?

  public init() {}

  public var total: Int { created.values.reduce(0, +) + updated.values.reduce(0, +) + skipped.values.reduce(0, +) }
}
