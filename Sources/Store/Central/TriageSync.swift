import Clinical
import Foundation

/// The legevakt's queue over sync. Each change of a visit names the field it set: a re-triage
/// sets the level, a move the status, a registration both. A visit's level and status are those
/// of its latest change of each, in the order the changes became known here; pull keeps that
/// order equal to the server's, since a change made here takes its place when it comes back
/// (everything before it on the server has come first). So a nurse re-triaging while the
/// doctor takes the patient in both stand. Two re-triages made at once, neither knowing the
/// other, are a triage conflict when their levels differ (`LevelDisagreement`): the visit stands
/// at the more urgent level until a nurse sets it again, the same everywhere once all have pulled.
struct TriageSync {
  let db: SQLiteDatabase

  /// Keeps a change made here or pulled, last in this store's order; `seen` names the settings of
  /// the level its maker held.
  func keep(
    _ visitID: Int64, change: String, status: TriageVisit.Status, level: TriageLevel, reason: String?, by: String, at: String,
    opID: String?, seen: [String]? = nil
  ) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO triage_event(visit_id, at, status, level, reason, by, change, op_id, seen, sync_order)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(sync_order), 0) + 1 FROM triage_event))
      """
    ).bind(1, visitID).bind(2, at).bind(3, status.rawValue).bind(4, level.rawValue).bind(5, reason).bind(6, by)
      .bind(7, change).bind(8, opID).bind(9, seen.map(Self.list)).run()
  }

  /// The operations of the visit's settings of the level held here: what a re-triage made now
  /// was made knowing.
  func settingsHeld(_ visitID: Int64) throws(StoreError) -> [String] {
    try db.statement("SELECT op_id FROM triage_event WHERE visit_id = ? AND op_id IS NOT NULL AND \(Self.setsLevel)")
      .bind(1, visitID).rows { $0.text(0) }
  }

  /// A change as the server keeps it: a visit registered elsewhere opens here; a change made
  /// here and come back takes its place in the server's order. True when the queue changed.
  func pulled(_ opID: String, for patientID: Int64, payload: [String: Any]) throws(StoreError) -> Bool {
    guard let uid = payload["visit"] as? String, let change = payload["change"] as? String,
      let at = payload["at"] as? String, let by = payload["by"] as? String
    else { return false }
    let own = try db.statement("SELECT visit_id FROM triage_event WHERE op_id = ?").bind(1, opID)
    let ownVisit = try own.step() ? own.int(0) : nil
    own.reset()
    if let ownVisit {
      try db.statement("UPDATE triage_event SET sync_order = (SELECT max(sync_order) + 1 FROM triage_event) WHERE op_id = ?")
        .bind(1, opID).run()
      return try refold(ownVisit)
    }
    let found = try db.statement("SELECT id, status, level FROM triage_visit WHERE uid = ?").bind(1, uid)
    let visit = try found.step() ? (id: found.int(0), status: found.text(1), level: Int(found.int(2))) : nil
    found.reset()
    let level = (payload["level"] as? Int).flatMap(TriageLevel.init(rawValue:))
    let status = (payload["status"] as? String).flatMap(TriageVisit.Status.init(rawValue:))
    switch (change, visit) {
    case ("register", nil):
      guard let level, let complaint = (payload["complaint"] as? String).flatMap(ComplaintGroup.init(rawValue:)),
        let arrived = payload["arrivedAt"] as? String
      else { return false }
      try db.statement(
        """
        INSERT INTO triage_visit(patient_id, complaint, level, computed_level, arrived_at, last_triaged_at, status,
          status_since, news2, registered_by, uid, organisation)
        VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?)
        """
      ).bind(1, patientID).bind(2, complaint.rawValue).bind(3, level.rawValue).bind(4, level.rawValue).bind(5, arrived)
        .bind(6, at).bind(7, at).bind(8, payload["news2"] as? Int).bind(9, by).bind(10, uid)
        .bind(11, payload["organisation"] as? String).run()
      try keep(db.lastInsertRowID, change: change, status: .waiting, level: level, reason: nil, by: by, at: at, opID: opID)
      return true
    case ("level", let visit?):
      guard let level else { return false }
      // A list the server let through but not of operations reads as knowing none: the visit
      // then asks a nurse rather than pass over a level.
      let seen = payload["seen"].map { ($0 as? [String]) ?? [] }
      try keep(
        visit.id, change: change, status: TriageVisit.Status(rawValue: visit.status) ?? .waiting, level: level,
        reason: payload["reason"] as? String, by: by, at: at, opID: opID, seen: seen)
      return try refold(visit.id)
    case ("status", let visit?):
      guard let status else { return false }
      try keep(
        visit.id, change: change, status: status, level: TriageLevel(rawValue: visit.level) ?? .red, reason: nil, by: by,
        at: at, opID: opID)
      return try refold(visit.id)
    default:
      // A change of a visit this store never had (it arrived before this store synced), or
      // a registration of one it has.
      return false
    }
  }

  /// The visit's level from its latest change of the level, its status from its latest change
  /// of the status (a change from before the queue was shared set both); then whether two
  /// levels are in dispute. True when it changed.
  private func refold(_ visitID: Int64) throws(StoreError) -> Bool {
    let before = try state(visitID)
    let latest = "ORDER BY coalesce(e.sync_order, 0) DESC, e.id DESC LIMIT 1"
    try db.statement(
      """
      UPDATE triage_visit SET
        (level, level_reason, last_triaged_at) = (SELECT e.level, e.reason, e.at FROM triage_event e
          WHERE e.visit_id = triage_visit.id AND \(Self.setsLevel) \(latest)),
        (status, status_since) = (SELECT e.status, e.at FROM triage_event e
          WHERE e.visit_id = triage_visit.id AND (e.change IS NULL OR e.change IN ('register', 'status')) \(latest))
      WHERE id = ?
      """
    ).bind(1, visitID).run()
    try settle(visitID)
    return try state(visitID) != before
  }

  /// A change of `triage_event` that set the level.
  private static let setsLevel = "(change IS NULL OR change IN ('register', 'level'))"

  /// Records the visit's triage conflict when its latest level was set not knowing another
  /// one still standing (the visit then stands at the more urgent of them), and closes it once
  /// a level is set knowing both, or the patient has left.
  func settle(_ visitID: Int64) throws(StoreError) {
    let settings = try db.statement(
      """
      SELECT op_id, level, reason, seen, by, at FROM triage_event
      WHERE visit_id = ? AND \(Self.setsLevel) ORDER BY coalesce(sync_order, 0), id
      """
    ).bind(1, visitID).rows { s in
      LevelDisagreement.Setting(
        op: s.optionalText(0), level: TriageLevel(rawValue: Int(s.int(1))) ?? .red, reason: s.optionalText(2),
        seen: s.optionalText(3).map { Set(Self.list($0)) }, by: s.text(4), at: s.text(5))
    }
    let visit = try db.statement("SELECT patient_id, status FROM triage_visit WHERE id = ?").bind(1, visitID)
    guard try visit.step() else { return }
    let patientID = visit.int(0)
    let hasLeft = TriageVisit.Status(rawValue: visit.text(1))?.hasLeft ?? false
    visit.reset()
    let disagreement = hasLeft ? nil : LevelDisagreement.among(settings)
    let conflicts = SyncConflicts(db: db)
    let now = Date()
    if let disagreement, let otherOp = disagreement.other.op {
      try db.statement("UPDATE triage_visit SET level = ?, level_reason = ?, last_triaged_at = ? WHERE id = ?")
        .bind(1, disagreement.standing.level.rawValue).bind(2, disagreement.standing.reason)
        .bind(3, disagreement.standing.at).bind(4, visitID).run()
      let when = AuditLog.parse(disagreement.other.at).map(ClockText.dateTime) ?? ""
      try conflicts.record(
        .triage, patientID: patientID, opID: otherOp, origin: "\(disagreement.other.by) \(when)", at: now,
        otherValue: String(disagreement.other.level.rawValue), visitID: visitID, reopening: true)
    }
    try conflicts.resolveTriage(visitID, except: disagreement?.other.op, by: settings.last?.by ?? "", at: now)
  }

  /// A list of operations as `seen` keeps it.
  private static func list(_ ops: [String]) -> String {
    String(decoding: (try? JSONSerialization.data(withJSONObject: ops)) ?? Data("[]".utf8), as: UTF8.self)
  }

  private static func list(_ text: String) -> [String] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String] ?? []
  }

  private func state(_ visitID: Int64) throws(StoreError) -> [String?] {
    let s = try db.statement("SELECT level, level_reason, status FROM triage_visit WHERE id = ?").bind(1, visitID)
    defer { s.reset() }
    guard try s.step() else { return [] }
    return [String(s.int(0)), s.optionalText(1), s.text(2)]
  }
}
