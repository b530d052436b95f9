import Clinical
import Foundation

/// Operations for the central server, appended inside the transaction of the write they carry,
/// so a change and its operation are stored together or not at all. The operation names the
/// patient by identifier (ids differ between stores) and carries its own UUID.
public struct Outbox {
  let db: SQLiteDatabase

  public enum Kind: String, Sendable {
    case vitals
    case chartOpened = "chart-opened"
    case medicationList = "medication-list"
    case note
    case noteInError = "note-in-error"
    case careRelation = "care-relation"
    case careRelationEnd = "care-relation-end"
    case dose
    case triage
    case stay
    case cave
    case caseStep = "case-step"
    case demographics
  }

  /// A demo store never syncs, so it keeps no outbox and makes no operation ids: its seeded
  /// file stays the same however often it is built.
  func keepsOperations() throws(StoreError) -> Bool {
    let demo = try db.statement("SELECT 1 FROM store_meta WHERE key = 'kind' AND value = 'demo'")
    defer { demo.reset() }
    return try !demo.step()
  }

  /// Appends inside the caller's transaction (nothing in a demo store).
  func append(_ kind: Kind, patientID: Int64, payload: [String: Any], at time: Date, opID: String = UUID().uuidString.lowercased()) throws(StoreError) {
    guard try keepsOperations() else { return }
    let s = try db.statement("SELECT value FROM identifier WHERE patient_id = ? LIMIT 1").bind(1, patientID)
    let identifier = try s.step() ? s.text(0) : nil
    s.reset()
    guard let identifier else { throw .patientNotFound }
    guard let data = try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys]) else { throw .refusedImport }
    try db.statement(
      "INSERT INTO outbox(op_id, kind, patient_identifier, payload, created_at) VALUES (?, ?, ?, ?, ?)"
    ).bind(1, opID).bind(2, kind.rawValue).bind(3, identifier)
      .bind(4, String(decoding: data, as: UTF8.self)).bind(5, AuditLog.format(time)).run()
  }

  /// The kinds of care relation a workstation makes by what it does.
  public enum Relation: String, Sendable {
    case legevaktVisit = "legevakt-visit"
    case wardStay = "ward-stay"
    /// An application for municipal services refers the patient to the municipality.
    case referral
  }

  /// The care relation of this workstation's organisation with the patient, begun by a visit or
  /// a stay. It carries the patient's name, birth date, sex and home municipality, so a patient
  /// the server has never seen (a walk-in under a help number) is registered by it; a patient it
  /// knows keeps the name it has there, and gains the sex and municipality it did not know.
  func appendCareRelation(_ relation: Relation, patientID: Int64, at time: Date) throws(StoreError) {
    guard try keepsOperations() else { return }
    let s = try db.statement("SELECT given, family, birth_date, sex, municipality_code FROM patient WHERE id = ?").bind(1, patientID)
    guard try s.step() else {
      s.reset()
      throw .patientNotFound
    }
    let born = CivilDate(ordinal: Int(s.int(2)))?.iso ?? ""
    var payload: [String: Any] = ["relation": relation.rawValue, "given": s.text(0), "family": s.text(1), "birthDate": born]
    if let sex = Sex(rawValue: s.text(3)), sex != .unknown { payload["sex"] = sex.rawValue }
    if let home = s.optionalText(4) { payload["municipality"] = home }
    s.reset()
    try append(.careRelation, patientID: patientID, payload: payload, at: time)
    try CareBasis(db: db).inCare(patientID)
  }

  /// The end of that relation (a discharge): held the days for documentation, here as on the
  /// server, and then the chart no longer opens here without asking again.
  func appendCareRelationEnd(_ relation: Relation, patientID: Int64, at time: Date) throws(StoreError) {
    guard try keepsOperations() else { return }
    try append(.careRelationEnd, patientID: patientID, payload: ["relation": relation.rawValue], at: time)
    try CareBasis(db: db).inCare(patientID, until: time.addingTimeInterval(Double(CareRelationEnd.documentationDays) * 86_400))
  }

  /// How many operations the server refused, each kept with its reason.
  public func rejectedCount() throws(StoreError) -> Int {
    let s = try db.statement("SELECT count(*) FROM outbox WHERE state = 'rejected'")
    defer { s.reset() }
    _ = try s.step()
    return Int(s.int(0))
  }

  /// How many operations wait to be pushed.
  public func pendingCount() throws(StoreError) -> Int {
    let s = try db.statement("SELECT count(*) FROM outbox WHERE state = 'pending'")
    defer { s.reset() }
    _ = try s.step()
    return Int(s.int(0))
  }

  struct Operation {
    let id: Int64
    let opID: String
    let kind: String
    let patient: String
    let payload: String
  }

  /// Pending operations in the order made, after `id` (those before it are on their way).
  func pending(limit: Int, after id: Int64 = 0) throws(StoreError) -> [Operation] {
    try db.statement(
      "SELECT id, op_id, kind, patient_identifier, payload FROM outbox WHERE state = 'pending' AND id > ? ORDER BY id LIMIT ?"
    ).bind(1, id).bind(2, limit).rows { Operation(id: $0.int(0), opID: $0.text(1), kind: $0.text(2), patient: $0.text(3), payload: $0.text(4)) }
  }

  /// Stores the server's answers to `ops`, all in one transaction: the many "applied" in one
  /// statement, the rest one by one with their reasons. A medication list the server took is
  /// the list in force there from now on.
  func record(_ answers: [SyncPush.Answer], to ops: [Operation]) throws(StoreError) {
    let ids = Dictionary(ops.map { ($0.opID, $0.id) }, uniquingKeysWith: { first, _ in first })
    let lists = Set(ops.lazy.filter { $0.kind == Kind.medicationList.rawValue }.map(\.opID))
    try db.inTransaction { () throws(StoreError) in
      let plain = answers.filter { $0.state == "applied" && $0.reason == nil }.compactMap { ids[$0.opID] }
      try db.statement("UPDATE outbox SET state = 'applied' WHERE id IN (SELECT value FROM json_each(?)) AND state = 'pending'")
        .bind(1, "[" + plain.map(String.init).joined(separator: ",") + "]").run()
      let update = try db.statement("UPDATE outbox SET state = ?, reason = ? WHERE id = ? AND state = 'pending'")
      for a in answers where !(a.state == "applied" && a.reason == nil) {
        guard let id = ids[a.opID] else { continue }
        try update.bind(1, a.state).bind(2, a.reason).bind(3, id).run()
      }
      let sync = MedicationListSync(db: db)
      // "duplicate" carries the first answer: a reply lost after the server took the list.
      for a in answers where lists.contains(a.opID) && (a.state == "applied" || (a.state == "duplicate" && a.reason == "applied")) {
        try sync.applied(a.opID)
      }
    }
  }

}

extension Outbox {
  public init(store: PatientStore) { self.init(db: store.db) }
}
