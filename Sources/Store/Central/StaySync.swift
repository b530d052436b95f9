import Clinical
import Foundation

/// The census over sync. Each change of a stay names what it set: an admission the stay and its
/// bed, a transfer the bed, a discharge the end. A stay's bed is that of its latest admission or
/// transfer, its end that of its latest discharge, in the server's order: each change keeps the
/// server's change number (`sync_order`), and one made here, until it comes back, a number after
/// all of the server's. Unlike the legevakt's queue, where only one visit's changes are ordered
/// against each other, the order here runs across patients (who came to a bed first), so it is
/// the server's number itself and not the order changes arrived in: a patient's record fetched
/// whole when a relation begins brings changes out of that order.
///
/// Two workstations offline may put two patients in one bed. Both stays stand (no admission is
/// lost), the one placed there first in the server's order holds the bed, and the other is a
/// bed conflict until a clinician moves or discharges one of them, at any workstation. The same
/// holds for one patient admitted at two workstations at once: the second stay is the conflict,
/// resolved by withdrawing one of the two (not a discharge: it was never a stay of its own).
struct StaySync {
  let db: SQLiteDatabase

  /// Keeps a change made here, the stay then read from its changes as a pulled one is, and sends
  /// it when the store syncs (a stay in a bed the server did not set up has no id, and its
  /// changes stay here).
  func made(_ stayID: Int64, _ change: StayChange, by clinician: Clinician, at time: Date) throws(StoreError) {
    let s = try db.statement("SELECT uid, patient_id FROM stay WHERE id = ?").bind(1, stayID)
    guard try s.step() else {
      s.reset()
      throw .notAdmitted
    }
    let uid = s.optionalText(0)
    let patientID = s.int(1)
    s.reset()
    let bedUID = try change.bedID.map { bed throws(StoreError) in try self.bedUID(bed) } ?? nil
    let opID = uid == nil ? nil : UUID().uuidString.lowercased()
    let at = AuditLog.format(time)
    var payload: [String: Any] = ["change": change.name, "at": at, "by": clinician.name]
    let onDay: CivilDate?
    let detail: String?
    switch change {
    case .admit(_, let type, let on, let expected):
      (onDay, detail) = (on, type.rawValue)
      payload["type"] = type.rawValue
      if let expected { payload["expected"] = expected.iso }
    case .transfer:
      (onDay, detail) = (nil, nil)
    case .discharge(let on, let destination):
      (onDay, detail) = (on, destination.rawValue)
      payload["destination"] = destination.rawValue
    case .withdraw:
      (onDay, detail) = (nil, nil)
    }
    try keep(stayID, change.name, bedID: change.bedID, detail: detail, onDay: onDay, by: clinician.name, at: at, opID: opID, seq: nil)
    _ = try refold(stayID, by: clinician.name, at: time)
    // A change naming a bed the server does not know could only be refused there.
    guard let uid, let opID, change.bedID == nil || bedUID != nil else { return }
    payload["stay"] = uid
    if let bedUID { payload["bed"] = bedUID }
    if let onDay { payload["on"] = onDay.iso }
    try Outbox(db: db).append(.stay, patientID: patientID, payload: payload, at: time, opID: opID)
  }

  /// An id for a new stay when its bed was set up on the server (its stays travel).
  func newStayUID(bed bedID: Int64) throws(StoreError) -> String? {
    try bedUID(bedID) == nil ? nil : UUID().uuidString.lowercased()
  }

