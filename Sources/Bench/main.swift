import Clinical
import Foundation
import Screens
import Store
import WorkstationKit

// workstation-bench [--population N] [--store PATH] [--sync-only] [--stations N] [--load-seconds S]:
// builds a synthetic store and measures the
// budgets of the foundation issue on the real code paths. Exits 1 when a budget is missed.
// With --store, an existing store there is reused (no load figure) and a new one is kept.

let arguments = CommandLine.arguments
let population =
  arguments.firstIndex(of: "--population").flatMap { Int(arguments[$0 + 1]) } ?? 1_000_000
let keptStore = arguments.firstIndex(of: "--store").map { arguments[$0 + 1] }
let folder = NSTemporaryDirectory() + "workstation-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let keymapPath = repository.appendingPathComponent("Keymaps/default.keymap").path
let today = Today.civilDate()
var report = BenchReport()
let stations = arguments.firstIndex(of: "--stations").flatMap { Int(arguments[$0 + 1]) } ?? 500
let loadSeconds = arguments.firstIndex(of: "--load-seconds").flatMap { Double(arguments[$0 + 1]) } ?? 120
let syncBench = SyncBench(folder: folder, patients: 100_000, operations: 100_000, stations: stations, loadSeconds: loadSeconds)
// --sync-only: the central server's figures alone (they need no population of their own).
if arguments.contains("--sync-only") {
  try syncBench.run(into: &report)
  print(report.printed(), terminator: "")
  exit(report.missed.isEmpty ? 0 : 1)
}
print("workstation-bench: \(population) patients, \(ProcessInfo.processInfo.activeProcessorCount) cores")

// Generating and loading the population, beside generation alone and the engine writing as
// many bare rows.
let storePath = keptStore ?? folder + "/demo.sqlite"
let store: PatientStore
if FileManager.default.fileExists(atPath: storePath) {
  store = try PatientStore(path: storePath, kind: .demo)
  print("reusing \(storePath): no load figure")
} else {
  var load = Measurement()
  store = try load.time {
    try DemoStoreBuilder.build(at: storePath, population: SyntheticPopulation(size: population))
  }
  var generation = Measurement()
  generation.time { SyntheticPopulation(size: population).forEachPatient { _ in } }
  var bareLoad = Measurement()
  try bareLoad.time { try EngineBaseline.bulkInsert(rows: population, folder: folder) }
  report.add(
    "generate + load \(population) patients", load, budget: 30_000,
    baseline: String(
      format: "generation alone %.0f ms; bare insert of %d rows %.0f ms", generation.p50,
      population, bareLoad.p50))
}

// The engine's floor for one keystroke: a bare indexed lookup by primary key.
let bare = try EngineBaseline.indexedLookups(store: store, count: 20_000)
let bareText = String(format: "bare indexed query p50 %.4f p99 %.4f", bare.p50, bare.p99)

// Lookup per keystroke: 1–6 letters of each kind of name, and numbers digit by digit.
let runner = EffectRunner(store: store, clinician: .demo, clock: { Date() })
let validator = IdentifierValidator.inForce(on: today)
func keystrokes(_ typed: String, upTo: Int) -> [String] {
  (1...min(upTo, typed.count)).map { String(typed.prefix($0)) }
}
let lookups: [(String, [String])] = [
  ("lookup: common name, 1–6 letters", keystrokes("hansen", upTo: 6)),
  ("lookup: rare name, 1–6 letters", keystrokes("celius", upTo: 6)),
  ("lookup: name with æøå, 1–6 letters", keystrokes("ødegår", upTo: 6)),
  ("lookup: no-match fragment, 1–6 letters", keystrokes("qxzvwy", upTo: 6)),
  ("lookup: two fragments 'nordm kari'", keystrokes("nordm kari", upTo: 10)),
  ("lookup: number digit by digit, 1–11", keystrokes("12834823460", upTo: 11)),
  ("lookup: birth date and VistA 'N23460'", ["120348", "12031948", "N", "N2", "N234", "N23460"]),
]
for (figure, prompts) in lookups {
  var m = Measurement()
  for _ in 0..<200 {
    for prompt in prompts {
      let query = LookupQuery.parse(prompt, today: today, validator: validator)
      // A screenful plus one at 80x24, as the lookup screen asks for.
      m.time { _ = runner.run(.search(query, generation: 1, limit: 18)) }
    }
  }
  report.add(figure, m, budget: 1, baseline: bareText)
}

