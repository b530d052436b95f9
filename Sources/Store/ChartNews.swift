import Foundation

/// What came to this workstation from elsewhere by sync since a user last saw the chart: notes
/// written at other workstations, and patients new here (a care relation begun elsewhere: a
/// home-care decision, a GP list, an admission at another terminal). It is news to a user until
/// they see the chart after it came (opened, or drawn again by sync while open): a legevakt's note
/// of the night's visit waits at the top of the GP's lookup, marked, instead of lying unseen in a
/// chart nobody opens, and a home nurse finds the patient granted home nursing today at the top.
public struct ChartNews {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// How far back news is looked for: anything older is history, seen or not.
  static let window: TimeInterval = 30 * 24 * 3600

  /// The note pulled under `opID` has just arrived, in the caller's transaction.
  func noteArrived(opID: String, at time: Date) throws(StoreError) {
    try db.statement(
      "INSERT OR IGNORE INTO note_arrival(note_id, patient_id, arrived_at) SELECT id, patient_id, ? FROM note WHERE op_id = ?"
    ).bind(1, AuditLog.format(time)).bind(2, opID).run()
  }

  /// The patient's record has just come here for the first time, by a care relation begun
  /// elsewhere (not by a workstation's very first sync: that is where it starts).
  func patientArrived(_ patientID: Int64, at time: Date) throws(StoreError) {
    try db.statement("INSERT OR IGNORE INTO patient_arrival(patient_id, arrived_at) VALUES (?, ?)")
      .bind(1, patientID).bind(2, AuditLog.format(time)).run()
  }

  /// `user` saw the chart as it is now without opening it again: sync drew it anew while it was
  /// open, with what had arrived.
  public func seen(_ patientID: Int64, by user: String, at time: Date) throws(StoreError) {
    try db.statement(
      "INSERT INTO news_seen(user_id, patient_id, at) VALUES (?, ?, ?) ON CONFLICT (user_id, patient_id) DO UPDATE SET at = excluded.at"
    ).bind(1, user).bind(2, patientID).bind(3, AuditLog.format(time)).run()
  }

  /// One chart with news for a user: how many notes by others, and whether the patient is new.
  struct Item: Equatable {
    let patientID: Int64
    let notes: Int
    let isNewHere: Bool
  }

  /// The charts with news for `user`, the newest arrival first.
  func news(for user: String, at now: Date, limit: Int) throws(StoreError) -> [Item] {
    try db.statement(
      """
      WITH fresh(patient_id, arrived_at, note) AS (
        SELECT a.patient_id, a.arrived_at, 1 FROM note_arrival a JOIN note n ON n.id = a.note_id
        WHERE a.arrived_at > ?2 AND n.author_id <> ?1
        UNION ALL
        SELECT p.patient_id, p.arrived_at, 0 FROM patient_arrival p WHERE p.arrived_at > ?2)
      SELECT f.patient_id, sum(f.note), min(f.note) = 0 FROM fresh f
      WHERE f.arrived_at > coalesce(
          (SELECT max(e.at) FROM audit_event e WHERE e.patient_id = f.patient_id AND e.user_id = ?1), '')
        AND f.arrived_at > coalesce((SELECT s.at FROM news_seen s WHERE s.user_id = ?1 AND s.patient_id = f.patient_id), '')
      GROUP BY f.patient_id ORDER BY max(f.arrived_at) DESC LIMIT ?3
      """
    ).bind(1, user).bind(2, AuditLog.format(now.addingTimeInterval(-Self.window))).bind(3, Int64(limit))
      .rows { Item(patientID: $0.int(0), notes: Int($0.int(1)), isNewHere: $0.int(2) == 1) }
  }
}
