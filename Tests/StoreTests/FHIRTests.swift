import Clinical
import Foundation
import XCTest

@testable import Store

/// FHIR import and export on real demo stores: the round trip of every mapped resource, the
/// identifier systems, every kind of bad input refused whole, and seeded random mutations.
final class FHIRTests: XCTestCase {
  var folder = ""
  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  let at = Date(timeIntervalSince1970: 1_795_000_000)

  private func store(_ name: String, seed: UInt64) throws -> PatientStore {
    try DemoStoreBuilder.build(at: folder + "/\(name).sqlite", population: SyntheticPopulation(seed: seed, size: 120), seededAt: at)
  }

  private func importer(_ store: PatientStore) -> FHIRImporter { FHIRImporter(store: store, today: testToday, origin: "test.json") }

  private func identifier(_ store: PatientStore, patient: Int64) throws -> String {
    let s = try store.db.statement("SELECT value FROM identifier WHERE patient_id = ?").bind(1, patient)
    defer { s.reset() }
    _ = try s.step()
    return s.text(0)
  }

  /// Rows in every table an import writes, to prove a refused bundle wrote nothing.
  private func rowCounts(_ store: PatientStore) throws -> [Int] {
    try ["patient", "identifier", "practitioner", "organisation", "condition", "cave_entry", "medication_source",
      "medication_line", "vital_signs", "encounter", "note", "problem"].map { table in
      let s = try store.db.statement("SELECT count(*) FROM \(table)")
      defer { s.reset() }
      _ = try s.step()
      return Int(s.int(0))
    }
  }

  /// A patient with something of everything the export writes.
  private func filledPatient(_ store: PatientStore) throws -> Int64 {
    let patient: Int64 = 60
    let clinician = Clinician(userID: "hpr:9000009", name: "Lege Lise", role: "lege", organisation: "Legekontoret")
    try CaveLog(store: store).register(
      CaveEntry(category: .drugReaction, agent: "Penicillin (ATC J01C)", reaction: "Urtikaria", severity: .severe,
        certainty: .probable, registeredBy: "Lege Lise", registeredOn: CivilDate(year: 2020, month: 2, day: 3)!), for: patient)
    try CaveLog(store: store).register(
      CaveEntry(category: .implant, agent: "Pacemaker", reaction: "MR-undersøkelse kontraindisert", severity: .lifeThreatening,
        certainty: .confirmed, registeredBy: "Lege Lise", registeredOn: CivilDate(year: 2021, month: 5, day: 6)!), for: patient)
    try VitalsLog(store: store).save(
      VitalSigns(respirationRate: 18, oxygenSaturation: 95, onOxygen: false, systolicPressure: 128, pulse: 77,
        consciousness: .alert, temperatureTenths: 372), for: patient, by: clinician, at: at.addingTimeInterval(-3_600))
    try VitalsLog(store: store).save(VitalSigns(pulse: 91), for: patient, by: clinician, at: at.addingTimeInterval(-60))
    let notes = NoteLog(store: store)
    let k86 = CodeList.icpc2.code("K86")!
    let note = try notes.sign(NoteDraft(type: .gpConsultation, body: "BT 150/95.\nStarter amlodipin 5 mg.", codes: [k86]),
      for: patient, by: clinician, at: at.addingTimeInterval(-7_200))
    try notes.sign(NoteDraft(type: .gpConsultation, body: "Tillegg: dosen er 5 mg, ikke 10.", codes: [k86], addendumTo: note),
      for: patient, by: clinician, at: at.addingTimeInterval(-7_000))
    let wrong = try notes.sign(NoteDraft(type: .telephone, body: "Ringte om resept."), for: patient, by: clinician, at: at.addingTimeInterval(-6_000))
    try notes.markEnteredInError(wrong, of: patient, reason: "Feil pasient", by: clinician, at: at.addingTimeInterval(-5_000))
    try MedicationLog(store: store).sign(
      [
        MedicationLine(atc: "C08CA01", drug: "Amlodipin", dose: "5 mg", frequency: "1 x 1", indication: "Hypertensjon", prescriber: "Lege Lise"),
        MedicationLine(atc: "N02BE01", drug: "Paracetamol", dose: "1 g", frequency: "ved behov", status: .paused(reason: "Ingen smerter")),
        MedicationLine(atc: "M01AE01", drug: "Ibuprofen", dose: "400 mg", frequency: "1 x 3", status: .stopped(reason: "Blodtrykk", on: CivilDate(year: 2026, month: 11, day: 1)!)),
      ],
      classifications: [:], reasons: [:], sources: [], for: patient, by: clinician, at: at.addingTimeInterval(-4_000))
    try TriageLog(store: store).register(patientID: patient, complaint: .chestPain, vitals: VitalSigns(pulse: 100), by: clinician, at: at.addingTimeInterval(-3_000))
    return patient
  }