// One keystroke end to end: key → keymap → reduce → effects → render into the buffer.
var keymap = try KeymapLoader.load(defaultPath: keymapPath, userPath: nil, extraPath: nil)
@MainActor func newSession() -> Session {
  let state = AppState(
    language: .nb, size: .minimum,
    session: SessionInfo(clinician: .demo, isDemo: true, storeIsEmpty: false),
    hints: keymap.hints, today: today)
  return Session(state: state, keymap: keymap, runner: runner)
}
var keystroke = Measurement()
for round in 0..<100 {
  let session = newSession()
  session.start()
  let typed = round % 2 == 0 ? "kari nordm" : "12834823460"
  for ch in typed {
    keystroke.time {
      session.press(ch == " " ? Key(.space) : .char(ch))
      _ = session.render()
    }
  }
  for key in [Key(.down), Key(.up), Key(.enter), Key(.function(2))] {
    keystroke.time {
      session.press(key)
      _ = session.render()
    }
  }
}
report.add("keystroke end to end (key → buffer)", keystroke, budget: 16, baseline: bareText)

// Start to first screen on the existing store: open with checks, keymap, recent, first frame.
var startup = Measurement()
var bareOpen = Measurement()
for _ in 0..<20 {
  try startup.time {
    let reopened = try PatientStore(path: storePath, kind: .demo)
    keymap = try KeymapLoader.load(defaultPath: keymapPath, userPath: nil, extraPath: nil)
    let state = AppState(
      language: .nb, size: .minimum,
      session: SessionInfo(clinician: .demo, isDemo: true, storeIsEmpty: try reopened.isEmpty()),
      hints: keymap.hints, today: today)
    let session = Session(
      state: state, keymap: keymap,
      runner: EffectRunner(store: reopened, clinician: .demo, clock: { Date() }))
    session.start()
    _ = session.render()
  }
  try bareOpen.time { try EngineBaseline.openAndQuery(storePath) }
}
report.add(
  "start to first screen (existing store)", startup, budget: 200,
  baseline: String(format: "bare open + one query p50 %.3f", bareOpen.p50))

// Saving a set of vital signs, committed with synchronous=FULL, beside a bare one-row insert
// committed the same way.
var saveVitals = Measurement()
let vitalsLog = VitalsLog(store: store)
let set = VitalSigns(
  respirationRate: 18, oxygenSaturation: 96, onOxygen: false, systolicPressure: 128, pulse: 76,
  consciousness: .alert, temperatureTenths: 372)
for i in 0..<200 {
  try saveVitals.time { try vitalsLog.save(set, for: Int64(1 + i % 1_000), by: .demo, at: Date()) }
}
let bareCommit = try EngineBaseline.committedInserts(store: store, count: 200)
report.add(
  "save a vital-signs set (synchronous=FULL)", saveVitals, budget: 2,
  baseline: String(format: "bare committed insert p50 %.3f p99 %.3f", bareCommit.p50, bareCommit.p99))

