import Clinical
import Foundation

/// Drafts, signing, addenda and entered-in-error marks. A signed note is written once; the
/// schema's triggers refuse any later change, and its content hash shows one made around them.
public struct NoteLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  /// On a store being built (the demo loader), before it opens as a PatientStore.
  init(db: SQLiteDatabase) { self.db = db }

  /// Saves the draft as it is now, replacing the previous save.
  public func saveDraft(
    _ draft: NoteDraft, for patientID: Int64, by clinician: Clinician, at time: Date
  ) throws(StoreError) {
    guard draft.body.count <= NoteDraft.maximumLength else { throw .refusedNote }
    try db.statement(
      """
      INSERT INTO note_draft(patient_id, author_id, type, body, codes, addendum_to, saved_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (patient_id, author_id) DO UPDATE SET type = excluded.type,
        body = excluded.body, codes = excluded.codes, addendum_to = excluded.addendum_to,
        saved_at = excluded.saved_at
      """
    ).bind(1, patientID).bind(2, clinician.userID).bind(3, draft.type.rawValue)
      .bind(4, draft.body).bind(5, Self.codesText(draft.codes)).bind(6, draft.addendumTo)
      .bind(7, AuditLog.format(time)).run()
  }

  /// The author's unsigned draft for this patient, if one was left.
  public func draft(for patientID: Int64, by clinician: Clinician) throws(StoreError) -> NoteDraft? {
    let s = try db.statement(
      "SELECT type, body, codes, addendum_to FROM note_draft WHERE patient_id = ? AND author_id = ?"
    ).bind(1, patientID).bind(2, clinician.userID)
    defer { s.reset() }
    guard try s.step() else { return nil }
    return NoteDraft(
      type: NoteType(rawValue: s.text(0)) ?? .gpConsultation, body: s.text(1),
      codes: Self.codes(s.text(2)), addendumTo: s.optionalInt(3))
  }

  public func discardDraft(for patientID: Int64, by clinician: Clinician) throws(StoreError) {
    try db.statement("DELETE FROM note_draft WHERE patient_id = ? AND author_id = ?")
      .bind(1, patientID).bind(2, clinician.userID).run()
  }

  /// Signs the draft: writes the note with its content hash, puts the ICPC-2 diagnoses of a GP
  /// consultation on the problem list, and removes the draft, in one transaction. Returns the note's id.
  @discardableResult
  public func sign(
    _ draft: NoteDraft, for patientID: Int64, by clinician: Clinician, at time: Date
  ) throws(StoreError) -> Int64 {
    // The editor checks the same; the store is the second wall.
    guard draft.problem == nil,
      draft.codes.allSatisfy({ code in
        let list = code.system == .icpc2 ? CodeList.icpc2 : CodeList.icd10
        return list.code(code.code) == code
      })
    else { throw .refusedNote }
    return try db.inTransaction { () throws(StoreError) -> Int64 in
      if let original = draft.addendumTo {
        let s = try db.statement("SELECT 1 FROM note WHERE id = ? AND patient_id = ?")
          .bind(1, original).bind(2, patientID)
        defer { s.reset() }
        guard try s.step() else { throw .refusedNote }
      }
      let outbox = Outbox(db: db)
      let opID = try outbox.keepsOperations() ? UUID().uuidString.lowercased() : nil
      let signed = SignedNote(
        type: draft.type, body: draft.body, codes: draft.codes, authorID: clinician.userID,
        authorName: clinician.name, signedAt: AuditLog.format(time), addendumTo: draft.addendumTo)
      let id = try insert(signed, for: patientID, opID: opID)
      try db.statement("DELETE FROM note_draft WHERE patient_id = ? AND author_id = ?")
        .bind(1, patientID).bind(2, clinician.userID).run()
      if let opID {
        try outbox.append(.note, patientID: patientID, payload: try NoteSync(db: db).payload(signed), at: time, opID: opID)
      }
      return id
    }
  }

  /// A note as signed, wherever it was signed: what its row and its hash are made of.
  struct SignedNote {
    let type: NoteType
    let body: String
    let codes: [DiagnosisCode]
    let authorID: String
    let authorName: String
    /// As the store writes times (`AuditLog.format`).
    let signedAt: String
    let addendumTo: Int64?
  }

  /// Writes a signed note with its content hash, and puts the ICPC-2 diagnoses of a GP
  /// consultation on the problem list, in the caller's transaction.
  func insert(_ note: SignedNote, for patientID: Int64, opID: String?) throws(StoreError) -> Int64 {
    let codes = Self.codesText(note.codes)
    let hash = Self.contentHash(
      patientID: patientID, type: note.type.rawValue, body: note.body, codes: codes,
      authorID: note.authorID, authorName: note.authorName, signedAt: note.signedAt, addendumTo: note.addendumTo)
    try db.statement(
      """
      INSERT INTO note(patient_id, type, body, search_key, codes, author_id, author_name,
        signed_at, addendum_to, content_hash, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(1, patientID).bind(2, note.type.rawValue).bind(3, note.body)
      .bind(4, Self.searchKey(note.body)).bind(5, codes).bind(6, note.authorID)
      .bind(7, note.authorName).bind(8, note.signedAt).bind(9, note.addendumTo).bind(10, hash).bind(11, opID).run()
    let id = db.lastInsertRowID
    // The GP keeps the problem list; a legevakt or nursing contact codes its own episode.
    for code in note.codes where code.isICPC2Diagnosis && note.type == .gpConsultation {
      try db.statement(
        """
        INSERT INTO problem(patient_id, system, code, title, since, source_note)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """
      ).bind(1, patientID).bind(2, code.system.rawValue).bind(3, code.code).bind(4, code.title)
        .bind(5, note.signedAt).bind(6, id).run()
    }
    return id
  }

  /// Marks a signed note as written in error (on the wrong patient, for instance). The note
  /// stays, shown struck through with the reason; a second mark is refused.
  @discardableResult
  public func markEnteredInError(
    _ noteID: Int64, of patientID: Int64, reason: String, by clinician: Clinician, at time: Date
  ) throws(StoreError) -> ClinicalNote.EnteredInError {
    let reason = reason.trimmingCharacters(in: .whitespaces)
    guard !reason.isEmpty else { throw .refusedNote }
    let marked = AuditLog.format(time)
    try db.inTransaction { () throws(StoreError) in
      let s = try db.statement(
        "SELECT op_id FROM note WHERE id = ? AND patient_id = ? AND id NOT IN (SELECT note_id FROM note_error)"
      ).bind(1, noteID).bind(2, patientID)
      guard try s.step() else {
        s.reset()
        throw .noteNotFound
      }
      let noteOp = s.optionalText(0)
      s.reset()
      try db.statement(
        "INSERT INTO note_error(note_id, reason, marked_by, marked_at) VALUES (?, ?, ?, ?)"
      ).bind(1, noteID).bind(2, reason).bind(3, clinician.name).bind(4, marked).run()
      // "Delete" is a status, and it travels like the note did.
      if let noteOp {
        try Outbox(db: db).append(
          .noteInError, patientID: patientID,
          payload: ["note": noteOp, "reason": reason, "markedBy": clinician.name, "markedAt": marked], at: time)
      }
    }
    return ClinicalNote.EnteredInError(reason: reason, by: clinician.name, at: AuditLog.parse(marked) ?? time)
  }

  /// The addenda of one note, oldest first.
  public func addenda(of noteID: Int64, patientID: Int64) throws(StoreError) -> [ClinicalNote] {
    try select("WHERE n.patient_id = ?1 AND n.addendum_to = ?2 ORDER BY n.id", limit: -1) { s in
      s.bind(1, patientID).bind(2, noteID)
    }
  }

  /// A patient's signed notes, newest first: of one type when given, and containing `text`
  /// (any case, æøå kept) when given.
  public func notes(
    _ patientID: Int64, type: NoteType? = nil, containing text: String = "", limit: Int
  ) throws(StoreError) -> [ClinicalNote] {
    let key = Self.searchKey(text)
    return try select(
      "WHERE n.patient_id = ?1 AND (?2 IS NULL OR n.type = ?2) AND instr(n.search_key, ?3) > 0 ORDER BY n.id DESC",
      limit: limit
    ) { s in s.bind(1, patientID).bind(2, type?.rawValue).bind(3, key) }
  }

  /// Notes with their entered-in-error marks, chosen and ordered by `condition`.
  private func select(
    _ condition: String, limit: Int, bind: (SQLiteStatement) -> SQLiteStatement
  ) throws(StoreError) -> [ClinicalNote] {
    try bind(
      try db.statement(
        """
        SELECT n.id, n.type, n.body, n.codes, n.author_name, n.signed_at, n.addendum_to,
          e.reason, e.marked_by, e.marked_at
        FROM note n LEFT JOIN note_error e ON e.note_id = n.id
        \(condition) LIMIT ?9
        """
      ).bind(9, limit)
    ).rows { s in
      ClinicalNote(
        id: s.int(0), type: NoteType(rawValue: s.text(1)) ?? .gpConsultation, body: s.text(2),
        codes: Self.codes(s.text(3)), author: s.text(4),
        signedAt: AuditLog.parse(s.text(5)) ?? Date(timeIntervalSince1970: 0),
        addendumTo: s.optionalInt(6),
        enteredInError: s.optionalText(7).map { reason in
          ClinicalNote.EnteredInError(
            reason: reason, by: s.text(8),
            at: AuditLog.parse(s.text(9)) ?? Date(timeIntervalSince1970: 0))
        })
    }
  }

  /// The patient's problem list: each ICPC-2 diagnosis once, from the note that first gave it,
  /// leaving out notes marked entered in error.
  public func problems(_ patientID: Int64) throws(StoreError) -> [DiagnosisCode] {
    try db.statement(
      """
      SELECT p.system, p.code, p.title FROM problem p
      WHERE p.patient_id = ? AND (p.source_note IS NULL
        OR p.source_note NOT IN (SELECT note_id FROM note_error))
      ORDER BY p.id
      """
    ).bind(1, patientID).rows { s in
      DiagnosisCode(
        system: DiagnosisCode.System(rawValue: s.text(0)) ?? .icpc2, code: s.text(1), title: s.text(2))
    }
  }

  /// Whether `clinician` signed a note with `code` on the patient with `identifier` since then
  /// (a training scenario's goal).
  public func noteSigned(
    identifier: String, code: String, by clinician: Clinician, since: Date
  ) throws(StoreError) -> Bool {
    let s = try db.statement(
      """
      SELECT EXISTS (SELECT 1 FROM note n JOIN identifier i ON i.patient_id = n.patient_id
        WHERE i.value = ? AND n.author_id = ? AND n.signed_at >= ?
          AND instr(char(10) || n.codes, char(10) || 'ICPC-2|' || ? || '|') > 0)
      """
    ).bind(1, identifier).bind(2, clinician.userID).bind(3, AuditLog.format(since)).bind(4, code)
    defer { s.reset() }
    _ = try s.step()
    return s.int(0) == 1
  }

  /// Every signed note checked: how many, and the ids of those whose content no longer matches.
  public func verifyAll() throws(StoreError) -> (checked: Int, changed: [Int64]) {
    let ids = try db.statement("SELECT id FROM note ORDER BY id").rows { $0.int(0) }
    var changed: [Int64] = []
    for id in ids where try !verify(id) { changed.append(id) }
    return (ids.count, changed)
  }

  /// True when the note's stored hash still matches what it holds.
  public func verify(_ noteID: Int64) throws(StoreError) -> Bool {
    let s = try db.statement(
      """
      SELECT patient_id, type, body, codes, author_id, author_name, signed_at, addendum_to,
        content_hash FROM note WHERE id = ?
      """
    ).bind(1, noteID)
    defer { s.reset() }
    guard try s.step() else { throw .noteNotFound }
    let hash = Self.contentHash(
      patientID: s.int(0), type: s.text(1), body: s.text(2), codes: s.text(3),
      authorID: s.text(4), authorName: s.text(5), signedAt: s.text(6), addendumTo: s.optionalInt(7))
    return hash == s.text(8)
  }

  /// Everything signed, one field per line in a fixed order, then the body.
  static func contentHash(
    patientID: Int64, type: String, body: String, codes: String, authorID: String,
    authorName: String, signedAt: String, addendumTo: Int64?
  ) -> String {
    let fields = [
      "patient=\(patientID)", "type=\(type)", "author=\(authorID)", "author-name=\(authorName)",
      "signed=\(signedAt)", "addendum-to=\(addendumTo.map(String.init) ?? "")",
      "codes=\(codes.replacingOccurrences(of: "\n", with: ";"))",
    ]
    return SHA256.hex(fields.joined(separator: "\n") + "\n\n" + body)
  }

  /// The text as searched: lower case, accents folded, æøå kept, all white space one space.
  static func searchKey(_ text: String) -> String {
    NameKey.fold(text.replacingOccurrences(of: "\n", with: " "))
  }

  /// Codes as stored: "system|code|title" per line.
  static func codesText(_ codes: [DiagnosisCode]) -> String {
    codes.map { "\($0.system.rawValue)|\($0.code)|\($0.title)" }.joined(separator: "\n")
  }

  static func codes(_ text: String) -> [DiagnosisCode] {
    text.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3, let system = DiagnosisCode.System(rawValue: String(parts[0])) else {
        return nil
      }
      return DiagnosisCode(system: system, code: String(parts[1]), title: String(parts[2]))
    }
  }
}
