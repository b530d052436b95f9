import Clinical
import Foundation

/// Legevakt walk-ins: registration with vital signs and the triage rule, the open queue,
/// re-triage and status changes, each kept as an event.
public struct TriageLog {
  let db: SQLiteDatabase
  let kind: StoreKind

  public init(store: PatientStore) {
    db = store.db
    kind = store.kind
  }

  /// On a store being built (the demo loader).
  init(db: SQLiteDatabase, kind: StoreKind) {
    self.db = db
    self.kind = kind
  }

  /// The patient with this identifier (kept here under the number when this workstation has not
  /// met them, see `PatientByNumber`), or a new unidentified patient under a fresh H-number when
  /// `identifier` is nil.
  public func patient(identifier: String?, at time: Date) throws(StoreError) -> Int64 {
    if let identifier { return try PatientByNumber(db: db).heldOrKept(identifier, on: Today.civilDate(time)) }
    return try db.inTransaction { () throws(StoreError) -> Int64 in
      // The birth date is unknown: 1 January of a placeholder year the number says nothing about.
      let birth = CivilDate(year: 1970, month: 1, day: 1)!
      let taken = try db.statement("SELECT 1 FROM identifier WHERE value = ?")
      var clash: StoreError?
      let number = HelpNumber.make(birth: birth) { candidate in
        do throws(StoreError) {
          taken.bind(1, candidate)
          defer { taken.reset() }
          return try taken.step()
        } catch {
          clash = error
          return true
        }
      }
      if let clash { throw clash }
      guard let number else { throw .refusedTriage }
      let count = try db.statement("SELECT count(*) FROM identifier WHERE kind = 'h-number'")
      _ = try count.step()
      let serial = count.int(0) + 1
      count.reset()
      let record = PatientRecord(
        name: PersonName(given: "Ukjent", middle: nil, family: "Legevaktpasient \(serial)"), birthDate: birth,
        // Where an unidentified patient lives is unknown too; a store need not hold any municipality.
        sex: .unknown, identifier: number, identifierKind: .hNumber, municipalityCode: nil, gpIndex: nil,
        cave: [], contacts: [])
      return try PatientWriter(db: db, kind: kind).insert(record, gpID: nil)
    }
  }

  /// Registers a walk-in: stores the vital signs, applies the triage rule, opens the visit.
  @discardableResult
  public func register(
    patientID: Int64, complaint: ComplaintGroup, vitals: VitalSigns, by clinician: Clinician, at time: Date
  ) throws(StoreError) -> Int64 {
    let level = TriageRule.level(vitals: vitals, complaint: complaint)
    let at = AuditLog.format(time)
    return try db.inTransaction { () throws(StoreError) -> Int64 in
      // The visit is the legevakt's care relation: it goes to the server before the measurements.
      let outbox = Outbox(db: db)
      try outbox.appendCareRelation(.legevaktVisit, patientID: patientID, at: time)
      try VitalsLog(db: db).save(vitals, for: patientID, by: clinician, at: time)
      let news2 = NEWS2.score(vitals).total
      try db.statement(
        """
        INSERT INTO triage_visit(patient_id, complaint, level, computed_level, arrived_at,
          last_triaged_at, status, status_since, news2, registered_by, uid)
        VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)
        """
      ).bind(1, patientID).bind(2, complaint.rawValue).bind(3, level.rawValue).bind(4, level.rawValue)
        .bind(5, at).bind(6, at).bind(7, at).bind(8, news2).bind(9, clinician.name)
        .bind(10, try outbox.keepsOperations() ? UUID().uuidString.lowercased() : nil).run()
      let id = db.lastInsertRowID
      try event(
        id, .register(complaint: complaint, level: level, news2: news2), status: .waiting, level: level, reason: nil,
        by: clinician, at: time)
      return id
    }
  }

