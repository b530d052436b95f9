import Clinical
import Foundation

/// Records doses given and reads them back. A dose is refused when its amount is not above
/// zero or it is dated in the future. Doses travel through the outbox, append-only: one given
/// at another workstation shows here once pulled.
public struct DoseLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  public func record(_ d: GivenDose, for patientID: Int64, at now: Date) throws(StoreError) {
    guard d.dose.amount > 0, d.givenAt <= now.addingTimeInterval(5 * 60) else { throw .refusedDose }
    try db.inTransaction { () throws(StoreError) in
      let outbox = Outbox(db: db)
      let opID = try outbox.keepsOperations() ? UUID().uuidString.lowercased() : nil
      try insert(d, for: patientID, recordedAt: now, opID: opID)
      if let opID {
        let payload: [String: Any] = [
          "atc": d.atc, "medication": d.medication, "amount": d.dose.amount, "unit": d.dose.unit.rawValue,
          "route": d.route.rawValue, "givenAt": AuditLog.format(d.givenAt), "givenBy": d.givenBy,
        ]
        try outbox.append(.dose, patientID: patientID, payload: payload, at: now, opID: opID)
      }
    }
  }

  /// A dose given elsewhere, as the server keeps it: false when it is here already (given here,
  /// or pulled before) or cannot be read.
  func pulled(_ opID: String, for patientID: Int64, payload: [String: Any], at now: Date) throws(StoreError) -> Bool {
    guard let atc = payload["atc"] as? String, let medication = payload["medication"] as? String,
      let amount = (payload["amount"] as? NSNumber)?.doubleValue, amount > 0,
      let unit = (payload["unit"] as? String).flatMap(Dose.Unit.init(rawValue:)),
      let route = (payload["route"] as? String).flatMap(Medication.Route.init(rawValue:)),
      let givenAt = (payload["givenAt"] as? String).flatMap(FHIRTime.parse), let givenBy = payload["givenBy"] as? String
    else { return false }
    let known = try db.statement("SELECT 1 FROM dose_given WHERE op_id = ?").bind(1, opID)
    defer { known.reset() }
    guard try !known.step() else { return false }
    let dose = GivenDose(atc: atc, medication: medication, dose: Dose(amount: amount, unit: unit), route: route, givenAt: givenAt, givenBy: givenBy)
    try insert(dose, for: patientID, recordedAt: now, opID: opID)
    return true
  }

  private func insert(_ d: GivenDose, for patientID: Int64, recordedAt now: Date, opID: String?) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO dose_given(patient_id, atc, medication, amount, unit, route, given_at,
        given_by, recorded_at, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(1, patientID).bind(2, d.atc).bind(3, d.medication).bind(4, d.dose.amount)
      .bind(5, d.dose.unit.rawValue).bind(6, d.route.rawValue).bind(7, AuditLog.format(d.givenAt))
      .bind(8, d.givenBy).bind(9, AuditLog.format(now)).bind(10, opID).run()
  }

  /// Whether a dose of `atc` was recorded for the patient with `identifier` since then (a
  /// training scenario's goal).
  public func recorded(identifier: String, atc: String, since: Date) throws(StoreError) -> Bool {
    let s = try db.statement(
      """
      SELECT EXISTS (SELECT 1 FROM dose_given d JOIN identifier i ON i.patient_id = d.patient_id
        WHERE i.value = ? AND d.atc = ? AND d.recorded_at >= ?)
      """
    ).bind(1, identifier).bind(2, atc).bind(3, AuditLog.format(since))
    defer { s.reset() }
    _ = try s.step()
    return s.int(0) == 1
  }

  /// Doses given since `time`, newest first, at most `limit`.
  public func given(_ patientID: Int64, since time: Date, limit: Int) throws(StoreError) -> [GivenDose] {
    try db.statement(
      """
      SELECT atc, medication, amount, unit, route, given_at, given_by FROM dose_given
      WHERE patient_id = ? AND given_at >= ? ORDER BY given_at DESC, id DESC LIMIT ?
      """
    ).bind(1, patientID).bind(2, AuditLog.format(time)).bind(3, limit).rows { s in
      GivenDose(
        atc: s.text(0), medication: s.text(1),
        dose: Dose(amount: s.double(2), unit: Dose.Unit(rawValue: s.text(3)) ?? .mg),
        route: Medication.Route(rawValue: s.text(4)) ?? .oral,
        givenAt: AuditLog.parse(s.text(5)) ?? Date(timeIntervalSince1970: 0), givenBy: s.text(6))
    }
  }
}
