import Clinical
import Foundation

/// The merge rule for CAVE: never merged unseen. An entry registered in another record is shown
/// here at once (critical information must not wait), marked with where it came from, and
/// counted as a conflict until a doctor here has read it and reconciled the list.
struct CaveSync {
  let db: SQLiteDatabase

  static func payload(_ e: CaveEntry) -> [String: Any] {
    [
      "category": e.category.rawValue, "agent": e.agent, "reaction": e.reaction, "severity": e.severity.rawValue,
      "certainty": e.certainty.rawValue, "registeredBy": e.registeredBy, "registeredOn": e.registeredOn.ordinal,
    ]
  }

  /// An entry pulled from the server, in the caller's transaction; false when it is here already
  /// or cannot be read as CAVE.
  func pulled(_ opID: String, for patientID: Int64, payload o: [String: Any], at now: Date) throws(StoreError) -> Bool {
    let known = try db.statement("SELECT 1 FROM cave_entry WHERE op_id = ?").bind(1, opID)
    let seen = try known.step()
    known.reset()
    guard !seen, let category = (o["category"] as? String).flatMap(CaveEntry.Category.init(rawValue:)),
      let agent = o["agent"] as? String, let reaction = o["reaction"] as? String,
      let severity = (o["severity"] as? String).flatMap(CaveEntry.Severity.init(rawValue:)),
      let certainty = (o["certainty"] as? String).flatMap(CaveEntry.Certainty.init(rawValue:)),
      let by = o["registeredBy"] as? String, let on = (o["registeredOn"] as? Int).flatMap({ CivilDate(ordinal: $0) })
    else { return false }
    let origin = "\(by) \(on)"
    let entry = CaveEntry(
      category: category, agent: agent, reaction: reaction, severity: severity, certainty: certainty, registeredBy: by,
      registeredOn: on, origin: origin)
    try CaveLog.insert(entry, for: patientID, opID: opID, in: db)
    try SyncConflicts(db: db).record(.cave, patientID: patientID, opID: opID, origin: origin, at: now)
    return true
  }
}
