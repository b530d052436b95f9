import Clinical
import Foundation

/// Conflicts sync found and could not merge, kept until a clinician resolves them. Resolving is
/// never a button here: it is the clinical act itself (signing the reconciled list), which
/// names the versions it considered so that other workstations close the conflict too.
public struct SyncConflicts {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  public func openCount() throws(StoreError) -> Int {
    let s = try db.statement("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")
    defer { s.reset() }
    _ = try s.step()
    return Int(s.int(0))
  }

  /// Open conflicts of each kind for one patient, in one query: the chart marks each section
  /// until its conflicts are gone.
  public func openCounts(_ patientID: Int64) throws(StoreError) -> [SyncConflict.Kind: Int] {
    let rows = try db.statement("SELECT kind, count(*) FROM sync_conflict WHERE patient_id = ? AND resolved_at IS NULL GROUP BY kind")
      .bind(1, patientID).rows { ($0.text(0), Int($0.int(1))) }
    var out: [SyncConflict.Kind: Int] = [:]
    for (kind, count) in rows { if let kind = SyncConflict.Kind(rawValue: kind) { out[kind] = count } }
    return out
  }

  public func openCount(_ patientID: Int64, kind: SyncConflict.Kind) throws(StoreError) -> Int {
    try openCounts(patientID)[kind] ?? 0
  }

  /// Open conflicts, oldest first.
  public func open(limit: Int) throws(StoreError) -> [SyncConflict] {
    let rows = try db.statement(
      """
      SELECT id, patient_id, kind, origin, detected_at, case_id, stay_id, visit_id FROM sync_conflict
      WHERE resolved_at IS NULL ORDER BY detected_at, id LIMIT ?
      """
    ).bind(1, limit).rows { s in
      (s.int(0), s.int(1), s.text(2), s.text(3), s.text(4), s.optionalInt(5), s.optionalInt(6), s.optionalInt(7))
    }
    let reader = PatientReader(db: db)
    var out: [SyncConflict] = []
    for (id, patientID, kind, origin, detected, caseID, stayID, visitID) in rows {
      guard let patient = try reader.listings([patientID]).first, let kind = SyncConflict.Kind(rawValue: kind) else { continue }
      out.append(
        SyncConflict(
          id: id, patient: patient, kind: kind, origin: origin,
          detectedAt: AuditLog.parse(detected) ?? Date(timeIntervalSince1970: 0), caseID: caseID, stayID: stayID,
          visitID: visitID))
    }
    return out
  }