  /// A change as the server keeps it, `seq` its number there: a stay begun elsewhere opens
  /// here; a change made here and come back takes its place in the server's order. True when the
  /// census changed.
  func pulled(_ opID: String, for patientID: Int64, payload: [String: Any], seq: Int64?, at now: Date) throws(StoreError) -> Bool {
    guard let uid = payload["stay"] as? String, let change = payload["change"] as? String,
      let at = payload["at"] as? String, let by = payload["by"] as? String
    else { return false }
    let known = try db.statement("SELECT stay_id FROM stay_event WHERE op_id = ?").bind(1, opID)
    let knownStay = try known.step() ? known.int(0) : nil
    known.reset()
    if let knownStay {
      guard let seq else { return false }
      try db.statement("UPDATE stay_event SET sync_order = ? WHERE op_id = ?").bind(1, seq).bind(2, opID).run()
      return try refold(knownStay, by: by, at: now)
    }
    let found = try db.statement("SELECT id FROM stay WHERE uid = ?").bind(1, uid)
    let stay = try found.step() ? found.int(0) : nil
    found.reset()
    // A bed of another organisation's ward (the record followed the patient here) is not kept.
    let bed = try (payload["bed"] as? String).map { b throws(StoreError) in try bedID(uid: b) } ?? nil
    let onDay = (payload["on"] as? String).flatMap(FHIRMedicationList.civilDate)
    switch (change, stay) {
    case ("admit", nil):
      guard let bed, let onDay, let type = (payload["type"] as? String).flatMap(StayType.init(rawValue:)) else { return false }
      let expected = (payload["expected"] as? String).flatMap(FHIRMedicationList.civilDate)
      try db.statement(
        """
        INSERT INTO stay(patient_id, bed_id, municipality_code, stay_type, admitted, expected_discharge, uid)
        SELECT ?, ?, w.municipality_code, ?, ?, ?, ? FROM bed b JOIN ward w ON w.id = b.ward_id WHERE b.id = ?
        """
      ).bind(1, patientID).bind(2, bed).bind(3, type.rawValue).bind(4, onDay.ordinal).bind(5, expected?.ordinal)
        .bind(6, uid).bind(7, bed).run()
      let stayID = db.lastInsertRowID
      // Admitted from the waiting list elsewhere: off it here too.
      try db.statement(
        """
        UPDATE bed_waiting SET admitted_stay = ?1 WHERE id = (SELECT id FROM bed_waiting
          WHERE patient_id = ?2 AND admitted_stay IS NULL ORDER BY since LIMIT 1)
        """
      ).bind(1, stayID).bind(2, patientID).run()
      try keep(stayID, change, bedID: bed, detail: type.rawValue, onDay: onDay, by: by, at: at, opID: opID, seq: seq)
      _ = try refold(stayID, by: by, at: now)
      return true
    case ("transfer", let stay?):
      guard let bed else { return false }
      try keep(stay, change, bedID: bed, detail: nil, onDay: nil, by: by, at: at, opID: opID, seq: seq)
      return try refold(stay, by: by, at: now)
    case ("discharge", let stay?):
      guard let onDay, let destination = (payload["destination"] as? String).flatMap(DischargeDestination.init(rawValue:)) else {
        return false
      }
      try keep(stay, change, bedID: nil, detail: destination.rawValue, onDay: onDay, by: by, at: at, opID: opID, seq: seq)
      return try refold(stay, by: by, at: now)
    case ("withdraw", let stay?):
      try keep(stay, change, bedID: nil, detail: nil, onDay: nil, by: by, at: at, opID: opID, seq: seq)
      return try refold(stay, by: by, at: now)
    default:
      // A change of a stay this store never had, or an admission of one it has.
      return false
    }
  }