// A patient with 20 years of history: 500 signed notes and 2,000 vital-signs sets. Signing is
// measured while the history is written (each one committed with synchronous=FULL); then the
// chart is opened, logged and rendered as the terminal does it.
let historyPatient = Int64(max(8, population / 2))
let notes = NoteLog(store: store)
let existingNotes = try notes.notes(historyPatient, limit: 500).count
var sign = Measurement()
let codes = ["K86", "T90", "K78", "R74", "L03", "P76", "K77", "N01"].compactMap { CodeList.icpc2.code($0) }
let twentyYears = 20.0 * 365.25 * 86_400
for i in existingNotes..<500 {
  let body = "Kontroll \(i). " + String(repeating: "Status uendret, blodtrykk og vekt stabile. ", count: 12)
  let draft = NoteDraft(type: .gpConsultation, body: body, codes: [codes[i % codes.count]])
  let at = Date().addingTimeInterval(-twentyYears + Double(i) * twentyYears / 500)
  try sign.time { try notes.sign(draft, for: historyPatient, by: .demo, at: at) }
}
let existingVitals = try vitalsLog.latest(historyPatient, limit: 2_000).count
for i in existingVitals..<2_000 {
  var varied = set
  varied.pulse = 60 + i % 40
  try vitalsLog.save(varied, for: historyPatient, by: .demo, at: Date().addingTimeInterval(-Double(2_000 - i) * 3_600))
}
if !sign.samples.isEmpty {
  report.add(
    "sign a note (synchronous=FULL)", sign, budget: 2,
    baseline: String(format: "bare committed insert p50 %.3f p99 %.3f", bareCommit.p50, bareCommit.p99))
}
var chartOpen = Measurement()
let chartSession = newSession()
chartSession.start()
for _ in 0..<300 {
  chartOpen.time {
    for event in runner.run(.openChart(patientID: historyPatient)) { chartSession.dispatch(event) }
    _ = chartSession.render()
  }
  chartSession.dispatch(.action(.goBack))
}
report.add("open chart, 20 years of history, rendered", chartOpen, budget: 5, baseline: bareText)

// The lookup's opening list after a month of news for a GP who was away, at a workstation of
// five users: 3,000 notes by others arrived by sync in 3,000 charts and 1,000 patients new here,
// kept for each user; drawn at start and again whenever a sync round brings something.
let newsUser = "hpr:9000002"
if try store.db.statement("SELECT count(*) FROM chart_news").rows({ $0.int(0) }).first == 0 {
  try store.db.execute(
    """
    INSERT INTO chart_news(user_id, patient_id, latest, notes, new_here)
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000),
        users(id) AS (VALUES ('hpr:9000002'), ('hpr:9000003'), ('hpr:9000004'), ('hpr:9000005'), ('hpr:9000006'))
      SELECT users.id, 1 + (i * 7) % \(population - 1), strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (i % 29) || ' days'),
        CASE WHEN i <= 3000 THEN 1 ELSE 0 END, CASE WHEN i > 3000 THEN 1 ELSE 0 END FROM n, users
      WHERE true ON CONFLICT (user_id, patient_id) DO NOTHING
    """)
}
var openingList = Measurement()
for _ in 0..<200 {
  try openingList.time { _ = try PatientReader(store: store).recent(for: newsUser, limit: 18) }
}
report.add("lookup opening list, a month of news (4,000 arrivals)", openingList, budget: 16, baseline: bareText)

// Reconciliation: the discrepancy engine on 50 medicines across 5 lists, beside a bare pass
// over the same lines; then opening the screen for a patient with those lists, rendered.
let catalogue = MedicationCatalogue.shipped.medications
var seenATC = Set<String>()
let fifty = catalogue.filter { seenATC.insert($0.atc).inserted }.prefix(50)
let kinds: [MedicationSource.Kind] = [.nursingHome, .gpList, .discharge, .multidose, .patientAccount]
let benchSources = kinds.enumerated().map { index, kind in
  MedicationSource(
    id: Int64(index), kind: kind, date: CivilDate(year: 2026, month: 1 + index, day: 1)!, origin: "bench",
    lines: fifty.enumerated().compactMap { i, m in
      // Each list leaves some out and doubles some doses, so every class of finding occurs.
      (i + index) % 7 == 0 ? nil
        : MedicationLine(
          atc: m.atc, drug: m.name, dose: (i + index) % 5 == 0 ? "2 tabletter" : (m.usualDose?.description ?? "1 tablett"),
          frequency: index % 2 == 0 ? "1 x 1" : "1 x 2", route: m.route)
    })
}
var discrepancies = Measurement()
var barePass = Measurement()
for _ in 0..<500 {
  discrepancies.time { _ = Reconciliation.rows(current: [], sources: benchSources, cave: []) }
  barePass.time { _ = benchSources.flatMap(\.lines).reduce(0) { $0 &+ $1.atc.utf8.count } }
}
report.add(
  "discrepancies, 50 medicines × 5 lists", discrepancies, budget: 1,
  baseline: String(format: "bare pass over the 250 lines p50 %.4f p99 %.4f", barePass.p50, barePass.p99))