  /// Records the other version `opID` as a conflict (once, however often it is pulled): about
  /// a service case, a stay, a legevakt visit (with the other level), or a field of the name
  /// with the other record's value. `reopening` opens it again if it was resolved: for a
  /// conflict found by folding changes whose order can still turn (a bed, a level), where the
  /// same change can stand behind another again.
  func record(
    _ kind: SyncConflict.Kind, patientID: Int64, opID: String, origin: String, at time: Date, caseID: Int64? = nil,
    field: DemographicField? = nil, otherValue: String? = nil, stayID: Int64? = nil, visitID: Int64? = nil, reopening: Bool = false
  ) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO sync_conflict(patient_id, kind, op_id, origin, detected_at, case_id, field, other_value, stay_id, visit_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(op_id) DO \(reopening ? "UPDATE SET resolved_at = NULL, resolved_by = NULL" : "NOTHING")
      """
    ).bind(1, patientID).bind(2, kind.rawValue).bind(3, opID).bind(4, origin).bind(5, AuditLog.format(time)).bind(6, caseID)
      .bind(7, field?.rawValue).bind(8, otherValue).bind(9, stayID).bind(10, visitID).run()
  }

  /// Who took the step that won over one taken here on the case, while the conflict is open.
  func openOrigin(caseID: Int64) throws(StoreError) -> String? {
    let s = try db.statement("SELECT origin FROM sync_conflict WHERE case_id = ? AND resolved_at IS NULL ORDER BY id DESC LIMIT 1")
      .bind(1, caseID)
    defer { s.reset() }
    return try s.step() ? s.text(0) : nil
  }

  /// The other record's value of each field of the particulars in open conflict.
  func otherDemographicValues(_ patientID: Int64) throws(StoreError) -> [DemographicField: DemographicField.Other] {
    let rows = try db.statement(
      """
      SELECT field, other_value, origin FROM sync_conflict
      WHERE patient_id = ? AND kind = 'demographics' AND resolved_at IS NULL ORDER BY id
      """
    ).bind(1, patientID).rows { ($0.text(0), DemographicField.Other(value: $0.optionalText(1) ?? "", origin: $0.text(2))) }
    var out: [DemographicField: DemographicField.Other] = [:]
    for (field, other) in rows { if let field = DemographicField(rawValue: field) { out[field] = other } }
    return out
  }

  /// Closes the open bed conflicts of every stay but `stays`: those no longer behind another or
  /// admitted twice.
  func resolveBeds(except stays: Set<Int64>, by who: String, at time: Date) throws(StoreError) {
    try db.statement(
      """
      UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?
      WHERE kind = 'bed' AND resolved_at IS NULL AND stay_id NOT IN (\(stays.map(String.init).joined(separator: ",")))
      """
    ).bind(1, AuditLog.format(time)).bind(2, who).run()
  }

  /// Closes the visit's open triage conflicts but the one recorded for `disputed`, the operation
  /// of the level still in dispute (if any).
  func resolveTriage(_ visitID: Int64, except disputed: String?, by who: String, at time: Date) throws(StoreError) {
    try db.statement(
      """
      UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?
      WHERE visit_id = ? AND kind = 'triage' AND resolved_at IS NULL AND op_id IS NOT ?
      """
    ).bind(1, AuditLog.format(time)).bind(2, who).bind(3, visitID).bind(4, disputed).run()
  }

  /// Closes the case's open conflicts: the case officer has seen them.
  func resolve(caseID: Int64, by who: String, at time: Date) throws(StoreError) {
    try db.statement("UPDATE sync_conflict SET resolved_at = ?, resolved_by = ? WHERE case_id = ? AND resolved_at IS NULL")
      .bind(1, AuditLog.format(time)).bind(2, who).bind(3, caseID).run()
  }

  /// Closes the open conflicts about these fields of the patient's particulars: saving them
  /// answers them.
  func resolve(_ fields: [DemographicField], of patientID: Int64, by who: String, at time: Date) throws(StoreError) {
    let update = try db.statement(
      """
      UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?
      WHERE patient_id = ? AND kind = 'demographics' AND field = ? AND resolved_at IS NULL
      """)
    for field in fields { try update.bind(1, AuditLog.format(time)).bind(2, who).bind(3, patientID).bind(4, field.rawValue).run() }
  }

  /// Closes the open conflicts of `kind` for the patient, resolved by `who`; returns the other
  /// versions' operation ids, which the resolving version carries to the server.
  func resolveAll(_ kind: SyncConflict.Kind, patientID: Int64, by who: String, at time: Date) throws(StoreError) -> [String] {
    let ids = try db.statement("SELECT op_id FROM sync_conflict WHERE patient_id = ? AND kind = ? AND resolved_at IS NULL")
      .bind(1, patientID).bind(2, kind.rawValue).rows { $0.text(0) }
    try db.statement("UPDATE sync_conflict SET resolved_at = ?, resolved_by = ? WHERE patient_id = ? AND kind = ? AND resolved_at IS NULL")
      .bind(1, AuditLog.format(time)).bind(2, who).bind(3, patientID).bind(4, kind.rawValue).run()
    return ids
  }

  /// Closes the conflicts about these versions: someone elsewhere resolved them.
  func resolve(opIDs: [String], by who: String, at time: Date) throws(StoreError) {
    let update = try db.statement("UPDATE sync_conflict SET resolved_at = ?, resolved_by = ? WHERE op_id = ? AND resolved_at IS NULL")
    for op in opIDs { try update.bind(1, AuditLog.format(time)).bind(2, who).bind(3, op).run() }
  }
}
