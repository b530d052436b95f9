import Clinical
import Foundation

/// The patient's name as this record holds it, changed by a clinician: an unidentified patient
/// under a help number identified, a misspelling put right. Search finds the new name at once.
/// Each changed field travels on its own (see `DemographicsSync`).
public struct DemographicsLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  public static let maximumLength = 100

  /// The name now, and for each field changed here and elsewhere at once, the other record's
  /// value (empty for a middle name taken away).
  public func name(_ patientID: Int64) throws(StoreError) -> (PersonName, others: [NameField: NameField.Other]) {
    let s = try db.statement("SELECT given, middle, family FROM patient WHERE id = ?").bind(1, patientID)
    guard try s.step() else {
      s.reset()
      throw .patientNotFound
    }
    let name = PersonName(given: s.text(0), middle: s.optionalText(1), family: s.text(2))
    s.reset()
    return (name, try SyncConflicts(db: db).otherNameValues(patientID))
  }

  /// Saves the name, returning the fields that changed. Saving is also the answer to a field
  /// changed in two places: whatever stands in the field now is what the clinician chose.
  @discardableResult
  public func rename(_ patientID: Int64, to name: PersonName, by clinician: Clinician, at time: Date) throws(StoreError) -> [NameField] {
    let middle = name.middle.flatMap { $0.isEmpty ? nil : $0 }
    let new = PersonName(given: name.given, middle: middle, family: name.family)
    for value in [new.given, new.family, new.middle ?? "x"] {
      guard !value.isEmpty, value.count <= Self.maximumLength, !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else { throw .refusedName }
    }
    return try db.inTransaction { () throws(StoreError) -> [NameField] in
      let (old, others) = try self.name(patientID)
      let changed = NameField.allCases.filter { $0.value(in: old) != $0.value(in: new) || others[$0] != nil }
      guard !changed.isEmpty else { return [] }
      try write(new, for: patientID)
      // The clinician's name is the record's now: the server's, when it comes, must not replace it.
      try db.statement("UPDATE patient SET name_pending = 0 WHERE id = ?").bind(1, patientID).run()
      try DemographicsSync(db: db).changed(
        changed.map { ($0, from: $0.value(in: old), to: $0.value(in: new)) }, for: patientID, by: clinician.name, at: time)
      return changed
    }
  }

  /// The name and the search keys made from it, inside the caller's transaction.
  func write(_ name: PersonName, for patientID: Int64) throws(StoreError) {
    let s = try db.statement("SELECT value FROM identifier WHERE patient_id = ? LIMIT 1").bind(1, patientID)
    let identifier = try s.step() ? s.text(0) : ""
    s.reset()
    let key = name.searchKey
    try db.statement("UPDATE patient SET given = ?, middle = ?, family = ?, name_key = ?, vista_key = ? WHERE id = ?")
      .bind(1, name.given).bind(2, name.middle).bind(3, name.family).bind(4, key)
      .bind(5, PatientWriter.vistaKey(family: name.family, identifier: identifier)).bind(6, patientID).run()
    try db.statement("DELETE FROM name_word WHERE patient_id = ?").bind(1, patientID).run()
    let word = try db.statement("INSERT INTO name_word(patient_id, word, name_key) VALUES (?, ?, ?)")
    var seen = Set<Substring>()
    for nameWord in key.split(separator: " ") where seen.insert(nameWord).inserted {
      try word.bind(1, patientID).bind(2, String(nameWord)).bind(3, key).run()
    }
  }
}
