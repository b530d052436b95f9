import Clinical
import Foundation

/// The merge rule for the patient's particulars (name, sex, home municipality): field by field.
/// Each changed field names the change it follows (its base), and the server takes a field whose
/// base is the last change it holds for that field, so changes of different fields made at once
/// both stand. A field changed here
/// and elsewhere on the same base is a conflict: this record keeps its own value, shows the
/// other one beside it, and the clinician's next save of the name answers it.
struct DemographicsSync {
  let db: SQLiteDatabase

  /// After a save here, in its transaction: the fields' conflicts are answered, and the
  /// operation for the server carries each field with the change it follows.
  func changed(_ changes: [(DemographicField, from: String?, to: String?)], for patientID: Int64, by name: String, at time: Date) throws(StoreError) {
    try SyncConflicts(db: db).resolve(changes.map(\.0), of: patientID, by: name, at: time)
    let outbox = Outbox(db: db)
    guard try outbox.keepsOperations() else { return }
    let opID = UUID().uuidString.lowercased()
    var fields: [String: Any] = [:]
    for (field, from, to) in changes {
      let base: Any = try head(patientID, field) ?? NSNull()
      fields[field.rawValue] = ["from": from as Any? ?? NSNull(), "to": to as Any? ?? NSNull(), "base": base]
      try setHead(patientID, field, opID)
    }
    try outbox.append(.demographics, patientID: patientID, payload: ["fields": fields, "by": name, "at": AuditLog.format(time)], at: time, opID: opID)
  }

  /// A change the server stored, pulled in the caller's transaction: each field the server
  /// took is taken here when it follows this record's last change of the field, and is a
  /// conflict when this record changed the field too. False when nothing was new.
  func pulled(_ opID: String, for patientID: Int64, payload: [String: Any], at now: Date) throws(StoreError) -> Bool {
    guard let fields = payload["fields"] as? [String: [String: Any]], let accepted = payload["accepted"] as? [String] else { return false }
    let by = payload["by"] as? String ?? ""
    let at = (payload["at"] as? String).flatMap(AuditLog.parse) ?? now
    var (particulars, _) = try DemographicsLog(db: db).particulars(patientID)
    var took = false
    for key in accepted {
      guard let field = DemographicField(rawValue: key), let change = fields[key] else { continue }
      let head = try head(patientID, field)
      if head == opID { continue }
      let value = change["to"] as? String
      if head == change["base"] as? String {
        particulars = field.setting(value, in: particulars)
      } else if field.value(in: particulars) != value {
        try SyncConflicts(db: db).record(
          .demographics, patientID: patientID, opID: "\(opID)/\(key)", origin: "\(by) \(ClockText.dateTime(at))", at: now,
          field: field, otherValue: value ?? "")
      }
      // Either way the server's last change of the field is this one: the next save here follows it.
      try setHead(patientID, field, opID)
      took = true
    }
    if took { try DemographicsLog(db: db).write(particulars, for: patientID) }
    return took
  }

  private func head(_ patientID: Int64, _ field: DemographicField) throws(StoreError) -> String? {
    let s = try db.statement("SELECT op_id FROM demographic_head WHERE patient_id = ? AND field = ?").bind(1, patientID).bind(2, field.rawValue)
    defer { s.reset() }
    return try s.step() ? s.text(0) : nil
  }

  private func setHead(_ patientID: Int64, _ field: DemographicField, _ opID: String) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO demographic_head(patient_id, field, op_id) VALUES (?, ?, ?)
      ON CONFLICT (patient_id, field) DO UPDATE SET op_id = excluded.op_id
      """
    ).bind(1, patientID).bind(2, field.rawValue).bind(3, opID).run()
  }
}
