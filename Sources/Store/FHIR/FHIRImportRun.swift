import Clinical
import Foundation

/// One bundle's import inside its transaction: resources in dependency order, references
/// resolved to the rows they became, vital signs grouped into sets and medications into one list
/// per patient. Throws the first `FHIRImportProblem`; the caller rolls back.
struct FHIRImportRun {
  let importer: FHIRImporter
  let resources: [FHIRResource]
  var report = FHIRImportReport()
  private var patients: [String: Int64] = [:]
  private var practitioners: [String: Int64] = [:]
  private var notes: [String: Int64] = [:]
  private var vitalSets: [VitalSetKey: (FHIRResource, VitalSigns, String)] = [:]
  private var medications: [Int64: (FHIRResource, [MedicationLine], CivilDate?)] = [:]

  struct VitalSetKey: Hashable {
    let patient: Int64
    let at: Date
  }

  init(importer: FHIRImporter, resources: [FHIRResource]) {
    self.importer = importer
    self.resources = resources
  }

  var db: SQLiteDatabase { importer.db }

  mutating func perform(progress: (Int, Int) -> Void) throws {
    let ordered = resources.sorted { a, b in
      let ia = FHIRImporter.order.firstIndex(of: a.type) ?? FHIRImporter.order.count
      let ib = FHIRImporter.order.firstIndex(of: b.type) ?? FHIRImporter.order.count
      return ia == ib ? a.entry < b.entry : ia < ib
    }
    for (done, r) in ordered.enumerated() {
      if done % 1_000 == 0 { progress(done, ordered.count) }
      guard FHIRImporter.kept.contains(r.type) else {
        count(&report.skipped, r.type)
        continue
      }
      switch r.type {
      case "Organization": try organization(r)
      case "Practitioner": try practitioner(r)
      case "Patient": try patient(r)
      case "Condition": try condition(r)
      case "AllergyIntolerance", "Flag": try cave(r)
      case "MedicationStatement", "MedicationRequest": try medication(r)
      case "Observation": try observation(r)
      case "Encounter": try encounter(r)
      default: try documentReference(r)
      }
    }
    try finishVitals()
    try finishMedications()
    progress(ordered.count, ordered.count)
  }

  private func count(_ counts: inout [String: Int], _ type: String) { counts[type, default: 0] += 1 }

  private func keys(_ r: FHIRResource) -> [String] {
    [r.fullUrl, r.id.map { "\(r.type)/\($0)" }].compactMap { $0 }
  }

  // MARK: Reference data

  private mutating func organization(_ r: FHIRResource) throws {
    let name = try r.requiredString("name")
    let s = try db.statement("SELECT id FROM organisation WHERE name = ?").bind(1, name)
    let exists = try s.step()
    s.reset()
    if exists {
      count(&report.skipped, r.type)
    } else {
      try db.statement("INSERT INTO organisation(kind, name, municipality_code) VALUES ('imported', ?, NULL)").bind(1, name).run()
      count(&report.created, r.type)
    }
  }

  private mutating func practitioner(_ r: FHIRResource) throws {
    let identifiers = try r.array("identifier")
    guard let hpr = try identifiers.first(where: { try r.string("system", in: $0, path: "identifier.system") == FHIRSystem.hpr })
      .map({ try r.requiredString("value", in: $0, path: "identifier.value") })
    else { throw r.problem("identifier", identifiers.isEmpty ? .missing : .unknownSystem) }
    guard hpr.count <= 9, hpr.allSatisfy(\.isNumber) else { throw r.problem("identifier.value", .invalidIdentifier) }
    let name = try humanName(r)
    let s = try db.statement("SELECT id, name FROM practitioner WHERE hpr = ?").bind(1, hpr)
    if try s.step() {
      let id = s.int(0)
      let known = s.text(1)
      s.reset()
      guard NameKey.fold(known) == NameKey.fold(name.full) else { throw r.problem("name", .nameOrBirthDateMismatch) }
      for key in keys(r) { practitioners[key] = id }
      count(&report.skipped, r.type)
      return
    }
    s.reset()
    try db.statement("INSERT INTO practitioner(hpr, name, role) VALUES (?, ?, 'practitioner')")
      .bind(1, hpr).bind(2, name.full).run()
    for key in keys(r) { practitioners[key] = db.lastInsertRowID }
    count(&report.created, r.type)
  }