let medication = MedicationLog(store: store)
if try medication.sources(historyPatient).isEmpty {
  for source in benchSources {
    try medication.addSource(source.kind, dated: source.date, origin: source.origin, lines: source.lines, for: historyPatient, at: Date())
  }
}
var openMedRec = Measurement()
for _ in 0..<200 {
  for event in runner.run(.openChart(patientID: historyPatient)) { chartSession.dispatch(event) }
  openMedRec.time {
    chartSession.dispatch(.action(.goMedrec))
    _ = chartSession.render()
  }
  chartSession.dispatch(.action(.goBack))
  chartSession.dispatch(.action(.goBack))
}
report.add("open medication reconciliation, rendered", openMedRec, budget: 5, baseline: bareText)

// The legevakt queue with 200 walk-ins waiting: loaded, ordered and rendered, as a tick or a
// change does it.
let triage = TriageLog(store: store)
let queueNow = Date()
if try triage.queue(at: queueNow, .standard).count < 200 {
  let complaints = ComplaintGroup.allCases
  for i in 0..<200 {
    let vitals = VitalSigns(
      respirationRate: 14 + i % 12, oxygenSaturation: 99 - i % 8, onOxygen: false, systolicPressure: 100 + i % 60,
      pulse: 60 + i % 60, consciousness: .alert, temperatureTenths: 365 + i % 25)
    try triage.register(
      patientID: Int64(100 + i), complaint: complaints[i % complaints.count], vitals: vitals, by: .demo,
      at: queueNow.addingTimeInterval(-Double(i) * 60))
  }
}
var queueRender = Measurement()
let queueSession = newSession()
queueSession.start()
queueSession.dispatch(.action(.goTriage))
for _ in 0..<300 {
  queueRender.time {
    for event in runner.run(.loadTriageQueue) { queueSession.dispatch(event) }
    _ = queueSession.render()
  }
}
report.add("triage queue, 200 walk-ins, rendered", queueRender, budget: 5, baseline: bareText)

// The census of 20 wards × 30 beds, loaded and rendered; and length-of-stay statistics over
// ten years of completed stays in 66 municipalities, aggregated in the store.
let censusLog = CensusLog(store: store)
if try censusLog.beds().count < 600 {
  try store.db.inTransaction { () throws(StoreError) in
    let types = StayType.allCases
    for ward in 0..<20 {
      try store.db.statement("INSERT INTO ward(name, municipality_code) VALUES (?, '5001')").bind(1, "Bench \(ward)").run()
      let wardID = store.db.lastInsertRowID
      for bed in 0..<30 {
        try store.db.statement("INSERT INTO bed(ward_id, label, stay_type) VALUES (?, ?, ?)")
          .bind(1, wardID).bind(2, "\(ward)-\(bed)").bind(3, types[bed % types.count].rawValue).run()
        guard bed % 10 != 9 else { continue }
        let patient = Int64(10_000 + ward * 30 + bed)
        try store.db.statement(
          """
          INSERT INTO stay(patient_id, bed_id, municipality_code, stay_type, admitted, expected_discharge)
          VALUES (?, ?, '5001', ?, ?, ?)
          """
        ).bind(1, patient).bind(2, store.db.lastInsertRowID).bind(3, types[bed % types.count].rawValue)
          .bind(4, today.adding(days: -bed).ordinal).bind(5, today.adding(days: 30 - bed).ordinal).run()
      }
    }
    var random = SeededGenerator(seed: 66)
    var quarter = LengthOfStay.Quarter(today).previous
    let codes = DemoMunicipalities.all.map(\.0.code).prefix(66)
    for _ in 0..<40 {
      let first = CivilDate(year: quarter.year, month: (quarter.quarter - 1) * 3 + 1, day: 1)!
      for code in codes {
        for type in types {
          for _ in 0..<10 {
            let nights = 1 + random.below(60)
            let discharged = first.adding(days: random.below(90))
            try store.db.statement(
              """
              INSERT INTO stay(patient_id, municipality_code, stay_type, admitted, discharged, destination,
                discharge_quarter, nights) VALUES (?, ?, ?, ?, ?, 'home', ?, ?)
              """
            ).bind(1, Int64(1 + random.below(population))).bind(2, code).bind(3, type.rawValue)
              .bind(4, discharged.adding(days: -nights).ordinal).bind(5, discharged.ordinal)
              .bind(6, LengthOfStay.Quarter(discharged).key).bind(7, nights).run()
          }
        }
      }
      quarter = quarter.previous
    }
  }
}
// The budget is for drawing the census; loading it from the store is shown beside it.
var censusRender = Measurement()
var censusLoad = Measurement()
let censusSession = newSession()
censusSession.start()
censusSession.dispatch(.action(.goCensus))
for _ in 0..<200 {
  let events = censusLoad.time { runner.run(.loadCensus) }
  for event in events { censusSession.dispatch(event) }
  censusSession.dispatch(.action(.listNext))
  censusRender.time { _ = censusSession.render() }
}
report.add(
  "census, 20 wards × 30 beds, rendered", censusRender, budget: 5,
  baseline: String(format: "loading it from the store p50 %.2f p99 %.2f; %@", censusLoad.p50, censusLoad.p99, bareText))
