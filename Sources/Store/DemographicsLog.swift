import Clinical
import Foundation

/// The patient's particulars as this record holds them, changed by a clinician: an unidentified
/// patient under a help number identified, a misspelling put right, the sex recorded, a move to
/// another municipality. Search finds a new name at once. Each changed field travels on its own
/// (see `DemographicsSync`).
public struct DemographicsLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  public static let maximumLength = 100

  /// The particulars now, and for each field changed here and elsewhere at once, the other
  /// record's value (empty for a middle name taken away, or a sex or municipality made unknown).
  public func particulars(_ patientID: Int64) throws(StoreError) -> (Demographics, others: [DemographicField: DemographicField.Other]) {
    let s = try db.statement("SELECT given, middle, family, sex, municipality_code FROM patient WHERE id = ?").bind(1, patientID)
    guard try s.step() else {
      s.reset()
      throw .patientNotFound
    }
    let d = Demographics(
      name: PersonName(given: s.text(0), middle: s.optionalText(1), family: s.text(2)),
      sex: Sex(rawValue: s.text(3)) ?? .unknown, municipalityCode: s.optionalText(4))
    s.reset()
    return (d, try SyncConflicts(db: db).otherDemographicValues(patientID))
  }

  /// Saves the particulars, returning the fields that changed. Saving is also the answer to a
  /// field changed in two places: whatever stands in the field now is what the clinician chose.
  @discardableResult
  public func save(_ patientID: Int64, _ d: Demographics, by clinician: Clinician, at time: Date) throws(StoreError) -> [DemographicField] {
    let middle = d.name.middle.flatMap { $0.isEmpty ? nil : $0 }
    var new = d
    new.name = PersonName(given: d.name.given, middle: middle, family: d.name.family)
    for value in [new.name.given, new.name.family, new.name.middle ?? "x"] {
      guard !value.isEmpty, value.count <= Self.maximumLength, !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else { throw .refusedName }
    }
    if let code = new.municipalityCode {
      guard Municipality.isCode(code) else { throw .refusedMunicipality }
    }
    return try db.inTransaction { () throws(StoreError) -> [DemographicField] in
      let (old, others) = try particulars(patientID)
      let changed = DemographicField.allCases.filter { $0.value(in: old) != $0.value(in: new) || others[$0] != nil }
      guard !changed.isEmpty else { return [] }
      try write(new, for: patientID)
      // The clinician's name is the record's now: the server's, when it comes, must not replace it.
      try db.statement("UPDATE patient SET name_pending = 0 WHERE id = ?").bind(1, patientID).run()
      try DemographicsSync(db: db).changed(
        changed.map { ($0, from: $0.value(in: old), to: $0.value(in: new)) }, for: patientID, by: clinician.name, at: time)
      return changed
    }
  }

  /// The particulars and the search keys made from the name, inside the caller's transaction.
  func write(_ d: Demographics, for patientID: Int64) throws(StoreError) {
    if let code = d.municipalityCode { try PatientWriter.keepMunicipality(code: code, in: db) }
    let s = try db.statement("SELECT value FROM identifier WHERE patient_id = ? LIMIT 1").bind(1, patientID)
    let identifier = try s.step() ? s.text(0) : ""
    s.reset()
    let name = d.name
    let key = name.searchKey
    try db.statement(
      "UPDATE patient SET given = ?, middle = ?, family = ?, name_key = ?, vista_key = ?, sex = ?, municipality_code = ? WHERE id = ?"
    )
    .bind(1, name.given).bind(2, name.middle).bind(3, name.family).bind(4, key)
    .bind(5, PatientWriter.vistaKey(family: name.family, identifier: identifier)).bind(6, d.sex.rawValue)
    .bind(7, d.municipalityCode).bind(8, patientID).run()
    try db.statement("DELETE FROM name_word WHERE patient_id = ?").bind(1, patientID).run()
    let word = try db.statement("INSERT INTO name_word(patient_id, word, name_key) VALUES (?, ?, ?)")
    var seen = Set<Substring>()
    for nameWord in key.split(separator: " ") where seen.insert(nameWord).inserted {
      try word.bind(1, patientID).bind(2, String(nameWord)).bind(3, key).run()
    }
  }
}
