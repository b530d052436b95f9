import Clinical

/// A patient's signed notes, newest first, narrowed by type and by words typed into the filter.
public struct NoteListState: Equatable, Sendable {
  public let patient: PatientListing
  public var filter = TextField(capacity: 60)
  /// Only notes of this type; nil for all.
  public var type: NoteType?
  public var list: PagedList<ClinicalNote>

  public init(patient: PatientListing, limit: Int) {
    self.patient = patient
    list = PagedList(limit: limit)
  }

  var load: Effect {
    .loadNotes(patientID: patient.id, type: type, containing: filter.text, limit: list.limit)
  }
}