var statistics = Measurement()
var tenYearsBack = LengthOfStay.Quarter(today)
for _ in 0..<40 { tenYearsBack = tenYearsBack.previous }
for _ in 0..<20 {
  try statistics.time {
    let aggregates = try censusLog.statistics(from: tenYearsBack)
    for type in StayType.allCases {
      _ = LengthOfStay.averages(aggregates, type: type, municipality: "5001")
      _ = LengthOfStay.averages(aggregates, type: type, municipality: nil)
    }
  }
}
report.add("length of stay, 10 years × 66 municipalities", statistics, budget: 50, baseline: bareText)

// Service decisions: 10,000 open cases in the inbox and 100,000 granted services in force this
// year, each with an IPLOS assessment, written straight into the tables.
let decisionLog = DecisionLog(store: store)
if try decisionLog.openCaseCount() < 10_000 {
  try store.db.inTransaction { () throws(StoreError) in
    var random = SeededGenerator(seed: 5)
    let services = MunicipalService.allCases
    let stages = ["received", "assessed", "decided", "letter-sent"]
    let insertCase = { (stage: String, received: CivilDate, service: MunicipalService) throws(StoreError) -> Int64 in
      try store.db.statement(
        """
        INSERT INTO service_case(patient_id, service_code, applicant, reason, received, urgent, stage, granted, case_officer)
        VALUES (?, ?, 'Søker selv', 'Benkesøknad', ?, ?, ?, 1, 'Bench')
        """
      ).bind(1, Int64(1 + random.below(population))).bind(2, service.code).bind(3, received.ordinal)
        .bind(4, random.below(50) == 0 ? 1 : 0).bind(5, stage).run()
      return store.db.lastInsertRowID
    }
    for _ in 0..<10_000 {
      _ = try insertCase(stages[random.below(stages.count)], today.adding(days: -random.below(90)), services[random.below(services.count)])
    }
    for _ in 0..<100_000 {
      let service = services[random.below(services.count)]
      let from = CivilDate(year: today.year, month: 1, day: 1)!.adding(days: random.below(300))
      let caseID = try insertCase("service-started", from.adding(days: -30), service)
      try store.db.statement("INSERT INTO iplos_assessment(case_id, patient_id, at, by) VALUES (?, 1, '2026-01-01T00:00:00Z', 'Bench')")
        .bind(1, caseID).run()
      let assessment = store.db.lastInsertRowID
      for variable in IPLOSVariable.allCases {
        try store.db.statement("INSERT INTO iplos_score(assessment_id, variable, score) VALUES (?, ?, ?)")
          .bind(1, assessment).bind(2, variable.rawValue).bind(3, 1 + random.below(5)).run()
      }
      try store.db.statement(
        """
        INSERT INTO service_decision(case_id, service_code, outcome, minutes_per_week, from_date, evaluation, fee,
          legal_basis, justification, decided_by, decided_at)
        VALUES (?, ?, 'granted', ?, ?, ?, '', ?, 'Benk', 'Bench', '2026-01-01T00:00:00Z')
        """
      ).bind(1, caseID).bind(2, service.code).bind(3, service.measuredInHours ? 60 * (1 + random.below(40)) : nil)
        .bind(4, from.ordinal).bind(5, from.adding(months: 6).ordinal).bind(6, service.legalBasis).run()
      try store.db.statement("UPDATE service_case SET decision_id = ? WHERE id = ?").bind(1, store.db.lastInsertRowID).bind(2, caseID).run()
    }
  }
}
// The inbox: opened, then every keystroke of scrolling through it (pages load as the selection
// leaves the one held), each measured from the key to the drawn buffer.
var inboxOpen = Measurement()
var inboxScroll = Measurement()
for _ in 0..<20 {
  let session = newSession()
  session.start()
  inboxOpen.time {
    session.press(Key(.character("v"), ctrl: true))
    _ = session.render()
  }
  for i in 0..<600 {
    inboxScroll.time {
      session.press(i % 100 == 99 ? Key(.pageDown) : Key(.down))
      _ = session.render()
    }
  }
  inboxScroll.time {
    session.press(Key(.end))
    _ = session.render()
  }
}
report.add("inbox, 10,000 open cases: open", inboxOpen, budget: 10, baseline: bareText)
report.add("inbox, 10,000 open cases: scroll key", inboxScroll, budget: 10, baseline: bareText)
var iplos = Measurement()
var bareDecisions = Measurement()
var reportRows = 0
for _ in 0..<5 {
  try iplos.time {
    let records = try decisionLog.reportRecords(year: today.year)
    reportRows = records.count
    var csv = IPLOSReport.header
    for record in records where IPLOSReport.failures(record).isEmpty { csv += "\n" + IPLOSReport.line(record) }
  }
  try bareDecisions.time {
    _ = try store.db.statement("SELECT case_id, service_code, minutes_per_week, from_date, to_date FROM service_decision")
      .rows { ($0.int(0), $0.int(1), $0.optionalInt(2), $0.optionalInt(3), $0.optionalInt(4)) }
  }
}
report.add(
  "IPLOS report, \(reportRows) service records", iplos, budget: 2_000,
  baseline: String(format: "bare read of the decisions p50 %.0f", bareDecisions.p50))

