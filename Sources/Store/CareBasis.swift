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

  /// The basis of an opening now: break-glass while it lasts, a care relation, or (a patient
  /// of this store that never came by sync) the direct lookup it always was.
  public func basis(for patientID: Int64, at time: Date) throws(StoreError) -> AccessBasis {
    let s = try db.statement("SELECT basis, until FROM care_basis WHERE patient_id = ?").bind(1, patientID)
    defer { s.reset() }
    guard try s.step() else { return .directLookup }
    if s.text(0) == AccessBasis.careRelation.rawValue { return .careRelation }
    let until = s.optionalText(1).flatMap(AuditLog.parse)
    return until.map { $0 > time } == true ? .breakGlass : .directLookup
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
