import Foundation

/// A note being written: saved as it is typed, so a crash or a kill loses nothing, and signed
/// into a `ClinicalNote` when done. One draft per patient and author.
public struct NoteDraft: Hashable, Sendable {
  public var type: NoteType
  public var body: String
  public var codes: [DiagnosisCode]
  /// The signed note this corrects, when it is an addendum.
  public var addendumTo: Int64?

  public init(type: NoteType, body: String = "", codes: [DiagnosisCode] = [], addendumTo: Int64? = nil) {
    self.type = type
    self.body = body
    self.codes = codes
    self.addendumTo = addendumTo
  }

  /// The longest note the editor and the store accept: far beyond any consultation note, small
  /// enough that a stray paste of a whole file cannot stall the terminal or bloat the record.
  public static let maximumLength = 100_000

  /// Why this draft cannot be signed yet, or nil when it can.
  public var problem: NoteProblem? {
    if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .empty }
    if body.count > Self.maximumLength { return .tooLong }
    // An addendum corrects a signed contact note; the contact's codes are on the original.
    if addendumTo == nil && type.needsICPC2 && !codes.contains(where: { $0.system == .icpc2 }) {
      return .needsICPC2
    }
    return nil
  }
}

/// Why a note cannot be signed.
public enum NoteProblem: Hashable, Sendable {
  case empty
  case tooLong
  case needsICPC2
}