  private func humanName(_ r: FHIRResource) throws(FHIRImportProblem) -> PersonName {
    let names = try r.array("name")
    guard let name = names.first(where: { ($0["use"] as? String) == "official" }) ?? names.first else { throw r.problem("name", .missing) }
    let family = try r.requiredString("family", in: name, path: "name.family")
    guard let given = (name["given"] ?? []) as? [String], !given.isEmpty, !given[0].isEmpty else {
      throw r.problem("name.given", name["given"] == nil ? .missing : .wrongType)
    }
    for part in [family] + given where part.count > 100 || part.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw r.problem("name", .wrongType)
    }
    return PersonName(given: given[0], middle: given.count > 1 ? given.dropFirst().joined(separator: " ") : nil, family: family)
  }

  // MARK: Patient

  private mutating func patient(_ r: FHIRResource) throws {
    let identifiers = try r.array("identifier")
    let known = [FHIRSystem.birthNumber, FHIRSystem.dNumber, FHIRSystem.helpNumber]
    guard let identifier = try identifiers.first(where: { known.contains(try r.string("system", in: $0, path: "identifier.system") ?? "") }) else {
      throw r.problem("identifier", identifiers.isEmpty ? .missing : .unknownSystem)
    }
    let number = try r.requiredString("value", in: identifier, path: "identifier.value")
    let explained = IdentifierValidator.inForce(on: importer.today).explain(number, today: importer.today)
    guard number.count == 11, explained.isValid, let kind = explained.kind else { throw r.problem("identifier.value", .invalidIdentifier) }
    let name = try humanName(r)
    guard let born = try r.date("birthDate", required: true) else { throw r.problem("birthDate", .missing) }
    let sex: Sex = switch try r.string("gender") { case "female": .female; case "male": .male; default: .unknown }
    let municipality = try municipalityCode(r)
    var gp: Int64?
    if let reference = try r.array("generalPractitioner").first {
      gp = try practitioner(reference, r)
    }
    let found = try db.statement("SELECT p.id, p.given, p.middle, p.family, p.birth_date, p.municipality_code, p.gp_id FROM identifier i JOIN patient p ON p.id = i.patient_id WHERE i.value = ?").bind(1, number)
    if try found.step() {
      let id = found.int(0)
      let same = NameKey.fold(PersonName(given: found.text(1), middle: found.optionalText(2), family: found.text(3)).full) == NameKey.fold(name.full)
        && Int(found.int(4)) == born.ordinal
      let changed = (municipality != nil && municipality != found.optionalText(5)) || (gp != nil && gp != found.optionalInt(6))
      found.reset()
      guard same else { throw r.problem("name", .nameOrBirthDateMismatch) }
      if changed {
        try db.statement("UPDATE patient SET municipality_code = coalesce(?, municipality_code), gp_id = coalesce(?, gp_id) WHERE id = ?")
          .bind(1, municipality).bind(2, gp).bind(3, id).run()
        count(&report.updated, r.type)
      } else {
        count(&report.skipped, r.type)
      }
      for key in keys(r) { patients[key] = id }
      patients["identifier:" + number] = id
      return
    }
    found.reset()
    let record = PatientRecord(
      name: name, birthDate: born, sex: sex, identifier: number, identifierKind: kind, municipalityCode: municipality,
      gpIndex: nil, cave: [], contacts: [])
    let id = try insertPatient(record, gp: gp, r)
    for key in keys(r) { patients[key] = id }
    patients["identifier:" + number] = id
    count(&report.created, r.type)
  }

  /// The store's own rule on numbers, named for the resource: no synthetic number in a real store,
  /// no real one in a demo store.
  private func insertPatient(_ record: PatientRecord, gp: Int64?, _ r: FHIRResource) throws -> Int64 {
    do throws(StoreError) {
      return try PatientWriter(db: db, kind: importer.kind).insert(record, gpID: gp)
    } catch {
      switch error {
      case .syntheticNumberInProductionStore: throw r.problem("identifier.value", .refusedByStore("synthetic"))
      case .realNumberInDemoStore: throw r.problem("identifier.value", .refusedByStore("real"))
      default: throw error
      }
    }
  }

  /// The kommunenummer from the no-basis extension on the address, or the district's name.
  private func municipalityCode(_ r: FHIRResource) throws -> String? {
    guard let address = try r.array("address").first else { return nil }
    for ext in try r.array("extension", in: address, path: "address.extension") where ext["url"] as? String == FHIRSystem.municipalityExtension {
      let code = ((ext["valueCoding"] as? [String: Any])?["code"] as? String) ?? (ext["valueString"] as? String)
      guard let code else { throw r.problem("address.extension", .missing) }
      return try known("SELECT code FROM municipality WHERE code = ?", code)
    }
    guard let district = try r.string("district", in: address, path: "address.district") else { return nil }
    return try known("SELECT code FROM municipality WHERE name = ? COLLATE NOCASE", district)
  }

  private func known(_ sql: String, _ value: String) throws(StoreError) -> String? {
    let s = try db.statement(sql).bind(1, value)
    defer { s.reset() }
    return try s.step() ? s.text(0) : nil
  }

  private func practitioner(_ reference: [String: Any], _ r: FHIRResource) throws -> Int64 {
    if let ref = reference["reference"] as? String {
      guard let id = practitioners[ref] else { throw r.problem("generalPractitioner", .unresolvedReference) }
      return id
    }
    if let identifier = reference["identifier"] as? [String: Any], identifier["system"] as? String == FHIRSystem.hpr,
      let hpr = identifier["value"] as? String, let id = try known("SELECT id FROM practitioner WHERE hpr = ?", hpr).flatMap(Int64.init) {
      return id
    }
    throw r.problem("generalPractitioner", .unresolvedReference)
  }

  /// The patient a resource is about: `subject` (or `patient`) pointing at a Patient in the
  /// bundle, or carrying a known identifier.
  private func subject(_ r: FHIRResource) throws -> Int64 {
    let field = r.json["subject"] != nil ? "subject" : "patient"
    guard let reference = try r.object(field) else { throw r.problem(field, .missing) }
    if let ref = reference["reference"] as? String {
      guard let id = patients[ref] else { throw r.problem(field, .unresolvedReference) }
      return id
    }
    if let identifier = reference["identifier"] as? [String: Any], let value = identifier["value"] as? String {
      if let id = patients["identifier:" + value] { return id }
      if let id = try known("SELECT patient_id FROM identifier WHERE value = ?", value).flatMap(Int64.init) { return id }
    }
    throw r.problem(field, .unresolvedReference)
  }

  // MARK: Clinical resources

  private mutating func condition(_ r: FHIRResource) throws {
    let patient = try subject(r)
    let concept = try r.object("code")
    let codings = try r.codings(concept, path: "code")
    guard !codings.isEmpty else { throw r.problem("code", .missing) }
    let systems = [FHIRSystem.icpc2, FHIRSystem.icd10, FHIRSystem.snomed]
    guard let coding = codings.first(where: { systems.contains($0["system"] as? String ?? "") }) else {
      throw r.problem("code.coding.system", .unknownSystem)
    }
    let code = try r.requiredString("code", in: coding, path: "code.coding.code")
    // A problem a signed note already put on the list is not a second condition.
    if let system = [FHIRSystem.icpc2: DiagnosisCode.System.icpc2, FHIRSystem.icd10: .icd10][coding["system"] as? String ?? ""] {
      let onList = try db.statement("SELECT 1 FROM problem WHERE patient_id = ? AND system = ? AND code = ?")
        .bind(1, patient).bind(2, system.rawValue).bind(3, code)
      let listed = try onList.step()
      onList.reset()
      if listed { return count(&report.skipped, r.type) }
    }
    let display = try r.string("display", in: coding, path: "code.coding.display") ?? (concept?["text"] as? String) ?? code
    let status = ((try r.codings(try r.object("clinicalStatus"), path: "clinicalStatus").first)?["code"] as? String) ?? "active"
    try db.statement(
      """
      INSERT INTO condition(patient_id, system, code, display, clinical_status, onset, recorded, source)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
      """
    ).bind(1, patient).bind(2, coding["system"] as? String).bind(3, code).bind(4, display).bind(5, status)
      .bind(6, try r.date("onsetDateTime")?.ordinal).bind(7, try r.string("recordedDate")).bind(8, importer.origin).run()
    if db.changes > 0 { count(&report.created, r.type) } else { count(&report.skipped, r.type) }
  }

  private mutating func cave(_ r: FHIRResource) throws {
    let patient = try subject(r)
    let concept = try r.object("code")
    let agent = try (concept?["text"] as? String) ?? r.codings(concept, path: "code").first?["display"] as? String
    guard let agent, !agent.isEmpty else { throw r.problem("code", .missing) }
    var category: CaveEntry.Category
    var severity = CaveEntry.Severity.moderate
    var certainty = CaveEntry.Certainty.confirmed
    var reaction = ""
    if r.type == "AllergyIntolerance" {
      let categories = (r.json["category"] as? [String]) ?? []
      category = categories.contains("medication") ? .drugReaction : .otherAllergy
      let first = try r.array("reaction").first
      if let first {
        let manifestation = try r.array("manifestation", in: first, path: "reaction.manifestation").first
        reaction = (manifestation?["text"] as? String) ?? ((manifestation?["coding"] as? [[String: Any]])?.first?["display"] as? String) ?? ""
        switch first["severity"] as? String {
        case "mild": severity = .mild
        case "severe": severity = .severe
        default: break
        }
      }
      if r.json["criticality"] as? String == "high" && severity == .severe { severity = .lifeThreatening }
      switch try r.codings(try r.object("verificationStatus"), path: "verificationStatus").first?["code"] as? String {
      case "unconfirmed": certainty = .suspected
      case "presumed": certainty = .probable
      default: break
      }
    } else {
      let code = try r.codings((try r.array("category")).first, path: "category").first { $0["system"] as? String == FHIRSystem.caveCategory }?["code"] as? String
      guard let code, let c = CaveEntry.Category(rawValue: code) else { throw r.problem("category", .unknownCode) }
      category = c
    }
    // The workstation's own detail, where it wrote the entry itself: exact severity and certainty.
    for ext in try r.array("extension") where (ext["url"] as? String)?.hasPrefix(FHIRSystem.caveDetail) == true {
      switch ext["url"] as? String {
      case FHIRSystem.caveDetail + "-reaction": reaction = ext["valueString"] as? String ?? reaction
      case FHIRSystem.caveDetail + "-severity": severity = (ext["valueCode"] as? String).flatMap(CaveEntry.Severity.init(rawValue:)) ?? severity
      case FHIRSystem.caveDetail + "-certainty": certainty = (ext["valueCode"] as? String).flatMap(CaveEntry.Certainty.init(rawValue:)) ?? certainty
      default: break
      }
    }
    let on = try r.date(r.type == "Flag" ? "date" : "recordedDate") ?? importer.today
    let by = ((r.json["recorder"] ?? r.json["author"]) as? [String: Any])?["display"] as? String ?? importer.origin
    let existing = try db.statement("SELECT 1 FROM cave_entry WHERE patient_id = ? AND category = ? AND agent = ? AND reaction = ?")
      .bind(1, patient).bind(2, category.rawValue).bind(3, agent).bind(4, reaction)
    let exists = try existing.step()
    existing.reset()
    guard !exists else { return count(&report.skipped, r.type) }
    try db.statement(
      """
      INSERT INTO cave_entry(patient_id, category, agent, reaction, severity, certainty, registered_by, registered_on)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(1, patient).bind(2, category.rawValue).bind(3, agent).bind(4, reaction).bind(5, severity.rawValue)
      .bind(6, certainty.rawValue).bind(7, by).bind(8, on.ordinal).run()
    count(&report.created, r.type)
  }

  private mutating func medication(_ r: FHIRResource) throws {
    let patient = try subject(r)
    switch FHIRMedicationList.line(r.json, type: r.type) {
    case .failure(let reason):
      let field: String
      switch reason {
      case .missingATC, .malformedATC, .missingName: field = "medicationCodeableConcept"
      case .missingDose, .badDose: field = "dosage.doseAndRate"
      case .badRoute: field = "dosage.route"
      default: field = "medication"
      }
      throw r.problem(field, reason == .missingATC ? .unknownSystem : .badDose)
    case .success(let line):
      var entry = medications[patient] ?? (r, [], nil)
      entry.1.append(line)
      for key in ["dateAsserted", "authoredOn"] {
        if let text = r.json[key] as? String, let date = FHIRMedicationList.civilDate(text) { entry.2 = max(entry.2 ?? date, date) }
      }
      medications[patient] = entry
    }
  }

  /// One source list per patient, unless it is the signed list already in force.
  private mutating func finishMedications() throws {
    let log = MedicationLog(db: db)
    for (patient, (r, lines, date)) in medications.sorted(by: { $0.key < $1.key }) {
      func key(_ l: MedicationLine) -> String { "\(l.atc)|\(l.dose)|\(l.frequency)|\(l.route.rawValue)|\(l.status.isActive)" }
      // Already the list in force, or already a list waiting for reconciliation.
      let wanted = lines.map(key).sorted()
      let known = [try log.currentList(patient)] + (try log.sources(patient)).map(\.lines)
      if known.contains(where: { $0.map(key).sorted() == wanted }) {
        report.skipped[r.type, default: 0] += lines.count
        continue
      }
      try log.addSource(.discharge, dated: date ?? importer.today, origin: "FHIR: \(importer.origin)", lines: lines, for: patient, at: Date())
      report.created[r.type, default: 0] += lines.count
    }
  }

  private mutating func observation(_ r: FHIRResource) throws {
    let patient = try subject(r)
    let codings = try r.codings(try r.object("code"), path: "code")
    guard let loinc = codings.first(where: { $0["system"] as? String == FHIRSystem.loinc })?["code"] as? String else {
      throw r.problem("code.coding.system", codings.isEmpty ? .missing : .unknownSystem)
    }
    guard let at = FHIRTime.parse(try r.requiredString("effectiveDateTime")) else { throw r.problem("effectiveDateTime", .badDate) }
    let by = (try r.array("performer").first?["display"] as? String) ?? importer.origin
    let key = VitalSetKey(patient: patient, at: at)
    var signs = vitalSets[key]?.1 ?? VitalSigns()
    func quantity(_ object: [String: Any], path: String) throws(FHIRImportProblem) -> Double {
      guard let q = try r.object("valueQuantity", in: object, path: path + ".valueQuantity") else { throw r.problem(path + ".valueQuantity", .missing) }
      guard let v = q["value"] as? Double, v.isFinite, abs(v) < 100_000 else { throw r.problem(path + ".valueQuantity.value", .wrongType) }
      return v
    }
    switch loinc {
    case "9279-1": signs.respirationRate = Int(try quantity(r.json, path: "value").rounded())
    case "59408-5", "2708-6":
      signs.oxygenSaturation = Int(try quantity(r.json, path: "value").rounded())
      for component in try r.array("component") {
        let system = ((component["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first
        if system?["code"] as? String == "3150-0", let onOxygen = component["valueBoolean"] as? Bool { signs.onOxygen = onOxygen }
        if system?["system"] as? String == FHIRSystem.spo2Scale, let scale = component["valueInteger"] as? Int { signs.scale = scale == 2 ? .two : .one }
      }
    case "85354-9", "8480-6":
      if loinc == "8480-6" {
        signs.systolicPressure = Int(try quantity(r.json, path: "value").rounded())
      } else {
        let systolic = try r.array("component").first { (($0["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String == "8480-6" }
        guard let systolic else { throw r.problem("component", .missing) }
        signs.systolicPressure = Int(try quantity(systolic, path: "component").rounded())
      }
    case "8867-4": signs.pulse = Int(try quantity(r.json, path: "value").rounded())
    case "8310-5": signs.temperatureTenths = Int((try quantity(r.json, path: "value") * 10).rounded())
    case "80288-4":
      let text = (try r.object("valueCodeableConcept"))?["text"] as? String ?? ""
      guard let level = VitalSigns.Consciousness(rawValue: text) else { throw r.problem("valueCodeableConcept", .unknownCode) }
      signs.consciousness = level
    default:
      // Another observation (a lab value, a weight): not kept here.
      return count(&report.skipped, r.type)
    }
    vitalSets[key] = (r, signs, by)
    count(&report.created, r.type)
  }

  /// Each set through the vitals log, which refuses values outside physiological bounds.
  private mutating func finishVitals() throws {
    let log = VitalsLog(db: db)
    for (key, (r, signs, by)) in vitalSets.sorted(by: { ($0.key.patient, $0.key.at) < ($1.key.patient, $1.key.at) }) {
      let existing = try db.statement("SELECT 1 FROM vital_signs WHERE patient_id = ? AND taken_at = ?")
        .bind(1, key.patient).bind(2, AuditLog.format(key.at))
      let exists = try existing.step()
      existing.reset()
      if exists {
        // Counted as created per observation above; already there, so skipped instead.
        let n = [signs.respirationRate, signs.oxygenSaturation, signs.systolicPressure, signs.pulse, signs.temperatureTenths]
          .compactMap { $0 }.count + (signs.consciousness == nil ? 0 : 1)
        report.created["Observation", default: 0] -= n
        report.skipped["Observation", default: 0] += n
        continue
      }
      var refused = false
      do throws(StoreError) {
        try log.save(signs, for: key.patient, by: Clinician(userID: "fhir", name: by, role: "", organisation: importer.origin), at: key.at)
      } catch {
        guard error == .refusedVitals else { throw error }
        refused = true
      }
      if refused { throw r.problem("valueQuantity", .outOfBounds) }
    }
    if report.created["Observation"] == 0 { report.created["Observation"] = nil }
  }

  private mutating func encounter(_ r: FHIRResource) throws {
    let patient = try subject(r)
    let identifier = try r.array("identifier").first.flatMap { $0["value"] as? String } ?? r.id ?? r.fullUrl
    guard let identifier else { throw r.problem("identifier", .missing) }
    let encounterClass = try r.object("class").flatMap { $0["code"] as? String } ?? "AMB"
    let status = try r.requiredString("status")
    let period = try r.object("period")
    // The workstation's own visits and stays, exported as encounters, are already here.
    if identifier.hasPrefix("triage-") || identifier.hasPrefix("stay-") {
      let table = identifier.hasPrefix("triage-") ? "triage_visit" : "stay"
      if let local = Int64(identifier.split(separator: "-").last.map(String.init) ?? "") {
        let own = try db.statement("SELECT 1 FROM \(table) WHERE id = ? AND patient_id = ?").bind(1, local).bind(2, patient)
        let isOwn = try own.step()
        own.reset()
        if isOwn { return count(&report.skipped, r.type) }
      }
    }
    try db.statement(
      """
      INSERT INTO encounter(patient_id, identifier, class, status, type, started, ended, source)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
      """
    ).bind(1, patient).bind(2, identifier).bind(3, encounterClass).bind(4, status)
      .bind(5, (try r.array("type").first?["text"] as? String)).bind(6, period?["start"] as? String)
      .bind(7, period?["end"] as? String).bind(8, importer.origin).run()
    if db.changes > 0 { count(&report.created, r.type) } else { count(&report.skipped, r.type) }
  }

  /// A signed note: written again through the note log (hash, problems), unless the same note
  /// (type, time, author, text) is there.
  private mutating func documentReference(_ r: FHIRResource) throws {
    let patient = try subject(r)
    let typeCode = try r.codings(try r.object("type"), path: "type").first { $0["system"] as? String == FHIRSystem.noteType }?["code"] as? String
    guard let typeCode, let type = NoteType(rawValue: typeCode) else { throw r.problem("type", .unknownCode) }
    guard let at = FHIRTime.parse(try r.requiredString("date")) else { throw r.problem("date", .badDate) }
    let author = (try r.array("author").first?["display"] as? String) ?? importer.origin
    guard let attachment = try r.array("content").first?["attachment"] as? [String: Any],
      let data = attachment["data"] as? String, let decoded = Data(base64Encoded: data),
      let body = String(data: decoded, encoding: .utf8)
    else { throw r.problem("content.attachment.data", .missing) }
    var codes: [DiagnosisCode] = []
    for event in try r.array("event", in: try r.object("context"), path: "context.event") {
      for coding in (event["coding"] as? [[String: Any]]) ?? [] {
        let list = coding["system"] as? String == FHIRSystem.icpc2 ? CodeList.icpc2 : (coding["system"] as? String == FHIRSystem.icd10 ? CodeList.icd10 : nil)
        guard let list, let code = (coding["code"] as? String).flatMap(list.code) else { throw r.problem("context.event", .unknownCode) }
        codes.append(code)
      }
    }
    var original: Int64?
    if let relation = try r.array("relatesTo").first, relation["code"] as? String == "appends" {
      guard let target = (relation["target"] as? [String: Any])?["reference"] as? String, let id = notes[target] else {
        throw r.problem("relatesTo.target", .unresolvedReference)
      }
      original = id
    }
    let same = try db.statement("SELECT id FROM note WHERE patient_id = ? AND type = ? AND signed_at = ? AND author_name = ? AND body = ?")
      .bind(1, patient).bind(2, type.rawValue).bind(3, AuditLog.format(at)).bind(4, author).bind(5, body)
    if try same.step() {
      let id = same.int(0)
      same.reset()
      for key in keys(r) { notes[key] = id }
      return count(&report.skipped, r.type)
    }
    same.reset()
    let log = NoteLog(db: db)
    var signed: Int64?
    do throws(StoreError) {
      signed = try log.sign(
        NoteDraft(type: type, body: body, codes: codes, addendumTo: original), for: patient,
        by: Clinician(userID: "fhir:" + author, name: author, role: "", organisation: importer.origin), at: at)
    } catch {
      // The note log's rule (a contact note needs an ICPC-2 code; not empty, not too long).
      guard error == .refusedNote else { throw error }
    }
    guard let id = signed else { throw r.problem("context.event", .missing) }
    if r.json["docStatus"] as? String == "entered-in-error" {
      _ = try log.markEnteredInError(id, of: patient, reason: (r.json["description"] as? String) ?? importer.origin, by: .demo, at: at)
    }
    for key in keys(r) { notes[key] = id }
    count(&report.created, r.type)
  }
}
