import Clinical

/// One signed note read in full, with its addenda under it. From here a clinician writes an
/// addendum or marks the note as entered in error, with a reason.
public struct NoteReaderState: Equatable, Sendable {
  public let patient: PatientListing
  public var note: ClinicalNote
  public var addenda: [ClinicalNote] = []
  public var scroll = 0
  /// The reason being typed when marking the note as entered in error.
  public var errorReason: PromptFields?

  public init(patient: PatientListing, note: ClinicalNote) {
    self.patient = patient
    self.note = note
  }
}
