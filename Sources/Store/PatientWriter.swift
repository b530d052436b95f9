import Clinical

/// Writes patients and the reference data they point to, with prepared statements reused
/// across rows: the loader calls it a million times.
struct PatientWriter {
  let db: SQLiteDatabase
  let kind: StoreKind
  // Prepared once: the loader inserts a million patients, and looking statements up by their
  // text costs a hash of the whole SQL string on every row.
  private let patient: SQLiteStatement
  private let identifier: SQLiteStatement
  private let word: SQLiteStatement
  private let cave: SQLiteStatement
  private let contact: SQLiteStatement

  init(db: SQLiteDatabase, kind: StoreKind) throws(StoreError) {
    self.db = db
    self.kind = kind
    patient = try db.prepare(
      """
      INSERT INTO patient(given, middle, family, name_key, vista_key, birth_date, sex,
        municipality_code, gp_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    identifier = try db.prepare("INSERT INTO identifier(value, patient_id, kind) VALUES (?, ?, ?)")
    word = try db.prepare("INSERT INTO name_word(patient_id, word, name_key) VALUES (?, ?, ?)")
    cave = try db.prepare(
      """
      INSERT INTO cave_entry(patient_id, category, agent, reaction, severity, certainty,
        registered_by, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    contact = try db.prepare(
      "INSERT INTO contact(patient_id, name, relation, phone, next_of_kin) VALUES (?, ?, ?, ?, ?)")
  }

  func insertMunicipality(_ m: Municipality) throws(StoreError) { try Self.keep(m, in: db) }

  /// A municipality named by its number alone (by the server, or typed for a move): the region's
  /// list names it, and one the list does not name keeps its number as its name.
  static func keepMunicipality(code: String, in db: SQLiteDatabase) throws(StoreError) {
    try keep(DemoMunicipalities.all.first { $0.0.code == code }?.0 ?? Municipality(code: code, name: code, county: ""), in: db)
  }

  private static func keep(_ m: Municipality, in db: SQLiteDatabase) throws(StoreError) {
    try db.statement("INSERT OR IGNORE INTO municipality(code, name, county) VALUES (?, ?, ?)")
      .bind(1, m.code).bind(2, m.name).bind(3, m.county).run()
  }

  /// Inserts the GP and, once, the office; returns the practitioner id.
  func insertGP(_ gp: GeneralPractitioner) throws(StoreError) -> Int64 {
    let office = try db.statement(
      "SELECT id FROM organisation WHERE kind = 'gp-office' AND name = ? AND municipality_code = ?"
    ).bind(1, gp.officeName).bind(2, gp.municipalityCode)
    var officeID: Int64
    if try office.step() {
      officeID = office.int(0)
      office.reset()
    } else {
      try db.statement(
        "INSERT INTO organisation(kind, name, municipality_code) VALUES ('gp-office', ?, ?)"
      ).bind(1, gp.officeName).bind(2, gp.municipalityCode).run()
      officeID = db.lastInsertRowID
    }
    try db.statement(
      "INSERT INTO practitioner(hpr, name, role, organisation_id) VALUES (?, ?, 'gp', ?)"
    ).bind(1, gp.hprNumber).bind(2, gp.name).bind(3, officeID).run()
    return db.lastInsertRowID
  }

  /// Inserts one patient with identifier, name words, CAVE and contacts; returns the patient id.
  @discardableResult
  func insert(_ record: PatientRecord, gpID: Int64?) throws(StoreError) -> Int64 {
    if kind == .production && record.identifierKind.isSynthetic {
      throw .syntheticNumberInProductionStore
    }
    // Help numbers (H, FH) belong to no registered person, so a demo may use them.
    if kind == .demo && [.birthNumber, .dNumber].contains(record.identifierKind) {
      throw .realNumberInDemoStore
    }
    let key = record.name.searchKey
    try patient
    .bind(1, record.name.given).bind(2, record.name.middle).bind(3, record.name.family)
    .bind(4, key).bind(5, Self.vistaKey(record))
    .bind(6, record.birthDate.ordinal).bind(7, record.sex.rawValue)
    .bind(8, record.municipalityCode).bind(9, gpID).run()
    let id = db.lastInsertRowID
    try identifier.bind(1, record.identifier).bind(2, id).bind(3, record.identifierKind.rawValue).run()
    // Each distinct word once, in the name's order: a Set's order differs between runs, and
    // the same seed must give the same file.
    var seen = Set<Substring>()
    for nameWord in key.split(separator: " ") where seen.insert(nameWord).inserted {
      try word.bind(1, id).bind(2, String(nameWord)).bind(3, key).run()
    }
    for entry in record.cave { try insertCave(entry, patientID: id) }
    for contact in record.contacts { try insertContact(contact, patientID: id) }
    return id
  }

  /// Family-name initial and personnummer (the last five digits), folded: "n23460". One index
  /// range on it answers "N2346" however few digits are typed.
  static func vistaKey(_ record: PatientRecord) -> String {
    vistaKey(family: record.name.family, identifier: record.identifier)
  }

  static func vistaKey(family: String, identifier: String) -> String {
    NameKey.collating(NameKey.fold(String(family.prefix(1)))) + identifier.suffix(5)
  }

  private func insertCave(_ e: CaveEntry, patientID: Int64) throws(StoreError) {
    try cave.bind(1, patientID).bind(2, e.category.rawValue).bind(3, e.agent).bind(4, e.reaction)
      .bind(5, e.severity.rawValue).bind(6, e.certainty.rawValue).bind(7, e.registeredBy)
      .bind(8, e.registeredOn.ordinal).run()
  }

  private func insertContact(_ c: PatientContact, patientID: Int64) throws(StoreError) {
    try contact.bind(1, patientID).bind(2, c.name).bind(3, c.relation.rawValue).bind(4, c.phone)
      .bind(5, c.isNextOfKin ? 1 : 0).run()
  }
}