  /// The export without what only names rows of one store (ids, full URLs, references, the
  /// export's own time), for comparing two stores' exports of the same record.
  private func normalized(_ data: Data, dropping types: Set<String> = []) throws -> [String] {
    let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    func strip(_ value: Any) -> Any {
      if let d = value as? [String: Any] {
        return d.filter { !["id", "fullUrl", "reference", "timestamp"].contains($0.key) }.mapValues(strip)
      }
      if let a = value as? [Any] { return a.map(strip) }
      return value
    }
    let resources = (root["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
      .filter { !types.contains($0["resourceType"] as? String ?? "") }
    return try resources.map {
      String(decoding: try JSONSerialization.data(withJSONObject: strip($0), options: [.sortedKeys]), as: UTF8.self)
    }.sorted()
  }

  func test_an_export_imports_into_another_store_as_the_same_record_and_again_changes_nothing() throws {
    let a = try store("a", seed: 1)
    let patient = try filledPatient(a)
    let number = try identifier(a, patient: patient)
    let exported = try FHIRExporter(store: a).export(identifier: number, at: at)
    // Into the same store: everything is already there.
    let again = try importer(a).importData(exported)
    XCTAssertNil(again.rejected)
    XCTAssertEqual(again.created, [:], "nothing duplicated: \(again)")
    // Into the same population as it was before any of it was written: the patient is matched by
    // number, and everything clinical is created.
    let b = try store("b", seed: 1)
    let report = try importer(b).importData(exported)
    XCTAssertNil(report.rejected, "\(report)")
    XCTAssertEqual(report.skipped["Patient"], 1, "matched by identifier")
    XCTAssertEqual(report.created["DocumentReference"], 3)
    XCTAssertEqual(report.created["AllergyIntolerance"], 1)
    XCTAssertEqual(report.created["Flag"], 1, "the implant; the seeded critical condition was there")
    XCTAssertEqual(report.created["MedicationStatement"], 3)
    XCTAssertEqual(report.created["Encounter"], 1)
    let back = try FHIRExporter(store: b).export(identifier: number, at: at)
    // The list of medicines in use comes back as a list to reconcile: an import never signs one.
    XCTAssertEqual(try normalized(back), try normalized(exported, dropping: ["MedicationStatement"]))
    let idB = try DecisionLog(store: b).patientID(identifier: number)
    let source = try XCTUnwrap(try MedicationLog(store: b).sources(idB).first)
    XCTAssertEqual(source.lines.map(\.atc), ["C08CA01", "N02BE01", "M01AE01"])
    XCTAssertEqual(source.lines.map(\.status), [.active, .paused(reason: "Ingen smerter"), .stopped(reason: "Blodtrykk", on: CivilDate(year: 2026, month: 11, day: 1)!)])
    let notesB = try NoteLog(store: b).notes(idB, limit: 10)
    XCTAssertEqual(notesB.count, 3, "the note, its addendum and the one entered in error")
    XCTAssertNotNil(try NoteLog(store: b).notes(idB, type: .telephone, containing: "", limit: 5).first?.enteredInError)
    XCTAssertTrue(try NoteLog(store: b).verifyAll().changed.isEmpty, "imported notes are hashed like any other")
    // And the second import into the other store changes nothing either.
    XCTAssertEqual(try importer(b).importData(exported).created, [:])
  }

  private func bundle(_ resources: [[String: Any]], type: String = "collection") -> Data {
    let entries = resources.enumerated().map { i, r -> [String: Any] in ["fullUrl": "urn:uuid:00000000-0000-0000-0000-\(String(format: "%012d", i))", "resource": r] }
    return try! JSONSerialization.data(withJSONObject: ["resourceType": "Bundle", "type": type, "entry": entries])
  }

  private func patient(_ number: String, system: String = FHIRSystem.birthNumber, family: String = "Ødegård", given: [String] = ["Åse", "Ærlig"], born: String = "1996-02-29") -> [String: Any] {
    ["resourceType": "Patient", "id": "p1", "identifier": [["system": system, "value": number]],
     "name": [["family": family, "given": given]], "birthDate": born, "gender": "female"]
  }

  func test_identifier_systems_name_the_kind_of_number() throws {
    let b = try store("b", seed: 3)
    // A new Tenor birth number under the fødselsnummer system, with æøå in the names.
    let report = try importer(b).importData(bundle([patient("01815012190", family: "Ærøy", given: ["Øystein", "Åge"], born: "1950-01-01")]))
    XCTAssertEqual(report.created["Patient"], 1, "\(report)")
    let listing = try PatientReader(store: b).listings([try DecisionLog(store: b).patientID(identifier: "01815012190")]).first
    XCTAssertEqual(listing?.name.full, "Øystein Åge Ærøy")
    XCTAssertEqual(listing?.identifierKind, .tenorBirthNumber)
    // A help number under the H-number system.
    let h = try importer(b).importData(bundle([patient("01418020063", system: FHIRSystem.helpNumber, family: "Ukjent", given: ["Mann"], born: "1980-01-01")]))
    XCTAssertNil(h.rejected, "\(h)")
    XCTAssertEqual(try PatientReader(store: b).listings([try DecisionLog(store: b).patientID(identifier: "01418020063")]).first?.identifierKind, .hNumber)
    // An unknown system, and a number that is not valid.
    XCTAssertEqual(try importer(b).importData(bundle([patient("01815012190", system: "urn:oid:1.2.3")])).rejected,
      FHIRImportProblem(entry: 1, resourceType: "Patient", field: "identifier", .unknownSystem))
    XCTAssertEqual(try importer(b).importData(bundle([patient("01815012191")])).rejected,
      FHIRImportProblem(entry: 1, resourceType: "Patient", field: "identifier.value", .invalidIdentifier))
    // A real-series number is refused by a demo store, named as such.
    XCTAssertEqual(try importer(b).importData(bundle([patient("15076500565")])).rejected?.reason, .refusedByStore("real"))
    // A practitioner known by HPR number under another name is a conflict, not a match.
    let other: [String: Any] = ["resourceType": "Practitioner", "identifier": [["system": FHIRSystem.hpr, "value": "9000001"]],
      "name": [["family": "Annen", "given": ["Navn"]]]]
    XCTAssertEqual(try importer(b).importData(bundle([other])).rejected,
      FHIRImportProblem(entry: 1, resourceType: "Practitioner", field: "name", .nameOrBirthDateMismatch))
  }

  func test_every_kind_of_bad_input_is_refused_whole_naming_the_resource_and_field() throws {
    let b = try store("b", seed: 4)
    let before = try rowCounts(b)
    let good = patient("01815012190", family: "Ærøy", given: ["Øystein"], born: "1950-01-01")
    let observation: [String: Any] = [
      "resourceType": "Observation", "status": "final", "subject": ["reference": "urn:uuid:00000000-0000-0000-0000-000000000000"],
      "code": ["coding": [["system": FHIRSystem.loinc, "code": "8867-4"]]], "effectiveDateTime": "2026-11-27T08:00:00Z",
      "valueQuantity": ["value": 80, "unit": "/min"],
    ]
    var tooFast = observation
    tooFast["valueQuantity"] = ["value": 400, "unit": "/min"]
    var unknownCode = observation
    unknownCode["code"] = ["coding": [["system": "http://example.org/codes", "code": "x"]]]
    var dangling = observation
    dangling["subject"] = ["reference": "Patient/nowhere"]
    var wrongType = good
    wrongType["birthDate"] = 19_500_101
    var noName = good
    noName["name"] = nil
    var duplicate = good
    duplicate["identifier"] = [["system": FHIRSystem.birthNumber, "value": "12834823460"]]
    let cases: [(String, Data, FHIRImportProblem)] = [
      ("malformed JSON", Data("{\"resourceType\": \"Bundle\", ".utf8), FHIRImportProblem(.notJSON)),
      ("not FHIR", Data("{\"hello\": 1}".utf8), FHIRImportProblem(.notFHIR)),
      ("deeply nested", Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8), FHIRImportProblem(.tooDeep)),
      ("100 MB", Data(count: 100 * 1024 * 1024), FHIRImportProblem(.tooLarge(bytes: 100 * 1024 * 1024))),
      ("bundle type", bundle([good], type: "message"), FHIRImportProblem(resourceType: "Bundle", field: "type", .unsupportedBundleType("message"))),
      ("wrong type", bundle([wrongType]), FHIRImportProblem(entry: 1, resourceType: "Patient", field: "birthDate", .wrongType)),
      ("missing field", bundle([noName]), FHIRImportProblem(entry: 1, resourceType: "Patient", field: "name", .missing)),
      ("out of bounds", bundle([good, tooFast]), FHIRImportProblem(entry: 2, resourceType: "Observation", field: "valueQuantity", .outOfBounds)),
      ("unknown code system", bundle([good, unknownCode]), FHIRImportProblem(entry: 2, resourceType: "Observation", field: "code.coding.system", .unknownSystem)),
      ("reference to nothing", bundle([good, dangling]), FHIRImportProblem(entry: 2, resourceType: "Observation", field: "subject", .unresolvedReference)),
      ("same id twice", bundle([good, good]), FHIRImportProblem(entry: 2, resourceType: "Patient", field: "id", .duplicateID)),
      ("name differs on a known number", bundle([duplicate]), FHIRImportProblem(entry: 1, resourceType: "Patient", field: "name", .nameOrBirthDateMismatch)),
    ]
    for (name, data, expected) in cases {
      let report = try importer(b).importData(data)
      XCTAssertEqual(report.rejected, expected, name)
      XCTAssertEqual(report.created, [:], name)
      XCTAssertEqual(try rowCounts(b), before, "\(name): nothing half-written")
    }
    // The valid patient alone goes in.
    XCTAssertEqual(try importer(b).importData(bundle([good, observation])).created, ["Patient": 1, "Observation": 1])
  }

  /// Seeded random mutations of a valid bundle: never a crash, and either the whole bundle or
  /// nothing of it in the store.
  func test_mutated_bundles_never_crash_and_never_write_half() throws {
    let a = try store("a", seed: 1)
    let exported = try FHIRExporter(store: a).export(identifier: try identifier(a, patient: try filledPatient(a)), at: at)
    let b = try store("b", seed: 5)
    var random = SeededGenerator(seed: 99)
    let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
    func mutate(_ value: Any, depth: Int) -> Any {
      if var d = value as? [String: Any], !d.isEmpty {
        let keys = d.keys.sorted()
        let key = keys[random.below(keys.count)]
        switch random.below(5) {
        case 0: d[key] = nil
        case 1: d[key] = 42
        case 2: d[key] = "x"
        case 3: d[key] = [["nested": true]]
        default: d[key] = mutate(d[key]!, depth: depth + 1)
        }
        return d
      }
      if var a = value as? [Any], !a.isEmpty {
        let i = random.below(a.count)
        if random.below(3) == 0 { a.remove(at: i) } else { a[i] = mutate(a[i], depth: depth + 1) }
        return a
      }
      return random.below(2) == 0 ? "" : -1
    }
    for round in 0..<150 {
      let mutated = mutate(root, depth: 0)
      guard var data = try? JSONSerialization.data(withJSONObject: mutated) else { continue }
      if round % 10 == 0 { data = data.prefix(random.below(max(1, data.count))) }
      let before = try rowCounts(b)
      let report = try importer(b).importData(data)
      if report.rejected != nil {
        XCTAssertEqual(try rowCounts(b), before, "round \(round): refused bundles write nothing")
      }
    }
  }
}

extension FHIRTests {
  /// A discharge bundle written by hand from the R4 structure: a transaction with urn:uuid,
  /// absolute and relative references, ICD-10 and SNOMED conditions, an allergy, a prescription,
  /// a blood-pressure panel, a weight (not a NEWS2 sign), an encounter and a Composition (not kept).
  func test_a_hospital_discharge_bundle_lands_in_the_chart_and_the_medication_sources() throws {
    let b = try store("b", seed: 6)
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/discharge-transaction.json")
    let report = try importer(b).importData(try Data(contentsOf: url))
    XCTAssertNil(report.rejected, "\(report)")
    XCTAssertEqual(report.created, [
      "Organization": 1, "Practitioner": 1, "Patient": 1, "Condition": 2, "AllergyIntolerance": 1,
      "MedicationRequest": 1, "Observation": 2, "Encounter": 1,
    ])
    XCTAssertEqual(report.skipped, ["Observation": 1, "Composition": 1])
    let id = try DecisionLog(store: b).patientID(identifier: "01815012190")
    let summary = try PatientReader(store: b).summary(id)
    XCTAssertEqual(summary.listing.name.full, "Øystein Åge Ærøy")
    XCTAssertEqual(summary.listing.municipalityName, "Ålesund")
    XCTAssertEqual(summary.gp?.hprNumber, "9876543")
    XCTAssertEqual(summary.problems.map(\.code), ["I50"], "ICD-10 on the problem list; SNOMED kept apart")
    XCTAssertEqual(summary.cave.first?.agent, "Sulfonamider")
    XCTAssertEqual(summary.cave.first?.severity, .lifeThreatening)
    XCTAssertEqual(summary.vitals.first?.signs.systolicPressure, 142)
    XCTAssertEqual(summary.vitals.first?.signs.pulse, 72, "one set from two observations at the same time")
    XCTAssertEqual(summary.unreconciledSources, 1)
    let source = try XCTUnwrap(try MedicationLog(store: b).sources(id).first)
    XCTAssertEqual(source.lines.first?.dose, "40 mg")
    XCTAssertEqual(source.date, CivilDate(year: 2026, month: 11, day: 20))
    let snomed = try b.db.statement("SELECT system, code FROM condition WHERE patient_id = ? AND system = ?")
      .bind(1, id).bind(2, FHIRSystem.snomed).rows { ($0.text(0), $0.text(1)) }
    XCTAssertEqual(snomed.first?.1, "84114007", "kept as given")
    // And a second time: nothing new.
    XCTAssertEqual(try importer(b).importData(try Data(contentsOf: url)).created, [:])
  }
}