  /// Keeps one change at its place in the server's order (`seq`), or after all of the server's
  /// changes while it is only here.
  private func keep(
    _ stayID: Int64, _ kind: String, bedID: Int64?, detail: String?, onDay: CivilDate?, by: String, at: String, opID: String?,
    seq: Int64?
  ) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO stay_event(stay_id, at, kind, bed_id, detail, by, op_id, on_day, sync_order)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, \(Self.onlyHere) + (SELECT coalesce(max(id), 0) + 1 FROM stay_event)))
      """
    ).bind(1, stayID).bind(2, at).bind(3, kind).bind(4, bedID).bind(5, detail).bind(6, by).bind(7, opID)
      .bind(8, onDay?.ordinal).bind(9, seq).run()
  }

  /// Where the changes made here begin in the order, until the server numbers them: after any
  /// number the server gives (2^62).
  private static let onlyHere: Int64 = 1 << 62

  /// The stay's bed from its latest admission or transfer, its end from its latest discharge or
  /// withdrawal (a withdrawn stay ends the day it began, and counts as no stay); then the beds
  /// settled. True when the stay changed.
  private func refold(_ stayID: Int64, by who: String, at now: Date) throws(StoreError) -> Bool {
    let before = try state(stayID)
    let latest = "ORDER BY coalesce(e.sync_order, 0) DESC, e.id DESC LIMIT 1"
    try db.statement(
      """
      UPDATE stay SET (bed_id, placed_order) = (SELECT e.bed_id, e.sync_order FROM stay_event e
          WHERE e.stay_id = stay.id AND e.kind IN ('admit', 'transfer') AND e.bed_id IS NOT NULL \(latest)),
        (discharged, destination) = (SELECT coalesce(e.on_day, stay.admitted), e.detail FROM stay_event e
          WHERE e.stay_id = stay.id AND e.kind IN ('discharge', 'withdraw') \(latest)),
        withdrawn = coalesce((SELECT e.kind = 'withdraw' FROM stay_event e
          WHERE e.stay_id = stay.id AND e.kind IN ('discharge', 'withdraw') \(latest)), 0)
      WHERE id = ?
      """
    ).bind(1, stayID).run()
    let s = try db.statement("SELECT admitted, discharged FROM stay WHERE id = ? AND NOT withdrawn").bind(1, stayID)
    let dates = try s.step() ? (CivilDate(ordinal: Int(s.int(0))), s.optionalInt(1).flatMap { CivilDate(ordinal: Int($0)) }) : nil
    s.reset()
    if case let ((admitted?, discharged?))? = dates {
      try db.statement("UPDATE stay SET discharge_quarter = ?, nights = ? WHERE id = ?")
        .bind(1, LengthOfStay.Quarter(discharged).key).bind(2, LengthOfStay.nights(admitted: admitted, discharged: discharged))
        .bind(3, stayID).run()
    } else {
      try db.statement("UPDATE stay SET discharge_quarter = NULL, nights = NULL WHERE id = ?").bind(1, stayID).run()
    }
    try settle(by: who, at: now)
    return try state(stayID) != before
  }

  /// Records a bed conflict for each stay in a bed another stay was placed in before it, for
  /// each stay of a patient admitted before in another (two workstations admitted the same
  /// patient at once), and for each stay whose place from the waiting list another home took, or
  /// the municipality ended, at the same time (`PlaceOfferSync`); closes those of stays no longer
  /// in that position (moved, discharged, or the other gone), as resolved by `who` made the change
  /// that settled it.
  func settle(by who: String, at now: Date) throws(StoreError) {
    let behind = try db.statement(
      """
      SELECT s.id, s.patient_id, coalesce(placing.op_id, 'stay-' || s.id || '-' || s.placed_order), holder.by, holder.at
      FROM stay s
      JOIN stay t ON t.bed_id = s.bed_id AND t.discharged IS NULL AND t.id <> s.id
        AND (coalesce(t.placed_order, 0), t.id) < (coalesce(s.placed_order, 0), s.id)
      LEFT JOIN stay_event placing ON placing.stay_id = s.id AND placing.sync_order = s.placed_order
      LEFT JOIN stay_event holder ON holder.stay_id = t.id AND holder.sync_order = t.placed_order
      WHERE s.discharged IS NULL AND s.bed_id IS NOT NULL
      GROUP BY s.id
      """
    ).rows { s in (s.int(0), s.int(1), s.text(2), s.optionalText(3) ?? "", s.optionalText(4)) }
    let twice = try db.statement(
      """
      SELECT s.id, s.patient_id, coalesce(mine.op_id, 'stay-' || s.id), first.by, first.at
      FROM stay s JOIN stay_event mine ON mine.stay_id = s.id AND mine.kind = 'admit'
      JOIN stay t ON \(Self.admittedBefore)
      JOIN stay_event first ON first.stay_id = t.id AND first.kind = 'admit'
      WHERE s.discharged IS NULL AND s.bed_id IS NOT NULL
      GROUP BY s.id
      """
    ).rows { s in (s.int(0), s.int(1), s.text(2), s.optionalText(3) ?? "", s.optionalText(4)) }
    let placedElsewhere = try db.statement(
      """
      SELECT s.id, s.patient_id, coalesce(mine.op_id, 'stay-' || s.id), coalesce(w.placed_with, w.place_ended_by),
        coalesce(w.placed_at, w.place_ended_at)
      FROM stay s JOIN bed_waiting w ON w.admitted_stay = s.id AND \(PlaceOfferSync.placeLost)
      LEFT JOIN stay_event mine ON mine.stay_id = s.id AND mine.kind = 'admit'
      WHERE s.discharged IS NULL AND s.bed_id IS NOT NULL
      GROUP BY s.id
      """
    ).rows { s in (s.int(0), s.int(1), s.text(2), s.optionalText(3) ?? "", s.optionalText(4)) }
    var conflicted = Set<Int64>()
    let conflicts = SyncConflicts(db: db)
    for (stayID, patientID, opID, by, at) in behind + twice + placedElsewhere where conflicted.insert(stayID).inserted {
      let when = at.flatMap(AuditLog.parse).map(ClockText.dateTime) ?? ""
      try conflicts.record(.bed, patientID: patientID, opID: opID, origin: "\(by) \(when)", at: now, stayID: stayID, reopening: true)
    }
    try conflicts.resolveBeds(except: conflicted, by: who, at: now)
  }

  /// Joins `t`, another open stay in a bed of the patient of open stay `s` (its admission event
  /// `mine`), admitted before it in this store's order: `s` is the patient's second admission.
  private static let admittedBefore = """
    t.patient_id = s.patient_id AND t.id <> s.id AND t.discharged IS NULL AND t.bed_id IS NOT NULL
      AND (coalesce((SELECT e.sync_order FROM stay_event e WHERE e.stay_id = t.id AND e.kind = 'admit'), 0), t.id)
        < (coalesce(mine.sync_order, 0), s.id)
    """

  private func state(_ stayID: Int64) throws(StoreError) -> [Int64?] {
    let s = try db.statement("SELECT bed_id, discharged, placed_order FROM stay WHERE id = ?").bind(1, stayID)
    defer { s.reset() }
    guard try s.step() else { return [] }
    return [s.optionalInt(0), s.optionalInt(1), s.optionalInt(2)]
  }

  private func bedUID(_ bedID: Int64) throws(StoreError) -> String? {
    let s = try db.statement("SELECT uid FROM bed WHERE id = ?").bind(1, bedID)
    defer { s.reset() }
    return try s.step() ? s.optionalText(0) : nil
  }

  private func bedID(uid: String) throws(StoreError) -> Int64? {
    let s = try db.statement("SELECT id FROM bed WHERE uid = ?").bind(1, uid)
    defer { s.reset() }
    return try s.step() ? s.int(0) : nil
  }
}
