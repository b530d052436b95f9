import Clinical
import Foundation

/// A patient met by number alone (a walk-in at the legevakt, an admission by birth number) whom
/// this workstation has never held. Kept at once under the number, with the birth date the
/// number gives, so the work is not held up by the network; the name is the server's, taken in
/// with the record once the care relation the visit or stay begins has reached it.
struct PatientByNumber {
  let db: SQLiteDatabase

  /// The patient with this number here, or kept under it when this store has not met them (a
  /// demo store refuses the number as unknown).
  func heldOrKept(_ identifier: String, on today: CivilDate) throws(StoreError) -> Int64 {
    if let found = try SyncPull.patientID(identifier, in: db) { return found }
    return try keep(identifier, on: today)
  }

  /// Keeps the patient, under `PersonName.notKnown` unless a list the server sent names them
  /// (`name`, `born`); a number that names no one (or a demo store, which never meets the server)
  /// is refused as unknown.
  func keep(_ identifier: String, named name: PersonName = .notKnown, born: CivilDate? = nil, on today: CivilDate)
    throws(StoreError) -> Int64
  {
    guard try Outbox(db: db).keepsOperations() else { throw .patientNotFound }
    let explained = IdentifierValidator.inForce(on: today).explain(identifier, today: today)
    guard explained.isValid, let identifierKind = explained.kind, let birthDate = born ?? explained.birthDate else {
      throw .patientNotFound
    }
    let record = PatientRecord(
      name: name, birthDate: birthDate, sex: .unknown, identifier: identifier, identifierKind: identifierKind,
      municipalityCode: nil, gpIndex: nil, cave: [], contacts: [])
    return try db.inTransaction { () throws(StoreError) -> Int64 in
      // Only a store that syncs gets here, and that is a production store.
      let patientID = try PatientWriter(db: db, kind: .production).insert(record, gpID: nil)
      try db.statement("UPDATE patient SET name_pending = 1 WHERE id = ?").bind(1, patientID).run()
      return patientID
    }
  }

  /// Takes the server's name and birth date for a patient kept by number alone, once; true when
  /// it did (what shows the patient is drawn again).
  func named(_ patientID: Int64, given: String, family: String, born: CivilDate?) throws(StoreError) -> Bool {
    let pending = try db.statement("SELECT 1 FROM patient WHERE id = ? AND name_pending = 1").bind(1, patientID)
    defer { pending.reset() }
    guard try pending.step() else { return false }
    let log = DemographicsLog(db: db)
    var particulars = try log.particulars(patientID).0
    particulars.name = PersonName(given: given, middle: nil, family: family)
    try log.write(particulars, for: patientID)
    try db.statement("UPDATE patient SET name_pending = 0, birth_date = coalesce(?, birth_date) WHERE id = ?")
      .bind(1, born?.ordinal).bind(2, patientID).run()
    return true
  }
}