  /// Sets the level after re-triage. Lowering it below what the rule gave needs a reason.
  public func setLevel(
    _ visitID: Int64, to level: TriageLevel, reason: String?, by clinician: Clinician, at time: Date
  ) throws(StoreError) {
    let visit = try db.statement("SELECT computed_level, status FROM triage_visit WHERE id = ?").bind(1, visitID)
    guard try visit.step() else { throw .refusedTriage }
    let computed = TriageLevel(rawValue: Int(visit.int(0))) ?? .red
    let status = TriageVisit.Status(rawValue: visit.text(1)) ?? .waiting
    visit.reset()
    let reason = reason?.trimmingCharacters(in: .whitespaces)
    guard level <= computed || !(reason ?? "").isEmpty else { throw .refusedTriage }
    let at = AuditLog.format(time)
    try db.inTransaction { () throws(StoreError) in
      try db.statement(
        "UPDATE triage_visit SET level = ?, level_reason = ?, last_triaged_at = ? WHERE id = ?"
      ).bind(1, level.rawValue).bind(2, reason?.isEmpty == false ? reason : nil).bind(3, at).bind(4, visitID).run()
      try event(visitID, .level, status: status, level: level, reason: reason, by: clinician, at: time)
    }
  }

  /// Moves the visit to `status`, keeping when it left the one before. The patient leaving ends
  /// the visit's care relation (after the days for documentation), unless another visit of theirs
  /// is open; a visit opened again after it left begins it again.
  public func move(_ visitID: Int64, to status: TriageVisit.Status, by clinician: Clinician, at time: Date) throws(StoreError) {
    let visit = try db.statement("SELECT level, patient_id, status FROM triage_visit WHERE id = ?").bind(1, visitID)
    guard try visit.step() else { throw .refusedTriage }
    let level = TriageLevel(rawValue: Int(visit.int(0))) ?? .red
    let patientID = visit.int(1)
    let hadLeft = TriageVisit.Status(rawValue: visit.text(2))?.hasLeft ?? false
    visit.reset()
    let at = AuditLog.format(time)
    try db.inTransaction { () throws(StoreError) in
      try db.statement("UPDATE triage_visit SET status = ?, status_since = ? WHERE id = ?")
        .bind(1, status.rawValue).bind(2, at).bind(3, visitID).run()
      try event(visitID, .status, status: status, level: level, reason: nil, by: clinician, at: time)
      let outbox = Outbox(db: db)
      if status.hasLeft && !hadLeft, try !hasOpenVisit(patientID) {
        try outbox.appendCareRelationEnd(.legevaktVisit, patientID: patientID, at: time)
      } else if !status.hasLeft && hadLeft {
        try outbox.appendCareRelation(.legevaktVisit, patientID: patientID, at: time)
      }
    }
  }

  /// A visit whose patient has not left, as a condition on `triage_visit`.
  static let stillHere =
    "status NOT IN (" + TriageVisit.Status.allCases.filter(\.hasLeft).map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"

  private func hasOpenVisit(_ patientID: Int64) throws(StoreError) -> Bool {
    let s = try db.statement(
      "SELECT 1 FROM triage_visit WHERE patient_id = ? AND \(Self.stillHere)"
    ).bind(1, patientID)
    defer { s.reset() }
    return try s.step()
  }

