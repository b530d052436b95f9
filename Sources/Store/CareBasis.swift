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

  /// Why the chart does not open now: the record stays here, but is not read without asking
  /// again once the access it came by has run out.
  public enum Closed: Equatable, Sendable {
    case breakGlassRanOut
    /// The care relation ended and its days for documentation are over.
    case relationEnded
    /// Held only as offered a place here (`PlaceOfferSync`): no relation yet, and no record.
    case waitingForPlace
  }

  /// Why this workstation holds a patient, and until when (nil while a relation is open).
  public struct Held: Equatable, Sendable {
    public let basis: AccessBasis
    public let until: Date?
    /// On this home's waiting list and held for nothing else.
    var onlyOffered = false

    /// Why the chart does not open at `time`, or nil when it does.
    public func closed(at time: Date) -> Closed? {
      if onlyOffered { return .waitingForPlace }
      guard let until, until <= time else { return nil }
      return basis == .careRelation ? .relationEnded : .breakGlassRanOut
    }
  }

  /// How the patient is held, read once for an opening: a care relation, break-glass, only an
  /// offered place, or for a patient of this store that never came by sync the direct lookup it
  /// always was.
  public func held(_ patientID: Int64) throws(StoreError) -> Held {
    let s = try db.statement(
      """
      SELECT c.basis, c.until, p.held_for_offer FROM patient p LEFT JOIN care_basis c ON c.patient_id = p.id WHERE p.id = ?
      """
    ).bind(1, patientID)
    defer { s.reset() }
    guard try s.step() else { return Held(basis: .directLookup, until: nil) }
    guard s.optionalText(0) != nil else { return Held(basis: .directLookup, until: nil, onlyOffered: s.int(2) == 1) }
    return Held(
      basis: s.text(0) == AccessBasis.careRelation.rawValue ? .careRelation : .breakGlass,
      until: s.optionalText(1).flatMap(AuditLog.parse))
  }

  /// The basis an opening is logged with.
  public func basis(for patientID: Int64) throws(StoreError) -> AccessBasis { try held(patientID).basis }

  public func closed(_ patientID: Int64, at time: Date) throws(StoreError) -> Closed? { try held(patientID).closed(at: time) }

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
    guard Self.ended(payload) else { return false }
    try inCare(patientID, until: (payload["inCareUntil"] as? String).flatMap(FHIRTime.parse))
    return true
  }

  /// Whether a relation as pull delivers it ended (it says when), rather than began or is in
  /// force again.
  static func ended(_ payload: [String: Any]) -> Bool { payload["ends"] is String }

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
