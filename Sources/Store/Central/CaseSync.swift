import Clinical
import Foundation

/// The merge rule for service cases: a case is a chain of steps, each naming the step before it
/// (its base). The server takes a step whose base is the case's last step there and answers
/// "conflict" to any other, keeping it all the same, so two transitions made at once on one case
/// are never both in force. The store that made the losing step takes the case as the server
/// has it: its own steps since the common base stay in the history, marked as not taken in, and
/// the case officer is shown the conflict.
struct CaseSync {
  let db: SQLiteDatabase

  /// After a step taken here, in its transaction: the operation for the server. An application
  /// also makes the organisation's care relation with the patient, which the server checks
  /// every step of the case against.
  func taken(_ step: CaseStepPayload, caseID: Int64, eventID: Int64, by name: String, at time: Date) throws(StoreError) {
    // Taking a step on a case after seeing its conflict is the case officer's answer to it.
    try SyncConflicts(db: db).resolve(caseID: caseID, by: name, at: time)
    let outbox = Outbox(db: db)
    guard try outbox.keepsOperations() else { return }
    let s = try db.statement("SELECT patient_id, uid, head_op FROM service_case WHERE id = ?").bind(1, caseID)
    guard try s.step() else {
      s.reset()
      throw .caseNotFound
    }
    let (patientID, existing, base) = (s.int(0), s.optionalText(1), s.optionalText(2))
    s.reset()
    var uid = existing
    if case .received = step {
      uid = UUID().uuidString.lowercased()
      try db.statement("UPDATE service_case SET uid = ? WHERE id = ?").bind(1, uid).bind(2, caseID).run()
      try outbox.appendCareRelation(.referral, patientID: patientID, at: time)
    }
    // A case registered before cases travelled has no id on the server: it stays here.
    guard let uid else { return }
    let opID = UUID().uuidString.lowercased()
    var payload = step.encode()
    payload["case"] = uid
    payload["base"] = base ?? NSNull()
    payload["by"] = name
    payload["at"] = AuditLog.format(time)
    if case .sendLetter = step, let place = try placeGranted(caseID) { payload["place"] = place }
    if case .sendLetter = step, let service = try homeServiceGranted(caseID) { payload["homeService"] = service.code }
    try keep(eventID, opID: opID, payload: payload, caseID: caseID)
    try outbox.append(.caseStep, patientID: patientID, payload: payload, at: time, opID: opID)
  }

  /// A step the server stored, pulled in the caller's transaction; false when it was here
  /// already, lost elsewhere (that store shows it), or belongs to a case whose beginning this
  /// store never saw.
  func pulled(_ opID: String, for patientID: Int64, payload: [String: Any], at now: Date) throws(StoreError) -> Bool {
    guard payload["accepted"] as? Bool == true, let uid = payload["case"] as? String,
      let step = CaseStepPayload.decode(payload)
    else { return false }
    let known = try db.statement("SELECT 1 FROM case_event WHERE op_id = ?").bind(1, opID)
    let seen = try known.step()
    known.reset()
    if seen { return false }
    let made = Made(
      step: step, opID: opID, payload: payload, by: payload["by"] as? String ?? "",
      at: (payload["at"] as? String).flatMap(AuditLog.parse) ?? now)
    let s = try db.statement("SELECT id, head_op FROM service_case WHERE uid = ?").bind(1, uid)
    let found = try s.step() ? (s.int(0), s.optionalText(1)) : nil
    s.reset()
    guard let (caseID, head) = found else {
      guard case .received = step else { return false }
      let (id, eventID) = try DecisionLog(db: db).apply(step, on: nil, patientID: patientID, by: made.by, at: made.at)
      try db.statement("UPDATE service_case SET uid = ? WHERE id = ?").bind(1, uid).bind(2, id).run()
      try keep(eventID, opID: opID, payload: payload, caseID: id)
      return true
    }
    let base = payload["base"] as? String
    if head == base {
      try takeIn(made, caseID: caseID, patientID: patientID, at: now)
    } else {
      try rebuild(caseID, patientID: patientID, on: base, then: made, at: now)
    }
    return true
  }

  // MARK: Private

  /// The place a letter grants, as the letter put the patient on the waiting list here: the
  /// server offers it to the municipality's nursing homes (`CentralSchema.v23`).
  private func placeGranted(_ caseID: Int64) throws(StoreError) -> [String: Any]? {
    let s = try db.statement("SELECT stay_type, need_tenths FROM bed_waiting WHERE case_id = ?").bind(1, caseID)
    defer { s.reset() }
    guard try s.step() else { return nil }
    return ["stay": s.text(0), "need": s.optionalInt(1).map { Int($0) } ?? NSNull()]
  }

  /// The service at home the letter grants, which the municipality's home-care service gives:
  /// the server then gives that service a care relation with the patient.
  private func homeServiceGranted(_ caseID: Int64) throws(StoreError) -> MunicipalService? {
    guard let decision = try DecisionLog(db: db).decisionInForce(caseID), decision.outcome.grants,
      decision.service.isDeliveredAtHome
    else { return nil }
    return decision.service
  }

