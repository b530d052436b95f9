import Foundation

/// Removes from this workstation the records it may no longer open: the care relation ended
/// (after the days for documentation), break-glass access ran out, or the place a patient was
/// held for alone went to another home. The central server keeps them, and a relation begun
/// again fetches the whole record back. A record is removed only when nothing of it waits here:
/// no operation still to send, none the server refused (that one needs a person), no stay or
/// legevakt visit still open, no place on the waiting list. A record that never came through the
/// server (a FHIR import with no care basis) is never removed.
///
/// What belongs to the record is read from the schema's foreign keys, children first, so a
/// table added later is removed with the rest without being named here.
public struct RecordPurge {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// Returns how many records were removed.
  @discardableResult
  public func run(at now: Date) throws(StoreError) -> Int {
    let ended = try db.statement(
      """
      WITH ended(patient_id) AS (
        SELECT patient_id FROM care_basis WHERE until IS NOT NULL AND until <= ?1
        UNION ALL
        -- Held only for a place this home was offered, and another home took it.
        SELECT p.id FROM patient p WHERE p.held_for_offer = 1
          AND NOT EXISTS (SELECT 1 FROM care_basis b WHERE b.patient_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM bed_waiting w WHERE w.patient_id = p.id AND w.placed_with IS NULL))
      SELECT c.patient_id FROM ended c
      WHERE NOT EXISTS (SELECT 1 FROM bed_waiting w WHERE w.patient_id = c.patient_id AND w.admitted_stay IS NULL
          AND w.placed_with IS NULL)
        AND NOT EXISTS (SELECT 1 FROM outbox o JOIN identifier i ON i.value = o.patient_identifier
          WHERE i.patient_id = c.patient_id AND o.state IN ('pending', 'rejected'))
        AND NOT EXISTS (SELECT 1 FROM stay s WHERE s.patient_id = c.patient_id AND s.discharged IS NULL AND s.bed_id IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM triage_visit v WHERE v.patient_id = c.patient_id AND \(TriageLog.stillHere))
      """
    ).bind(1, AuditLog.format(now)).rows { $0.int(0) }
    guard !ended.isEmpty else { return 0 }
    let references = try self.references()
    try db.inTransaction { () throws(StoreError) in
      for patientID in ended {
        try db.statement("INSERT INTO record_purge(patient_id) VALUES (?)").bind(1, patientID).run()
        // The operations already answered go with the record they carried.
        try db.statement(
          "DELETE FROM outbox WHERE patient_identifier IN (SELECT value FROM identifier WHERE patient_id = ?)"
        ).bind(1, patientID).run()
        try remove(from: "patient", where: "rowid = \(patientID)", references, depth: 0)
        try db.statement("DELETE FROM record_purge WHERE patient_id = ?").bind(1, patientID).run()
      }
    }
    return ended.count
  }

  /// A foreign key: `table.column` points at a row of the parent by `parentColumn`.
  private struct Reference {
    let table: String
    let column: String
    let parentColumn: String
  }

  /// Every foreign key of the store, by the table it points at.
  private func references() throws(StoreError) -> [String: [Reference]] {
    let rows = try db.statement(
      """
      SELECT m.name, f."from", f."table", coalesce(f."to", 'rowid')
      FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
      """
    ).rows { ($0.text(0), $0.text(1), $0.text(2), $0.text(3)) }
    var out: [String: [Reference]] = [:]
    for (table, column, parent, parentColumn) in rows {
      out[parent, default: []].append(Reference(table: table, column: column, parentColumn: parentColumn))
    }
    return out
  }

  /// Deletes the rows of `table` that `condition` selects, after every row pointing at them.
  /// A table pointing at itself (an addendum at its note) goes in the same statement.
  private func remove(from table: String, where condition: String, _ references: [String: [Reference]], depth: Int) throws(StoreError) {
    guard depth < 8 else { throw .sqlite(code: 1, message: "foreign keys nest deeper than a record does, from \(table)") }
    for child in references[table] ?? [] where child.table != table {
      try remove(
        from: child.table, where: "\"\(child.column)\" IN (SELECT \"\(child.parentColumn)\" FROM \"\(table)\" WHERE \(condition))",
        references, depth: depth + 1)
    }
    try db.execute("DELETE FROM \"\(table)\" WHERE \(condition)")
  }
}
