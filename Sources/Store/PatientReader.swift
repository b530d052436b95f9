import Clinical
import Foundation

/// Reads patients for lists and the chart summary.
public struct PatientReader {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// Listings for `ids`, in the same order; ids that do not exist are left out.
  public func listings(_ ids: [Int64]) throws(StoreError) -> [PatientListing] {
    let statement = try db.statement(
      """
      SELECT p.id, p.given, p.middle, p.family, p.birth_date, p.sex, i.value, i.kind,
             m.name, coalesce(gp.name, p.gp_office)
      FROM patient p
      LEFT JOIN identifier i ON i.patient_id = p.id
      LEFT JOIN municipality m ON m.code = p.municipality_code
      LEFT JOIN practitioner gp ON gp.id = p.gp_id
      WHERE p.id = ?
      LIMIT 1
      """)
    var out: [PatientListing] = []
    out.reserveCapacity(ids.count)
    for id in ids {
      statement.bind(1, id)
      if try statement.step() { out.append(Self.listing(statement)) }
      statement.reset()
    }
    return out
  }

  /// Listings of every patient in a bed now, in one query: the census needs hundreds at once.
  func listingsInBeds() throws(StoreError) -> [Int64: PatientListing] {
    let rows = try db.statement(
      """
      SELECT p.id, p.given, p.middle, p.family, p.birth_date, p.sex, i.value, i.kind, m.name, coalesce(gp.name, p.gp_office)
      FROM stay s JOIN patient p ON p.id = s.patient_id
      LEFT JOIN identifier i ON i.patient_id = p.id
      LEFT JOIN municipality m ON m.code = p.municipality_code
      LEFT JOIN practitioner gp ON gp.id = p.gp_id
      WHERE s.discharged IS NULL AND s.bed_id IS NOT NULL
      """
    ).rows(Self.listing)
    return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  static func listing(_ s: SQLiteStatement) -> PatientListing {
    PatientListing(
      id: s.int(0),
      name: PersonName(given: s.text(1), middle: s.optionalText(2), family: s.text(3)),
      birthDate: CivilDate(ordinal: Int(s.int(4))) ?? SyntheticPopulation.referenceDate,
      sex: Sex(rawValue: s.text(5)) ?? .unknown,
      identifier: s.text(6),
      identifierKind: IdentifierKind(rawValue: s.text(7)) ?? .birthNumber,
      municipalityName: s.optionalText(8),
      gpName: s.optionalText(9))
  }

  /// The lookup's opening list: first the charts with news since `user` last saw them (notes by
  /// others, a patient new here), then those `user` opened most recently, newest first, each once.
  /// Reads a bounded window of the user's audit rows backwards through the (user_id, id) index.
  public func recent(for user: String, limit: Int, at now: Date = Date()) throws(StoreError) -> [PatientListing] {
    let news = try ChartNews(db: db).news(for: user, at: now, limit: limit)
    let opened = try db.statement(
      "SELECT patient_id FROM audit_event WHERE user_id = ? ORDER BY id DESC LIMIT 500"
    ).bind(1, user).rows { $0.int(0) }
    let byPatient = Dictionary(news.map { ($0.patientID, $0) }, uniquingKeysWith: { first, _ in first })
    return try listings(PatientSearch.unique(news.map(\.patientID) + opened, limit: limit)).map { listing in
      var marked = listing
      marked.newNotes = byPatient[listing.id]?.notes ?? 0
      marked.isNewHere = byPatient[listing.id]?.isNewHere ?? false
      return marked
    }
  }

  /// Everything the chart summary shows for one patient.
  public func summary(_ patientID: Int64) throws(StoreError) -> PatientSummary {
    guard let listing = try listings([patientID]).first else { throw .patientNotFound }
    let vitals = VitalsLog(db: db)
    let notes = NoteLog(db: db)
    let medication = MedicationLog(db: db)
    let conflicts = try SyncConflicts(db: db).openCounts(patientID)
    return PatientSummary(
      listing: listing, gp: try gp(patientID), gpOffice: try gpOffice(patientID), cave: try cave(patientID),
      contacts: try contacts(patientID), recentAccess: try access(patientID, limit: 5),
      vitals: try vitals.latest(patientID, limit: 20),
      hypercapnicTarget: try vitals.hasHypercapnicTarget(patientID),
      problems: try problems(patientID, notes), notes: try notes.notes(patientID, limit: 5),
      doses: try DoseLog(db: db).given(patientID, since: .distantPast, limit: 5),
      medications: try medication.currentList(patientID),
      unreconciledSources: try medication.unreconciledSources(patientID),
      medicationConflicts: conflicts[.medicationList] ?? 0, caveConflicts: conflicts[.cave] ?? 0,
      nameConflicts: conflicts[.demographics] ?? 0,
      services: try DecisionLog(db: db).activeServices(patientID))
  }

  /// The problem list: diagnoses from signed notes, then active ICPC-2 and ICD-10 conditions
  /// received from other systems that the notes do not already hold.
  private func problems(_ patientID: Int64, _ notes: NoteLog) throws(StoreError) -> [DiagnosisCode] {
    let own = try notes.problems(patientID)
    let imported = try db.statement(
      """
      SELECT system, code, display FROM condition WHERE patient_id = ? AND clinical_status = 'active'
        AND system IN (?, ?) ORDER BY id
      """
    ).bind(1, patientID).bind(2, FHIRSystem.icpc2).bind(3, FHIRSystem.icd10).rows { s in
      DiagnosisCode(system: s.text(0) == FHIRSystem.icpc2 ? .icpc2 : .icd10, code: s.text(1), title: s.text(2))
    }
    return own + imported.filter { code in !own.contains { $0.system == code.system && $0.code == code.code } }
  }

  private func gp(_ patientID: Int64) throws(StoreError) -> GeneralPractitioner? {
    let s = try db.statement(
      """
      SELECT gp.name, gp.hpr, o.name, o.municipality_code FROM patient p
      JOIN practitioner gp ON gp.id = p.gp_id
      LEFT JOIN organisation o ON o.id = gp.organisation_id WHERE p.id = ?
      """
    ).bind(1, patientID)
    defer { s.reset() }
    guard try s.step() else { return nil }
    return GeneralPractitioner(
      name: s.text(0), hprNumber: s.text(1), officeName: s.text(2), municipalityCode: s.text(3))
  }

  /// The GP office the server names, for a patient with no GP of this store's own.
  private func gpOffice(_ patientID: Int64) throws(StoreError) -> String? {
    let s = try db.statement("SELECT gp_office FROM patient WHERE id = ? AND gp_id IS NULL").bind(1, patientID)
    defer { s.reset() }
    return try s.step() ? s.optionalText(0) : nil
  }

  private func cave(_ patientID: Int64) throws(StoreError) -> [CaveEntry] {
    try db.statement(
      """
      SELECT category, agent, reaction, severity, certainty, registered_by, registered_on, origin
      FROM cave_entry WHERE patient_id = ? ORDER BY id
      """
    ).bind(1, patientID).rows { s in
      CaveEntry(
        category: CaveEntry.Category(rawValue: s.text(0)) ?? .other, agent: s.text(1),
        reaction: s.text(2),
        severity: CaveEntry.Severity(rawValue: s.text(3)) ?? .severe,
        certainty: CaveEntry.Certainty(rawValue: s.text(4)) ?? .suspected,
        registeredBy: s.text(5),
        registeredOn: CivilDate(ordinal: Int(s.int(6))) ?? SyntheticPopulation.referenceDate, origin: s.optionalText(7))
    }
  }

  func contacts(_ patientID: Int64) throws(StoreError) -> [PatientContact] {
    try db.statement(
      """
      SELECT name, relation, phone, next_of_kin FROM contact WHERE patient_id = ?
      ORDER BY next_of_kin DESC, id
      """
    ).bind(1, patientID).rows { s in
      PatientContact(
        name: s.text(0), relation: PatientContact.Relation(rawValue: s.text(1)) ?? .other,
        phone: s.text(2), isNextOfKin: s.int(3) == 1)
    }
  }

  /// The latest openings of a chart, newest first.
  public func access(_ patientID: Int64, limit: Int) throws(StoreError) -> [ChartAccess] {
    try db.statement(
      """
      SELECT user_name, role, organisation, at, basis FROM audit_event
      WHERE patient_id = ? ORDER BY id DESC LIMIT ?
      """
    ).bind(1, patientID).bind(2, limit).rows { s in
      ChartAccess(
        userName: s.text(0), role: s.text(1), organisation: s.text(2),
        at: AuditLog.parse(s.text(3)) ?? Date(timeIntervalSince1970: 0),
        basis: AccessBasis(rawValue: s.text(4)) ?? .directLookup)
    }
  }
}
