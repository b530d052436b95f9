import Foundation

/// What came to this workstation from elsewhere by sync since a user last saw the chart: notes
/// written at other workstations, and patients new here (a care relation begun elsewhere: a
/// home-care decision, a GP list, an admission at another terminal). It is news to a user until
/// they see the chart after it came (opened, or drawn again by sync while open): a legevakt's note
/// of the night's visit waits at the top of the GP's lookup, marked, instead of lying unseen in a
/// chart nobody opens, and a home nurse finds the patient granted home nursing today at the top.
///
/// News is kept per user of this workstation (whoever has logged in here) as it arrives, so the
/// opening list reads a few rows by index: worked out from every arrival of the month against
/// every opening, it took 47 ms at 20,000 notes a month, and it is drawn after each sync round
/// that brings something. Opening a chart clears its news (a trigger on the access log).
public struct ChartNews {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// How far back news is looked for: anything older is history, seen or not.
  static let window: TimeInterval = 30 * 24 * 3600

  /// News that came at or before this, seen from `time`, is history.
  private static func cutoff(_ time: Date) -> String { AuditLog.format(time.addingTimeInterval(-window)) }

  /// The users of this workstation, as the access log and the notes name them.
  private static let users = "SELECT 'hpr:' || hpr AS id FROM login_cache"

  /// The note pulled under `opID` has just arrived, in the caller's transaction: news to every
  /// user here but its author.
  func noteArrived(opID: String, at time: Date) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO chart_news(user_id, patient_id, latest, notes)
        SELECT u.id, n.patient_id, ?1, 1 FROM note n, (\(Self.users)) u WHERE n.op_id = ?2 AND u.id <> n.author_id
      ON CONFLICT (user_id, patient_id) DO UPDATE SET latest = excluded.latest,
        -- News left unseen past the window is history: counting starts again.
        notes = CASE WHEN latest > ?3 THEN notes + 1 ELSE 1 END, new_here = CASE WHEN latest > ?3 THEN new_here ELSE 0 END
      """
    ).bind(1, AuditLog.format(time)).bind(2, opID).bind(3, Self.cutoff(time)).run()
  }

  /// The patient's record has just come here for the first time, by a care relation begun
  /// elsewhere (not by a workstation's very first sync: that is where it starts).
  func patientArrived(_ patientID: Int64, at time: Date) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO chart_news(user_id, patient_id, latest, new_here)
        SELECT u.id, ?1, ?2, 1 FROM (\(Self.users)) u WHERE true
      ON CONFLICT (user_id, patient_id) DO UPDATE SET new_here = 1, latest = excluded.latest,
        notes = CASE WHEN latest > ?3 THEN notes ELSE 0 END
      """
    ).bind(1, patientID).bind(2, AuditLog.format(time)).bind(3, Self.cutoff(time)).run()
  }

  /// `user` saw the chart as it is now without opening it again: sync drew it anew while it was
  /// open, with what had arrived.
  public func seen(_ patientID: Int64, by user: String) throws(StoreError) {
    try db.statement("DELETE FROM chart_news WHERE user_id = ? AND patient_id = ?").bind(1, user).bind(2, patientID).run()
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
      "SELECT patient_id, notes, new_here FROM chart_news WHERE user_id = ? AND latest > ? ORDER BY latest DESC LIMIT ?"
    ).bind(1, user).bind(2, Self.cutoff(now)).bind(3, Int64(limit))
      .rows { Item(patientID: $0.int(0), notes: Int($0.int(1)), isNewHere: $0.int(2) == 1) }
  }
}