  /// A step as it was made, wherever that was.
  private struct Made {
    let step: CaseStepPayload
    let opID: String
    let payload: [String: Any]
    let by: String
    let at: Date
  }

  /// The history entry keeps the step's operation and payload; the case, its last step.
  private func keep(_ eventID: Int64, opID: String, payload: [String: Any], caseID: Int64) throws(StoreError) {
    guard let data = try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys]) else { throw .refusedImport }
    try db.statement("UPDATE case_event SET op_id = ?, payload = ? WHERE id = ?")
      .bind(1, opID).bind(2, String(decoding: data, as: UTF8.self)).bind(3, eventID).run()
    try db.statement("UPDATE service_case SET head_op = ? WHERE id = ?").bind(1, opID).bind(2, caseID).run()
  }

  /// Takes in a step that follows the case's last step here. A step the lifecycle here refuses
  /// (it cannot follow, a store of another version) is shown as a conflict rather than lost.
  private func takeIn(_ made: Made, caseID: Int64, patientID: Int64, at now: Date) throws(StoreError) {
    do {
      let (_, eventID) = try DecisionLog(db: db).apply(made.step, on: caseID, patientID: patientID, by: made.by, at: made.at)
      try keep(eventID, opID: made.opID, payload: made.payload, caseID: caseID)
    } catch .refusedStep {
      try conflict(caseID, patientID: patientID, winner: made, at: now)
    }
  }

  /// The case as the server has it: the steps up to `base` taken again, then the step that won.
  /// The steps made here since `base` stay in the history, marked with the step that won them.
  private func rebuild(_ caseID: Int64, patientID: Int64, on base: String?, then winner: Made, at now: Date) throws(StoreError) {
    let events = try db.statement("SELECT id, op_id, payload FROM case_event WHERE case_id = ? AND superseded_by IS NULL ORDER BY id")
      .bind(1, caseID).rows { ($0.int(0), $0.optionalText(1), $0.optionalText(2)) }
    guard let base, let last = events.firstIndex(where: { $0.1 == base }), let first = events.first,
      case .received(_, let officer, _)? = Self.made(first.2)?.step
    else {
      // The step it follows never reached this store: nothing to take it in on.
      return try conflict(caseID, patientID: patientID, winner: winner, at: now)
    }
    try db.statement(
      "UPDATE case_event SET superseded_by = ? WHERE case_id = ? AND superseded_by IS NULL AND id > ?"
    ).bind(1, winner.opID).bind(2, caseID).bind(3, events[last].0).run()
    try db.statement(
      """
      UPDATE service_case SET stage = 'received', appeal = NULL, granted = 0, decision_id = NULL, letter_id = NULL,
        preliminary_answer = NULL, evaluation = NULL, evaluation_due = 0, case_officer = ?, head_op = ?
      WHERE id = ?
      """
    ).bind(1, officer).bind(2, first.1).bind(3, caseID).run()
    for undo in [
      "DELETE FROM bed_waiting WHERE case_id = ? AND admitted_stay IS NULL",
      "DELETE FROM decision_letter WHERE case_id = ?",
      "DELETE FROM service_decision WHERE case_id = ?",
      "DELETE FROM iplos_score WHERE assessment_id IN (SELECT id FROM iplos_assessment WHERE case_id = ?)",
      "DELETE FROM iplos_assessment WHERE case_id = ?",
    ] {
      try db.statement(undo).bind(1, caseID).run()
    }
    try db.statement("DELETE FROM case_event WHERE case_id = ? AND superseded_by IS NULL AND id > ?")
      .bind(1, caseID).bind(2, first.0).run()
    for event in events.dropFirst().prefix(last) {
      guard let opID = event.1, let made = Self.made(event.2, opID: opID) else { continue }
      try takeIn(made, caseID: caseID, patientID: patientID, at: now)
    }
    try takeIn(winner, caseID: caseID, patientID: patientID, at: now)
    if last < events.count - 1 { try conflict(caseID, patientID: patientID, winner: winner, at: now) }
  }

  /// A step as kept in the history.
  private static func made(_ text: String?, opID: String = "") -> Made? {
    guard let text, let payload = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
      let step = CaseStepPayload.decode(payload)
    else { return nil }
    return Made(
      step: step, opID: opID, payload: payload, by: payload["by"] as? String ?? "",
      at: (payload["at"] as? String).flatMap(AuditLog.parse) ?? Date(timeIntervalSince1970: 0))
  }

  private func conflict(_ caseID: Int64, patientID: Int64, winner: Made, at now: Date) throws(StoreError) {
    try SyncConflicts(db: db).record(
      .serviceCase, patientID: patientID, opID: winner.opID, origin: "\(winner.by) \(ClockText.dateTime(winner.at))", at: now,
      caseID: caseID)
  }
}