  /// The visits still open that arrived within the last day, in queue order: those made here,
  /// and those pulled from `organisation`'s other workstations (a visit at another legevakt,
  /// pulled with the patient's record, is not this queue's).
  public func queue(at now: Date, _ settings: TriageSettings, of organisation: String? = nil) throws(StoreError) -> [TriageVisit] {
    let rows = try db.statement(
      """
      SELECT v.id, v.patient_id, v.complaint, v.level, v.computed_level, v.level_reason, v.arrived_at,
        v.last_triaged_at, v.status, v.status_since, v.news2, c.other_value, c.origin FROM triage_visit v
      -- At most one open triage conflict a visit (see `TriageSync.settle`).
      LEFT JOIN sync_conflict c ON c.visit_id = v.id AND c.kind = 'triage' AND c.resolved_at IS NULL
      WHERE \(Self.stillHere) AND v.arrived_at >= ?
        AND (v.organisation IS NULL OR v.organisation = ?)
      """
    ).bind(1, AuditLog.format(now.addingTimeInterval(-86_400))).bind(2, organisation).rows { s in
      (s.int(0), s.int(1), s.text(2), Int(s.int(3)), Int(s.int(4)), s.optionalText(5), s.text(6), s.text(7),
       s.text(8), s.text(9), s.optionalInt(10),
       s.optionalText(11).flatMap { Int($0) }.flatMap(TriageLevel.init(rawValue:)).map { TriageVisit.Dispute(level: $0, origin: s.text(12)) })
    }
    let listings = Dictionary(
      try PatientReader(db: db).listings(rows.map(\.1)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let epoch = Date(timeIntervalSince1970: 0)
    let visits = rows.compactMap { r -> TriageVisit? in
      guard let patient = listings[r.1] else { return nil }
      return TriageVisit(
        id: r.0, patient: patient, complaint: ComplaintGroup(rawValue: r.2) ?? .fever,
        level: TriageLevel(rawValue: r.3) ?? .red, computedLevel: TriageLevel(rawValue: r.4) ?? .red,
        levelReason: r.5, arrivedAt: AuditLog.parse(r.6) ?? epoch, lastTriagedAt: AuditLog.parse(r.7) ?? epoch,
        status: TriageVisit.Status(rawValue: r.8) ?? .waiting, statusSince: AuditLog.parse(r.9) ?? epoch,
        news2: r.10.map(Int.init), dispute: r.11)
    }
    return TriageVisit.queueOrder(visits, at: now, settings)
  }

  /// Whether the patient with `identifier` was registered since then at `level` or more urgent
  /// (a training scenario's goal).
  public func triaged(identifier: String, atMost level: TriageLevel, since: Date) throws(StoreError) -> Bool {
    let s = try db.statement(
      """
      SELECT EXISTS (SELECT 1 FROM triage_visit v JOIN identifier i ON i.patient_id = v.patient_id
        WHERE i.value = ? AND v.level <= ? AND v.arrived_at >= ?)
      """
    ).bind(1, identifier).bind(2, level.rawValue).bind(3, AuditLog.format(since))
    defer { s.reset() }
    _ = try s.step()
    return s.int(0) == 1
  }

  /// Keeps one change of the visit, and sends it to the server when the store syncs (a visit
  /// made before the queue was shared has no id of its own, and its changes stay here).
  private func event(
    _ visitID: Int64, _ change: TriageChange, status: TriageVisit.Status, level: TriageLevel, reason: String?,
    by clinician: Clinician, at time: Date
  ) throws(StoreError) {
    let visit = try db.statement("SELECT uid, patient_id FROM triage_visit WHERE id = ?").bind(1, visitID)
    guard try visit.step() else { throw .refusedTriage }
    let uid = visit.optionalText(0)
    let patientID = visit.int(1)
    visit.reset()
    let opID = uid == nil ? nil : UUID().uuidString.lowercased()
    let sync = TriageSync(db: db)
    // A re-triage names the levels it was set knowing: one set elsewhere meanwhile is a conflict.
    var seen: [String]?
    if case .level = change, opID != nil { seen = try sync.settingsHeld(visitID) }
    try sync.keep(
      visitID, change: change.name, status: status, level: level, reason: reason, by: clinician.name,
      at: AuditLog.format(time), opID: opID, seen: seen)
    try sync.settle(visitID)
    guard let uid, let opID else { return }
    var payload: [String: Any] = ["visit": uid, "change": change.name, "at": AuditLog.format(time), "by": clinician.name]
    switch change {
    case .register(let complaint, let level, let news2):
      payload["complaint"] = complaint.rawValue
      payload["level"] = level.rawValue
      // Registered as the patient arrives.
      payload["arrivedAt"] = AuditLog.format(time)
      if let news2 { payload["news2"] = news2 }
    case .level:
      payload["level"] = level.rawValue
      if let reason, !reason.isEmpty { payload["reason"] = reason }
      payload["seen"] = seen
    case .status:
      payload["status"] = status.rawValue
    }
    try Outbox(db: db).append(.triage, patientID: patientID, payload: payload, at: time, opID: opID)
  }
}