// FHIR: the 20-year patient exported; bundles of 10,000 resources (patients already in the store,
// each with conditions, an allergy, a medicine, vital signs and an encounter) imported, each
// bundle into other patients so every resource is written, beside parsing the JSON alone.
let historyIdentifier = try PatientReader(store: store).listings([historyPatient]).first?.identifier ?? ""
var fhirExport = Measurement()
for _ in 0..<20 { _ = try fhirExport.time { try FHIRExporter(store: store).export(identifier: historyIdentifier, at: Date()) } }
report.add("FHIR export, 20 years of history", fhirExport, budget: 50, baseline: bareText)
var fhirImport = Measurement()
var fhirParse = Measurement()
var imported = 0
for round in 0..<3 {
  let first = Int64(population / 4 + round * 1_000)
  let listings = try PatientReader(store: store).listings(Array(first..<(first + 1_000)))
  var entries: [[String: Any]] = []
  for p in listings {
    let url = "urn:uuid:bench-\(p.id)"
    let subject = ["reference": url]
    var given = [p.name.given]
    if let middle = p.name.middle { given.append(middle) }
    entries.append(["fullUrl": url, "resource": [
      "resourceType": "Patient", "identifier": [["system": FHIRSystem.identifier(p.identifierKind), "value": p.identifier]],
      "name": [["family": p.name.family, "given": given]], "birthDate": p.birthDate.iso,
    ] as [String: Any]])
    for (n, code) in ["K86", "T90"].enumerated() {
      entries.append(["resource": ["resourceType": "Condition", "id": "c\(p.id)-\(n)", "subject": subject,
        "code": ["coding": [["system": FHIRSystem.icpc2, "code": code]]]] as [String: Any]])
    }
    entries.append(["resource": ["resourceType": "AllergyIntolerance", "patient": subject, "category": ["medication"],
      "code": ["text": "Penicillin"], "reaction": [["manifestation": [["text": "Utslett"]]]]] as [String: Any]])
    entries.append(["resource": ["resourceType": "MedicationStatement", "status": "active", "subject": subject,
      "medicationCodeableConcept": ["coding": [["system": FHIRSystem.atc, "code": "C08CA01", "display": "Amlodipin"]]],
      "dosage": [["text": "1 x 1", "doseAndRate": [["doseQuantity": ["value": 5, "unit": "mg"]]]]]] as [String: Any]])
    for (loinc, value) in [("9279-1", 16.0), ("59408-5", 97.0), ("8867-4", 72.0), ("8310-5", 37.0)] {
      entries.append(["resource": ["resourceType": "Observation", "status": "final", "subject": subject,
        "code": ["coding": [["system": FHIRSystem.loinc, "code": loinc]]], "effectiveDateTime": "2026-11-01T08:00:00Z",
        "valueQuantity": ["value": value]] as [String: Any]])
    }
    entries.append(["resource": ["resourceType": "Encounter", "status": "finished", "subject": subject,
      "identifier": [["value": "bench-\(p.id)"]], "class": ["code": "AMB"]] as [String: Any]])
  }
  let data = try JSONSerialization.data(withJSONObject: ["resourceType": "Bundle", "type": "collection", "entry": entries])
  imported = entries.count
  _ = try fhirParse.time { try JSONSerialization.jsonObject(with: data) }
  let importReport = try fhirImport.time { try FHIRImporter(store: store, today: today, origin: "bench").importData(data) }
  guard importReport.rejected == nil else { fatalError("bench bundle refused: \(importReport)") }
}
report.add(
  "FHIR import, \(imported) resources (budget = 5,000/s)", fhirImport, budget: Double(imported) / 5,
  baseline: String(format: "parsing the JSON alone p50 %.0f; %.0f resources/s", fhirParse.p50, Double(imported) / fhirImport.p50 * 1_000))

