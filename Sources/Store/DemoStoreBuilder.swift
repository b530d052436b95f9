import Clinical
import Foundation

/// Builds a demo store of a synthetic population. The file is built beside its final place with
/// the journal off (nothing to protect yet) and renamed into place only when complete, so a
/// crash or a full disk mid-build never leaves a half store behind. A copy of the seeded file
/// is kept beside it (`PATH.seed`) so a trainer's reset is a file copy, not a rebuild.
public enum DemoStoreBuilder {
  /// Creates the demo store at `path` (replacing one that is there) and opens it. The legevakt
  /// queue is seeded with walk-ins who arrived shortly before `seededAt`.
  public static func build(
    at path: String, population: SyntheticPopulation, seededAt: Date = Date()
  ) throws(StoreError) -> PatientStore {
    let building = path + ".building"
    try? FileManager.default.removeItem(atPath: building)
    // Whole seconds: a rebuild from the recorded time must give the very same file, and
    // sub-millisecond fractions do not survive the text the times are kept as.
    let seededAt = Date(timeIntervalSince1970: seededAt.timeIntervalSince1970.rounded(.down))
    do {
      try load(into: building, population, seededAt: seededAt)
      try copyAtomically(building, to: seedPath(path))
    } catch {
      try? FileManager.default.removeItem(atPath: building)
      throw error
    }
    try replace(path, with: building)
    return try PatientStore(path: path, kind: .demo)
  }

  /// Puts the demo store at `path` back to its seeded state and opens it. The caller must have
  /// closed every connection to it first. Without a seed copy (a store from an older version),
  /// the population recorded in the store is built again.
  public static func restoreSeeded(at path: String) throws(StoreError) -> PatientStore {
    let seed = seedPath(path)
    guard FileManager.default.fileExists(atPath: seed) else {
      let store = try PatientStore(path: path, kind: .demo)
      let seedValue = try store.meta("population.seed").flatMap { UInt64($0) }
      let size = try store.meta("population.size").flatMap { Int($0) }
      let seededAt = try store.meta("seeded-at").flatMap(AuditLog.parse) ?? Date()
      return try build(
        at: path,
        population: SyntheticPopulation(
          seed: seedValue ?? SyntheticPopulation.defaultSeed,
          size: size ?? SyntheticPopulation.defaultSize),
        seededAt: seededAt)
    }
    let restoring = path + ".restoring"
    try copyAtomically(seed, to: restoring)
    try replace(path, with: restoring)
    return try PatientStore(path: path, kind: .demo)
  }

  /// Where the seeded copy of the demo store at `path` is kept.
  public static func seedPath(_ path: String) -> String { path + ".seed" }

  private static func copyAtomically(_ source: String, to target: String) throws(StoreError) {
    let partial = target + ".partial"
    try? FileManager.default.removeItem(atPath: partial)
    do {
      try FileManager.default.copyItem(atPath: source, toPath: partial)
    } catch {
      try? FileManager.default.removeItem(atPath: partial)
      throw .cannotOpen(path: target)
    }
    guard rename(partial, target) == 0 else { throw .cannotOpen(path: target) }
  }

  /// Renames `file` over `path`, dropping the old store's WAL and shared-memory files first so
  /// they can never be replayed into the new file.
  private static func replace(_ path: String, with file: String) throws(StoreError) {
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    guard rename(file, path) == 0 else { throw .cannotOpen(path: path) }
  }

  /// Signs the scenario patients' history as their own GP, through the same path as a
  /// clinician's note, so seeded notes are as immutable and hashed as any other.
  private static func seedScenarioNotes(_ db: SQLiteDatabase) throws(StoreError) {
    let log = NoteLog(db: db)
    let author = try db.statement(
      """
      SELECT i.patient_id, gp.hpr, gp.name, o.name FROM identifier i
      JOIN patient p ON p.id = i.patient_id
      JOIN practitioner gp ON gp.id = p.gp_id
      LEFT JOIN organisation o ON o.id = gp.organisation_id WHERE i.value = ?
      """)
    for entry in ScenarioNotes.entries {
      author.bind(1, entry.identifier)
      guard try author.step() else { throw .patientNotFound }
      let patientID = author.int(0)
      let gp = Clinician(
        userID: "hpr:" + author.text(1), name: author.text(2), role: "lege", organisation: author.text(3))
      author.reset()
      let draft = NoteDraft(
        type: entry.type, body: entry.body, codes: entry.codes.compactMap { CodeList.icpc2.code($0) })
      try log.sign(draft, for: patientID, by: gp, at: entry.signedAt)
    }
  }

  /// Kari Nordmann's nursing-home and discharge lists, waiting for reconciliation.
  private static func seedScenarioMedication(_ db: SQLiteDatabase) throws(StoreError) {
    let find = try db.statement("SELECT patient_id FROM identifier WHERE value = ?")
      .bind(1, ScenarioMedication.kari)
    guard try find.step() else { throw .patientNotFound }
    let kari = find.int(0)
    find.reset()
    let log = MedicationLog(db: db)
    for source in [ScenarioMedication.nursingHome, ScenarioMedication.discharge] {
      try log.addSource(
        source.kind, dated: source.date, origin: source.origin, lines: source.lines, for: kari,
        at: Date(timeIntervalSince1970: 1_795_600_000))
    }
  }

