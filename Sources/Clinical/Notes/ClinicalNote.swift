import Foundation

/// A signed note. It never changes once signed: corrections are addenda linked to it, and a note
/// written on the wrong patient is marked entered in error, never deleted.
public struct ClinicalNote: Hashable, Sendable {
  public let id: Int64
  public let type: NoteType
  public let body: String
  public let codes: [DiagnosisCode]
  public let author: String
  public let signedAt: Date
  public let addendumTo: Int64?
  public let enteredInError: EnteredInError?

  public init(
    id: Int64, type: NoteType, body: String, codes: [DiagnosisCode], author: String,
    signedAt: Date, addendumTo: Int64?, enteredInError: EnteredInError?
  ) {
    self.id = id
    self.type = type
    self.body = body
    self.codes = codes
    self.author = author
    self.signedAt = signedAt
    self.addendumTo = addendumTo
    self.enteredInError = enteredInError
  }

  /// The first line that has text: what a list shows of the note.
  public var firstLine: String {
    body.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
  }

  /// Who marked a note as written in error, when, and why.
  public struct EnteredInError: Hashable, Sendable {
    public let reason: String
    public let by: String
    public let at: Date

    public init(reason: String, by: String, at: Date) {
      self.reason = reason
      self.by = by
      self.at = at
    }
  }
}

extension ClinicalNote {
  /// The same note as it reads once marked entered in error.
  public func markedInError(_ mark: EnteredInError) -> ClinicalNote {
    ClinicalNote(
      id: id, type: type, body: body, codes: codes, author: author, signedAt: signedAt,
      addendumTo: addendumTo, enteredInError: mark)
  }
}
