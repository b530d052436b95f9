import Clinical
import Foundation

/// A patient's record fetched whole from the central server into this store: the demographics
/// (the patient is added here when new) and every change in server order, applied by the same
/// rules as pull, in one local transaction. Break-glass asks for access first.
public enum PatientFetch {
  /// Break-glass access granted until `expires`, and the patient's id in this store.
  public struct Granted: Equatable, Sendable {
    public let patientID: Int64
    public let expires: Date
  }

  /// Asks the server for break-glass access with the reason (logged there and put on the privacy
  /// officer's review list), then fetches the record.
  public static func breakGlass(
    _ store: PatientStore, _ connection: CentralConnection, token: String, identifier: String, reason: String, hours: Int,
    today: CivilDate
  ) throws -> Granted {
    let (expires, rows) = try connection.transaction(as: token) { () throws(CentralError) -> (String?, [[String?]]) in
      let expires = try connection.query(
        #"SELECT to_char(api.break_glass($1, $2, $3::integer) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#,
        [identifier, reason, String(hours)]
      ).first?.first ?? nil
      return (expires, try record(connection, identifier))
    }
    let patientID = try apply(rows, identifier: identifier, to: store, today: today).patientID
    let until = expires.flatMap(FHIRTime.parse) ?? Date()
    try CareBasis(db: store.db).brokeGlass(patientID, until: until)
    return Granted(patientID: patientID, expires: until)
  }

  /// Fetches a patient the user has a care relation with; returns the patient's id here.
  public static func fetch(_ store: PatientStore, _ connection: CentralConnection, token: String, identifier: String, today: CivilDate) throws -> Int64 {
    try fetchCounting(store, connection, token: token, identifier: identifier, today: today).patientID
  }

  /// The same, with how many changes were new here.
  static func fetchCounting(
    _ store: PatientStore, _ connection: CentralConnection, token: String, identifier: String, today: CivilDate
  ) throws -> (patientID: Int64, changes: Int) {
    let rows = try connection.transaction(as: token) { () throws(CentralError) -> [[String?]] in
      return try record(connection, identifier)
    }
    return try apply(rows, identifier: identifier, to: store, today: today)
  }

  private static func record(_ connection: CentralConnection, _ identifier: String) throws(CentralError) -> [[String?]] {
    try connection.query("SELECT kind, op_id::text, payload::text, seq::text FROM api.patient_record($1)", [identifier])
  }

  private static func apply(
    _ rows: [[String?]], identifier: String, to store: PatientStore, today: CivilDate
  ) throws -> (patientID: Int64, changes: Int) {
    let objects = rows.map { row in
      (kind: row[0] ?? "", opID: row[1], object: row[2].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] } ?? [:],
       seq: row[3].flatMap { Int64($0) })
    }
    return try store.db.inTransaction { () throws(StoreError) -> (patientID: Int64, changes: Int) in
      let (patientID, named) = try patient(identifier, objects.first { $0.kind == "patient" }?.object ?? [:], store, today: today)
      var changes = named ? 1 : 0
      for row in objects where row.kind != "patient" {
        guard let opID = row.opID else { continue }
        if try SyncPull.apply(row.kind, opID: opID, row.object, seq: row.seq, for: patientID, in: store.db) { changes += 1 }
      }
      return (patientID, changes)
    }
  }

  /// The patient here, added from the server's demographics when new, or named or completed by
  /// them when kept here already (then `named`).
  private static func patient(
    _ identifier: String, _ o: [String: Any], _ store: PatientStore, today: CivilDate
  ) throws(StoreError) -> (id: Int64, named: Bool) {
    let known = try store.db.statement("SELECT patient_id FROM identifier WHERE value = ?").bind(1, identifier)
    let found = try known.step() ? known.int(0) : nil
    known.reset()
    let sexAndHome = SexAndHome(sex: o["sex"] as? String, municipality: o["municipality"] as? String)
    if let found {
      // Kept here by number alone (a walk-in): the server's name replaces the placeholder, and
      // what the server knows of sex and home fills what this store did not. The GP office is
      // the server's to say: a patient changes GP on the register, not at a workstation.
      let filled = try sexAndHome.fill(found, in: store.db)
      let listed = try gpOffice(o["gpOffice"] as? String, of: found, in: store.db)
      guard let given = o["given"] as? String, let family = o["family"] as? String else { return (found, filled || listed) }
      let named = try PatientByNumber(db: store.db).named(
        found, given: given, family: family, born: (o["birthDate"] as? String).flatMap(FHIRMedicationList.civilDate))
      return (found, named || filled || listed)
    }
    let explained = IdentifierValidator.inForce(on: today).explain(identifier, today: today)
    guard let kind = explained.kind, let given = o["given"] as? String, let family = o["family"] as? String,
      let born = (o["birthDate"] as? String).flatMap(FHIRMedicationList.civilDate) ?? explained.birthDate
    else { throw .patientNotFound }
    let writer = try PatientWriter(db: store.db, kind: store.kind)
    if let code = sexAndHome.municipalityCode { try PatientWriter.keepMunicipality(code: code, in: store.db) }
    let record = PatientRecord(
      name: PersonName(given: given, middle: nil, family: family), birthDate: born, sex: sexAndHome.sex, identifier: identifier,
      identifierKind: kind, municipalityCode: sexAndHome.municipalityCode, gpIndex: nil, cave: [], contacts: [])
    let id = try writer.insert(record, gpID: nil)
    _ = try gpOffice(o["gpOffice"] as? String, of: id, in: store.db)
    return (id, false)
  }

  /// The GP office the server names for the patient, kept; true when it changed.
  private static func gpOffice(_ office: String?, of patientID: Int64, in db: SQLiteDatabase) throws(StoreError) -> Bool {
    try db.statement("UPDATE patient SET gp_office = ?1 WHERE id = ?2 AND gp_office IS NOT ?1").bind(1, office).bind(2, patientID).run()
    return db.changes > 0
  }
}