  /// Walk-ins already waiting at the legevakt: green and blue mostly, one yellow, so a new urgent
  /// patient visibly goes to the top. Patients 8–11 of the population and Jonas Lie.
  private static func seedTriageQueue(_ db: SQLiteDatabase, population: SyntheticPopulation, at now: Date) throws(StoreError) {
    guard population.size >= 12 else { return }
    let log = TriageLog(db: db, kind: .demo)
    let nurse = Clinician(userID: "demo-nurse", name: "Nina Natt", role: "sykepleier", organisation: "Demo legevakt")
    let jonas = try db.statement("SELECT patient_id FROM identifier WHERE value = '03890251357'")
    guard try jonas.step() else { throw .patientNotFound }
    let jonasID = jonas.int(0)
    jonas.reset()
    let walkIns: [(Int64, ComplaintGroup, VitalSigns, minutesAgo: Double)] = [
      (8, .fever, VitalSigns(respirationRate: 18, oxygenSaturation: 97, onOxygen: false, systolicPressure: 128, pulse: 96, consciousness: .alert, temperatureTenths: 384), 70),
      (11, .abdominalPain, VitalSigns(respirationRate: 16, oxygenSaturation: 98, onOxygen: false, systolicPressure: 134, pulse: 88, consciousness: .alert, temperatureTenths: 371), 45),
      (9, .backPain, VitalSigns(respirationRate: 14, oxygenSaturation: 98, onOxygen: false, systolicPressure: 142, pulse: 72, consciousness: .alert, temperatureTenths: 366), 35),
      (10, .prescriptionOrCertificate, VitalSigns(respirationRate: 14, oxygenSaturation: 99, onOxygen: false, systolicPressure: 124, pulse: 66, consciousness: .alert, temperatureTenths: 365), 20),
      (jonasID, .woundOrCut, VitalSigns(respirationRate: 16, oxygenSaturation: 98, onOxygen: false, systolicPressure: 126, pulse: 84, consciousness: .alert, temperatureTenths: 368), 15),
    ]
    for (patientID, complaint, vitals, minutesAgo) in walkIns {
      try log.register(patientID: patientID, complaint: complaint, vitals: vitals, by: nurse, at: now.addingTimeInterval(-minutesAgo * 60))
    }
  }

