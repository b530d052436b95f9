/// Why an imported medication list was refused, naming the entry (1-based) and its field. An
/// import is all or nothing: one problem refuses the whole file.
public struct MedicationImportProblem: Hashable, Sendable, Error {
  public enum Reason: Hashable, Sendable, Error {
    case unreadable
    case notJSON
    case tooLarge(bytes: Int)
    case notFHIR
    case noMedications
    case missingATC
    case malformedATC(String)
    case missingName
    case missingDose
    case badDose(String)
    case badRoute(String)
  }

  /// The entry in the bundle, from 1; nil for the file as a whole.
  public let entry: Int?
  public let resourceType: String?
  public let reason: Reason

  public init(entry: Int? = nil, resourceType: String? = nil, _ reason: Reason) {
    self.entry = entry
    self.resourceType = resourceType
    self.reason = reason
  }
}
