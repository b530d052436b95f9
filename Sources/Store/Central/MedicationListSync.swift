import Clinical
import Foundation

/// The merge rule for the list of medicines in use: it is never merged. Each signed version
/// names the version it replaces (its base). The server takes a version whose base is the list
/// it holds in force and answers "conflict" to any other, keeping it all the same; every
/// workstation then shows the other version beside its own until a clinician reconciles the two
/// and signs. That signing names the versions it considered, which closes the conflict wherever
/// it was shown.
struct MedicationListSync {
  let db: SQLiteDatabase

  /// An operation id for a version about to be signed; nil in a store that never syncs.
  func newOperationID() throws(StoreError) -> String? {
    try Outbox(db: db).keepsOperations() ? UUID().uuidString.lowercased() : nil
  }

  /// After a local signing, in its transaction: the operation for the server, naming the
  /// other versions the signing resolved and our own versions the server answered "conflict".
  func signed(
    _ opID: String, version: Int64, lines: [MedicationLine], resolving resolved: [String], for patientID: Int64,
    by signer: String, at time: Date
  ) throws(StoreError) {
    let base = try baseForNewVersion(patientID, before: version)
    let ownConflicted = try db.statement(
      """
      SELECT o.op_id FROM outbox o JOIN identifier i ON i.value = o.patient_identifier
      WHERE i.patient_id = ? AND o.kind = 'medication-list' AND o.state = 'conflict'
      """
    ).bind(1, patientID).rows { $0.text(0) }
    try Outbox(db: db).append(
      .medicationList, patientID: patientID,
      payload: [
        "base": base ?? NSNull(), "lines": lines.map(MedicationLinePayload.encode), "signedBy": signer,
        "signedAt": FHIRTime.format(time), "resolves": resolved + ownConflicted,
      ], at: time, opID: opID)
  }

  /// The version a new signing replaces: our previous version while the server has not yet
  /// answered for it (signing twice offline makes a chain, not a conflict), otherwise the list
  /// the server holds in force as far as this store knows.
  private func baseForNewVersion(_ patientID: Int64, before version: Int64) throws(StoreError) -> String? {
    let previous = try db.statement(
      """
      SELECT v.op_id FROM lib_version v JOIN outbox o ON o.op_id = v.op_id
      WHERE v.id = (SELECT max(id) FROM lib_version WHERE patient_id = ?1 AND id < ?2) AND o.state = 'pending'
      """
    ).bind(1, patientID).bind(2, version)
    defer { previous.reset() }
    if try previous.step() { return previous.text(0) }
    return try head(patientID)
  }

  private func head(_ patientID: Int64) throws(StoreError) -> String? {
    let s = try db.statement("SELECT op_id FROM central_medication_head WHERE patient_id = ?").bind(1, patientID)
    defer { s.reset() }
    return try s.step() ? s.text(0) : nil
  }

  private func setHead(_ patientID: Int64, _ opID: String) throws(StoreError) {
    try db.statement(
      "INSERT INTO central_medication_head(patient_id, op_id) VALUES (?, ?) ON CONFLICT(patient_id) DO UPDATE SET op_id = excluded.op_id"
    ).bind(1, patientID).bind(2, opID).run()
  }

  /// The server took our version: it is the list in force there now.
  func applied(_ opID: String) throws(StoreError) {
    let s = try db.statement("SELECT patient_id FROM lib_version WHERE op_id = ?").bind(1, opID)
    let patientID = try s.step() ? s.int(0) : nil
    s.reset()
    if let patientID { try setHead(patientID, opID) }
  }

  /// A version the server stored, pulled in the caller's transaction. Adopted as the list in
  /// force when it was signed on top of ours (or considered ours); otherwise kept beside it as a
  /// conflict.
  func pulled(_ opID: String, for patientID: Int64, payload: [String: Any], at now: Date) throws(StoreError) -> Pulled {
    let known = try db.statement(
      "SELECT EXISTS (SELECT 1 FROM lib_version WHERE op_id = ?1) OR EXISTS (SELECT 1 FROM sync_conflict WHERE op_id = ?1)"
    ).bind(1, opID)
    _ = try known.step()
    let seen = known.int(0) == 1
    known.reset()
    if seen { return .known }
    let lines = (payload["lines"] as? [[String: Any]] ?? []).compactMap(MedicationLinePayload.decode)
    let base = payload["base"] as? String
    let accepted = payload["accepted"] as? Bool ?? false
    let signer = payload["signedBy"] as? String ?? ""
    let signedAt = (payload["signedAt"] as? String).flatMap(FHIRTime.parse) ?? now
    let considered = Set((payload["resolves"] as? [String] ?? []) + [base].compactMap { $0 })
    try SyncConflicts(db: db).resolve(opIDs: Array(considered), by: signer, at: now)
    if accepted { try setHead(patientID, opID) }
    let latest = try db.statement(
      "SELECT count(*), (SELECT op_id FROM lib_version WHERE patient_id = ?1 ORDER BY id DESC LIMIT 1) FROM lib_version WHERE patient_id = ?1"
    ).bind(1, patientID)
    _ = try latest.step()
    let (versions, latestOp) = (latest.int(0), latest.optionalText(1))
    latest.reset()
    let log = MedicationLog(db: db)
    if accepted && (versions == 0 || latestOp == base || latestOp.map(considered.contains) == true) {
      try log.adopt(lines, opID: opID, signedBy: signer, signedAt: signedAt, takenAt: now, for: patientID)
      return .adopted
    }
    let origin = "\(signer) \(ClockText.dateTime(signedAt))"
    try log.recordOtherVersion(lines, origin: origin, on: Today.civilDate(now), for: patientID, at: now)
    try SyncConflicts(db: db).record(.medicationList, patientID: patientID, opID: opID, origin: origin, at: now)
    return .conflict
  }

  enum Pulled {
    /// Made here, or pulled before.
    case known
    /// Now the list in force here.
    case adopted
    /// Kept beside the list in force, for a clinician.
    case conflict
  }
}