  /// Three wards in Trondheim with most beds taken — Ingrid Berg in rehabilitation bed 101 A, due
  /// home today — a waiting list of three, and twelve quarters of completed stays in four
  /// municipalities for the length-of-stay statistics.
  private static func seedCensus(_ db: SQLiteDatabase, population: SyntheticPopulation, at now: Date) throws(StoreError) {
    guard population.size >= 80 else { return }
    let today = Today.civilDate(now)
    let wards: [(String, [(String, StayType)])] = [
      ("Lade helsehus, korttid og rehabilitering",
       [("101 A", .rehabilitation), ("101 B", .rehabilitation), ("102", .rehabilitation), ("103", .shortTerm),
        ("104", .shortTerm), ("105", .shortTerm), ("106", .shortTerm), ("107", .respite), ("108", .respite)]),
      ("Lade sykehjem, langtid",
       [("201", .longTerm), ("202", .longTerm), ("203", .longTerm), ("204", .longTerm), ("205", .longTerm),
        ("206", .longTerm), ("207", .longTerm), ("208", .longTerm)]),
      ("Trondheim KAD", [("KAD 1", .municipalAcute), ("KAD 2", .municipalAcute), ("KAD 3", .municipalAcute)]),
    ]
    var beds: [(Int64, StayType)] = []
    for (name, wardBeds) in wards {
      try db.statement("INSERT INTO ward(name, municipality_code) VALUES (?, '5001')").bind(1, name).run()
      let ward = db.lastInsertRowID
      for (label, type) in wardBeds {
        try db.statement("INSERT INTO bed(ward_id, label, stay_type) VALUES (?, ?, ?)")
          .bind(1, ward).bind(2, label).bind(3, type.rawValue).run()
        beds.append((db.lastInsertRowID, type))
      }
    }
    let log = CensusLog(db: db)
    let nurse = Clinician(userID: "demo-nurse", name: "Nina Natt", role: "sykepleier", organisation: "Lade helsehus")
    let ingrid = try db.statement("SELECT patient_id FROM identifier WHERE value = '15864131201'")
    guard try ingrid.step() else { throw .patientNotFound }
    let ingridID = ingrid.int(0)
    ingrid.reset()
    // Residents are old: the population's patients born before 1960, past the scenario patients and
    // the walk-ins waiting at the legevakt; one per bed and three for the waiting list.
    let elderly = try db.statement(
      "SELECT id FROM patient WHERE birth_date < 19600101 AND id > 11 ORDER BY id LIMIT ?"
    ).bind(1, beds.count + 3).rows { $0.int(0) }
    guard elderly.count == beds.count + 3 else { return }
    var random = SeededGenerator(seed: 2026)
    let lengths: [StayType: ClosedRange<Int>] = [
      .longTerm: 120...900, .shortTerm: 5...30, .rehabilitation: 10...40, .respite: 3...14, .municipalAcute: 1...4,
    ]
    // Beds 4 (102) and 11 (long-term 204) and the last KAD bed stay free.
    for (index, (bed, type)) in beds.enumerated() where ![2, 12, beds.count - 1].contains(index) {
      let patient = index == 0 ? ingridID : elderly[index]
      let range = lengths[type] ?? 5...30
      let nights = range.lowerBound + random.below(range.count)
      let admitted = today.adding(days: -(index == 0 ? 53 : nights / 2))
      let expected = type == .longTerm ? nil : (index == 0 ? today : admitted.adding(days: nights))
      let stay = try log.admit(patient, to: bed, type: type, on: admitted, expectedDischarge: expected, by: nurse, at: now)
      if random.below(4) == 0 || index == 0 {
        try db.statement("UPDATE stay SET fall_risk = 1 WHERE id = ?").bind(1, stay).run()
      }
    }
    for (offset, type) in [StayType.rehabilitation, .longTerm, .shortTerm].enumerated() {
      try log.addToWaitingList(elderly[beds.count + offset], for: type, since: today.adding(days: -21 + offset * 5))
    }
    // History: completed stays without a bed, carried over for the statistics.
    var quarter = LengthOfStay.Quarter(today).previous
    let municipalities: [(String, Double)] = [("5001", 1.0), ("5035", 1.25), ("5037", 0.85), ("5028", 1.1)]
    for _ in 0..<12 {
      let firstDay = CivilDate(year: quarter.year, month: (quarter.quarter - 1) * 3 + 1, day: 1)!
      for (municipality, factor) in municipalities {
        for type in StayType.allCases {
          let range = lengths[type] ?? 5...30
          for _ in 0..<(4 + random.below(8)) {
            let nights = Int(Double(range.lowerBound + random.below(range.count)) * factor)
            let discharged = firstDay.adding(days: random.below(90))
            let admitted = discharged.adding(days: -nights)
            try db.statement(
              """
              INSERT INTO stay(patient_id, municipality_code, stay_type, admitted, discharged, destination,
                discharge_quarter, nights) VALUES (?, ?, ?, ?, ?, 'home', ?, ?)
              """
            ).bind(1, Int64(1 + random.below(min(population.size, 5000)))).bind(2, municipality)
              .bind(3, type.rawValue).bind(4, admitted.ordinal).bind(5, discharged.ordinal)
              .bind(6, LengthOfStay.Quarter(discharged).key).bind(7, nights).run()
          }
        }
      }
      quarter = quarter.previous
    }
  }

  private static func load(into path: String, _ population: SyntheticPopulation, seededAt: Date) throws(StoreError) {
    let db = try SQLiteDatabase(path: path, create: true)
    try db.execute(
      "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; "
        + "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF; PRAGMA threads=2")
    try Migrations.apply(to: db)
    try db.execute(SearchIndexes.drop)
    let writer = try PatientWriter(db: db, kind: .demo)
    try db.inTransaction { () throws(StoreError) in
      try StoreMeta.set("kind", StoreKind.demo.rawValue, in: db)
      try StoreMeta.set("population.seed", String(population.seed), in: db)
      try StoreMeta.set("population.size", String(population.size), in: db)
      try StoreMeta.set("seeded-at", AuditLog.format(seededAt), in: db)
      for municipality in population.municipalities { try writer.insertMunicipality(municipality) }
      var gpIDs: [Int64] = []
      for gp in population.gps { gpIDs.append(try writer.insertGP(gp)) }
      let pipe = RecordPipe.generating(population)
      do throws(StoreError) {
        while let chunk = pipe.next() {
          for record in chunk { try writer.insert(record, gpID: record.gpIndex.map { gpIDs[$0] }) }
        }
      } catch {
        pipe.cancel()
        throw error
      }
    }
    try seedScenarioNotes(db)
    try seedScenarioMedication(db)
    try seedTriageQueue(db, population: population, at: seededAt)
    try seedCensus(db, population: population, at: seededAt)
    try seedDecisions(db, population: population, at: seededAt)
    try db.execute(SearchIndexes.create)
    try db.execute(SearchIndexes.rebuildNames)
    try db.execute("PRAGMA analysis_limit=1000; ANALYZE")
    // The load ran with foreign keys off for speed; prove it left no dangling reference.
    guard try !db.prepare("PRAGMA foreign_key_check").step() else {
      throw .sqlite(code: 787, message: "foreign key check failed after load")
    }
  }
}