// trainer.reset: the seeded copy put back through the real runner, on a store of this size that
// the runner alone holds (as in the terminal), beside a bare copy of the same file.
let seed = DemoStoreBuilder.seedPath(storePath)
if FileManager.default.fileExists(atPath: seed) {
  let resetPath = folder + "/reset.sqlite"
  try FileManager.default.copyItem(atPath: seed, toPath: DemoStoreBuilder.seedPath(resetPath))
  try FileManager.default.copyItem(atPath: seed, toPath: resetPath)
  let resetRunner = EffectRunner(
    store: try PatientStore(path: resetPath, kind: .demo), clinician: .demo, clock: { Date() })
  var reset = Measurement()
  var bareCopy = Measurement()
  for _ in 0..<3 {
    _ = resetRunner.run(.openChart(patientID: 1))
    let events = reset.time { resetRunner.run(.resetDemoStore) }
    guard case .demoReset = events.first else { fatalError("reset failed: \(events)") }
    try? FileManager.default.removeItem(atPath: folder + "/copy.sqlite")
    try bareCopy.time { try FileManager.default.copyItem(atPath: seed, toPath: folder + "/copy.sqlite") }
  }
  report.add(
    "trainer.reset to the seeded store", reset, budget: 2_000,
    baseline: String(format: "bare copy of the store file p50 %.0f", bareCopy.p50))
} else {
  print("no seed copy beside \(storePath): trainer.reset not measured")
}

try syncBench.run(into: &report)

print(report.printed(), terminator: "")
if !report.missed.isEmpty {
  print("MISSED: " + report.missed.map(\.figure).joined(separator: "; "))
  exit(1)
}
