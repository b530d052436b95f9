import Clinical
import Foundation

/// The merge rule for notes: union. A signed note never changes, so notes from every workstation
/// simply add up, each stored once by its operation id; an addendum names its note by the note's
/// operation id, and "entered in error" is a status that travels the same way.
struct NoteSync {
  let db: SQLiteDatabase

  func payload(_ note: NoteLog.SignedNote) throws(StoreError) -> [String: Any] {
    var out: [String: Any] = [
      "type": note.type.rawValue, "body": note.body, "codes": NoteLog.codesText(note.codes),
      "authorID": note.authorID, "authorName": note.authorName, "signedAt": note.signedAt,
    ]
    if let parent = note.addendumTo, let op = try opID(ofNote: parent) { out["addendumTo"] = op }
    return out
  }

  /// A note pulled from the server, in the caller's transaction; false when it is here already
  /// or cannot be read as a note.
  func pulled(_ opID: String, for patientID: Int64, payload o: [String: Any]) throws(StoreError) -> Bool {
    guard try noteID(ofOperation: opID) == nil,
      let type = (o["type"] as? String).flatMap(NoteType.init(rawValue:)), let body = o["body"] as? String,
      let authorID = o["authorID"] as? String, let authorName = o["authorName"] as? String,
      let signedAt = o["signedAt"] as? String
    else { return false }
    var parent: Int64?
    if let op = o["addendumTo"] as? String {
      // The note it adds to came first in server order; without it the addendum would float.
      guard let found = try noteID(ofOperation: op) else { return false }
      parent = found
    }
    let note = NoteLog.SignedNote(
      type: type, body: body, codes: NoteLog.codes(o["codes"] as? String ?? ""), authorID: authorID,
      authorName: authorName, signedAt: signedAt, addendumTo: parent)
    _ = try NoteLog(db: db).insert(note, for: patientID, opID: opID)
    return true
  }

  /// An "entered in error" mark pulled from the server; false when the note is not here or is
  /// marked already.
  func pulledInError(payload o: [String: Any]) throws(StoreError) -> Bool {
    guard let op = o["note"] as? String, let note = try noteID(ofOperation: op), let reason = o["reason"] as? String else {
      return false
    }
    try db.statement(
      "INSERT OR IGNORE INTO note_error(note_id, reason, marked_by, marked_at) VALUES (?, ?, ?, ?)"
    ).bind(1, note).bind(2, reason).bind(3, o["markedBy"] as? String ?? "").bind(4, o["markedAt"] as? String ?? "").run()
    return db.changes > 0
  }

  private func noteID(ofOperation op: String) throws(StoreError) -> Int64? {
    let s = try db.statement("SELECT id FROM note WHERE op_id = ?").bind(1, op)
    defer { s.reset() }
    return try s.step() ? s.int(0) : nil
  }

  private func opID(ofNote id: Int64) throws(StoreError) -> String? {
    let s = try db.statement("SELECT op_id FROM note WHERE id = ?").bind(1, id)
    defer { s.reset() }
    return try s.step() ? s.optionalText(0) : nil
  }
}
