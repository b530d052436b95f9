import Foundation

/// Notes written at other workstations that reached this one by sync. A note is news to a user
/// until they see the patient's chart after it came (opened, or drawn again by sync while open):
/// a legevakt's note of the night's visit waits at the top of the GP's lookup, marked, instead of
/// lying unseen in a chart nobody opens.
public struct NoteArrivals {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// How far back news is looked for: a note older than this is history, opened or not.
  static let window: TimeInterval = 30 * 24 * 3600

  /// The note pulled under `opID` has just arrived, in the caller's transaction.
  func arrived(opID: String, at time: Date) throws(StoreError) {
    try db.statement(
      "INSERT OR IGNORE INTO note_arrival(note_id, patient_id, arrived_at) SELECT id, patient_id, ? FROM note WHERE op_id = ?"
    ).bind(1, AuditLog.format(time)).bind(2, opID).run()
  }

  /// `user` saw the chart as it is now without opening it again: sync drew it anew while it was
  /// open, with what had arrived.
  public func seen(_ patientID: Int64, by user: String, at time: Date) throws(StoreError) {
    try db.statement(
      "INSERT INTO news_seen(user_id, patient_id, at) VALUES (?, ?, ?) ON CONFLICT (user_id, patient_id) DO UPDATE SET at = excluded.at"
    ).bind(1, user).bind(2, patientID).bind(3, AuditLog.format(time)).run()
  }

  /// Patients with notes by others that came after `user` last saw their chart, the newest
  /// arrival first, with how many each has.
  func news(for user: String, at now: Date, limit: Int) throws(StoreError) -> [(patientID: Int64, notes: Int)] {
    try db.statement(
      """
      SELECT a.patient_id, count(*) FROM note_arrival a JOIN note n ON n.id = a.note_id
      WHERE a.arrived_at > ?2 AND n.author_id <> ?1
        AND a.arrived_at > coalesce(
          (SELECT max(e.at) FROM audit_event e WHERE e.patient_id = a.patient_id AND e.user_id = ?1), '')
        AND a.arrived_at > coalesce((SELECT s.at FROM news_seen s WHERE s.user_id = ?1 AND s.patient_id = a.patient_id), '')
      GROUP BY a.patient_id ORDER BY max(a.arrived_at) DESC LIMIT ?3
      """
    ).bind(1, user).bind(2, AuditLog.format(now.addingTimeInterval(-Self.window))).bind(3, Int64(limit))
      .rows { (patientID: $0.int(0), notes: Int($0.int(1))) }
  }
}
