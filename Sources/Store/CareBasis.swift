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

  /// The basis of an opening (see `closed` for access that ran out): a care
  /// relation, break-glass, or for a patient of this store that never came by sync the direct
  /// lookup it always was.
  public func basis(for patientID: Int64) throws(StoreError) -> AccessBasis {
    let s = try db.statement("SELECT basis FROM care_basis WHERE patient_id = ?").bind(1, patientID)
    defer { s.reset() }
    guard try s.step() else { return .directLookup }
    return s.text(0) == AccessBasis.careRelation.rawValue ? .careRelation : .breakGlass
  }

  /// Why the chart does not open now, or nil when it does: the record stays here, but is not
  /// read without asking again once the access it came by has run out.
  public enum Closed: Equatable, Sendable {
    case breakGlassRanOut
    /// The care relation ended and its days for documentation are over.
    case relationEnded
  }

  /// When the access the patient is held by runs out, if it does: break-glass, or a care
  /// relation that ended.
  public func runsOut(_ patientID: Int64) throws(StoreError) -> (basis: AccessBasis, at: Date)? {
    let s = try db.statement("SELECT basis, until FROM care_basis WHERE patient_id = ?").bind(1, patientID)
    defer { s.reset() }
    guard try s.step(), let until = s.optionalText(1).flatMap(AuditLog.parse) else { return nil }
    return (s.text(0) == AccessBasis.careRelation.rawValue ? .careRelation : .breakGlass, until)
  }

  public func closed(_ patientID: Int64, at time: Date) throws(StoreError) -> Closed? {
    guard let ends = try runsOut(patientID), ends.at <= time else { return nil }
    return ends.basis == .careRelation ? .relationEnded : .breakGlassRanOut
  }

  /// A care relation of the organisation with the patient: it holds until `until` (nil while a
  /// relation is open), and outranks break-glass.
  func inCare(_ patientID: Int64, until: Date? = nil) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO care_basis(patient_id, basis, until) VALUES (?, 'care-relation', ?)
      ON CONFLICT (patient_id) DO UPDATE SET basis = 'care-relation', until = excluded.until
      """
    ).bind(1, patientID).bind(2, until.map(AuditLog.format)).run()
  }

  /// A relation pulled: one begun is taken in by fetching the record (see `SyncPull`); one that
  /// ended says until when the organisation holds the patient by any relation. True when it
  /// changed what this store holds.
  func pulledRelation(_ payload: [String: Any], for patientID: Int64) throws(StoreError) -> Bool {
    guard payload["ends"] is String else { return false }
    try inCare(patientID, until: (payload["inCareUntil"] as? String).flatMap(FHIRTime.parse))
    return true
  }

  /// Every patient of the store is in care: after the first sync of an organisation.
  func allInCare() throws(StoreError) {
    try db.execute("INSERT OR REPLACE INTO care_basis(patient_id, basis, until) SELECT id, 'care-relation', NULL FROM patient")
  }

  /// Break-glass access until `until`, unless the patient is in care at least as long.
  func brokeGlass(_ patientID: Int64, until: Date) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO care_basis(patient_id, basis, until) VALUES (?, 'break-glass', ?)
      ON CONFLICT (patient_id) DO UPDATE SET basis = 'break-glass', until = excluded.until
        WHERE care_basis.until IS NOT NULL AND care_basis.until < excluded.until
      """
    ).bind(1, patientID).bind(2, AuditLog.format(until)).run()
  }
}
