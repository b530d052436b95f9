import Clinical
import Foundation

/// Why this workstation holds each patient it synced: a care relation of its organisation (by
/// first sync, a relation pulled, or a visit, stay or application made here), or break-glass
/// access until it runs out. A chart opening is logged with that basis, so the privacy
/// officer tells an opening in care from one under break-glass, however often it is reopened.
public struct CareBasis {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// The basis of an opening (see `mayOpen` for one under break-glass that ran out): a care
  /// relation, break-glass, or for a patient of this store that never came by sync the direct
  /// lookup it always was.
  public func basis(for patientID: Int64) throws(StoreError) -> AccessBasis {
    let s = try db.statement("SELECT basis FROM care_basis WHERE patient_id = ?").bind(1, patientID)
    defer { s.reset() }
    guard try s.step() else { return .directLookup }
    return s.text(0) == AccessBasis.careRelation.rawValue ? .careRelation : .breakGlass
  }

  /// Whether the chart may open now: not when the record came by break-glass only and the
  /// access has run out (the record stays here, but is not read without asking again).
  public func mayOpen(_ patientID: Int64, at time: Date) throws(StoreError) -> Bool {
    let s = try db.statement("SELECT until FROM care_basis WHERE patient_id = ? AND basis = 'break-glass'").bind(1, patientID)
    defer { s.reset() }
    guard try s.step(), let until = s.optionalText(0).flatMap(AuditLog.parse) else { return true }
    return until > time
  }

  /// A care relation of the organisation with the patient: it holds until the record says
  /// otherwise, and outranks break-glass.
  func inCare(_ patientID: Int64) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO care_basis(patient_id, basis, until) VALUES (?, 'care-relation', NULL)
      ON CONFLICT (patient_id) DO UPDATE SET basis = 'care-relation', until = NULL
      """
    ).bind(1, patientID).run()
  }

  /// Every patient of the store is in care: after the first sync of an organisation.
  func allInCare() throws(StoreError) {
    try db.execute("INSERT OR REPLACE INTO care_basis(patient_id, basis, until) SELECT id, 'care-relation', NULL FROM patient")
  }

  /// Break-glass access until `until`, unless the patient is in care anyway.
  func brokeGlass(_ patientID: Int64, until: Date) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO care_basis(patient_id, basis, until) VALUES (?, 'break-glass', ?)
      ON CONFLICT (patient_id) DO UPDATE SET until = excluded.until WHERE basis = 'break-glass'
      """
    ).bind(1, patientID).bind(2, AuditLog.format(until)).run()
  }
}
