import Clinical
import Foundation
import TestSupport
import XCTest

@testable import Store

/// A deterministic simulation of three workstations a day apart in their clocks and the real
/// server: random writes (vital signs, notes, doses, medication lists, the steps of a service
/// case, the patient's name, re-triage and moves of a legevakt visit),
/// offline periods, and sync rounds whose messages are lost (applied, answer never recorded),
/// duplicated, or replayed late out of order. After the last round every acknowledged operation
/// is on the server exactly once, every workstation holds the same notes and measurements, each
/// medication list is the server's list in force or an open conflict, and every workstation
/// stands where the server's case stands, each of its own steps either in force or kept on both
/// sides as not taken in, each field of the name is the server's or an open conflict, and the
/// visit's level and status at every workstation are those of the server's last change of each.
/// Failures print the seed; `SIM_SEED=N` replays that seed alone.
final class SyncSimulationTests: XCTestCase {
  private struct Station {
    let store: PatientStore
    let token: String
    let clinician: Clinician
    var patient: Int64 = 0
    var online = true
  }

  func test_a_thousand_seeded_runs_lose_nothing_and_apply_nothing_twice() throws {
    let (station, nurse, colleague, url) = try CentralFixture.withPatient("ws_simulation")
    let admin = try CentralFixture.superuser(url)
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let officer = try CentralLogin.token(station, hpr: "9000001", password: "hemmelig")
    var stations = [
      Station(store: try CentralFixture.workstation(folder, "a"), token: nurse, clinician: CentralFixture.nurse),
      Station(store: try CentralFixture.workstation(folder, "b"), token: colleague, clinician: CentralFixture.colleague),
      Station(store: try CentralFixture.workstation(folder, "c"), token: nurse, clinician: CentralFixture.nurse),
    ]
    let seeds: [UInt64] = ProcessInfo.processInfo.environment["SIM_SEED"].flatMap(UInt64.init).map { [$0] } ?? Array(1...1_000)
    var taken = Set<String>()
    var faults = Faults()
    var link = FaultyLink()
    for seed in seeds {
      do {
        let identifier = try simulate(seed: seed, &stations, station, admin, registrar: officer, taken: &taken, &faults, &link)
        if try check(identifier, stations, admin) { faults.triageDisputes += 1 }
      } catch {
        XCTFail("seed \(seed) (replay with SIM_SEED=\(seed)): \(error)")
        return
      }
    }
    // The runs met what they are for: a simulation without faults would prove nothing.
    if seeds.count > 100 {
      XCTAssertGreaterThan(link.lostAnswers, 100)
      XCTAssertGreaterThan(link.duplicated, 100)
      XCTAssertGreaterThan(link.lateReplays, 50)
      XCTAssertGreaterThan(faults.offline, 100)
      XCTAssertGreaterThan(faults.conflicts, 20)
      XCTAssertGreaterThan(faults.caseConflicts, 20)
      XCTAssertGreaterThan(faults.triageRaces, 100, "changes of the visit made on a stale copy")
      XCTAssertGreaterThan(faults.triageDisputes, 15, "runs that ended with two levels in dispute")
    }
  }

  /// How often each fault happened over all runs.
  private struct Faults {
    var offline = 0
    var conflicts = 0
    var caseConflicts = 0
    /// Changes of the visit made while its order among the others was not yet known.
    var triageRaces = 0
    /// Runs that ended with two levels of the visit set at once, neither knowing the other.
    var triageDisputes = 0
  }

  private func simulate(
    seed: UInt64, _ stations: inout [Station], _ server: CentralConnection, _ admin: CentralConnection, registrar: String,
    taken: inout Set<String>,
    _ faults: inout Faults, _ link: inout FaultyLink
  ) throws -> String {
    var rng = SeededGenerator(seed: seed)
    // A patient of its own for each run, with a help number: no registered person has it.
    let birth = CivilDate(year: 1930 + Int(seed % 90), month: 1 + Int(seed % 12), day: 1 + Int(seed % 28))!
    guard let identifier = HelpNumber.make(birth: birth, isTaken: { taken.contains($0) }) else { throw SimulationBroken(description: "no help number") }
    taken.insert(identifier)
    try server.transaction { () throws(CentralError) in
      try server.query("SELECT api.begin($1::uuid)", [registrar])
      try server.query("SELECT api.register_patient($1, 'Sim', 'Ulator', $2::date, 'legevakt-visit')", [identifier, birth.iso])
    }
    for i in stations.indices {
      stations[i].patient = try PatientFetch.fetch(stations[i].store, server, token: stations[i].token, identifier: identifier, today: testToday)
      stations[i].online = true
    }
    link.reset()
    let at = Date(timeIntervalSince1970: 1_795_768_200 + Double(seed) * 100)
    let application = ServiceApplication(service: .homeHealthCare, applicant: "Sim", reason: "Sim \(seed)", received: testToday, urgent: false)
    try DecisionLog(store: stations[0].store).register(application, for: stations[0].patient, by: stations[0].clinician, at: at - 1)
    try TriageLog(store: stations[0].store).register(
      patientID: stations[0].patient, complaint: .fever, vitals: VitalSigns(pulse: 90), by: stations[0].clinician, at: at - 1)
    for step in 0..<16 {
      let s = rng.below(stations.count)
      // The workstations' clocks are a day apart: server order decides, never their clocks.
      let now = at + Double(step) + Double(s - 1) * 86_400
      switch rng.below(18) {
      case 13, 15, 16, 17:
        try changeVisit(stations[s], &rng, at: now, admin, &faults)
      case 14:
        try DoseLog(store: stations[s].store).record(
          GivenDose(
            atc: "N02BE01", medication: "Paracetamol", dose: Dose(amount: [500, 1_000][rng.below(2)], unit: .mg), route: .oral,
            givenAt: now, givenBy: stations[s].clinician.name),
          for: stations[s].patient, at: now)
      case 0, 1:
        try VitalsLog(store: stations[s].store).save(
          VitalSigns(respirationRate: 12 + rng.below(20), oxygenSaturation: 88 + rng.below(12), onOxygen: false, pulse: 50 + rng.below(80)),
          for: stations[s].patient, by: stations[s].clinician, at: now)
      case 2:
        try NoteLog(store: stations[s].store).sign(
          NoteDraft(type: .nursing, body: "Sim \(seed)-\(step)"), for: stations[s].patient, by: stations[s].clinician, at: now)
      case 3:
        let dose = ["20 mg", "40 mg", "80 mg"][rng.below(3)]
        try MedicationLog(store: stations[s].store).sign(
          [MedicationLine(atc: "C03CA01", drug: "Furosemid", dose: dose, frequency: "1 x 1")], classifications: [:], reasons: [:],
          sources: [], for: stations[s].patient, by: stations[s].clinician, at: now)
      case 5, 6:
        try takeCaseStep(stations[s], &rng, at: now)
      case 7:
        let log = DemographicsLog(store: stations[s].store)
        var particulars = try log.particulars(stations[s].patient).0
        particulars.name = PersonName(
          given: ["Sim", "Per", "Pål"][rng.below(3)], middle: [nil, "Arne"][rng.below(2)], family: ["Ulator", "Olsen", "Olssen"][rng.below(3)])
        // Now and then the sex recorded or made unknown, or a move.
        if rng.below(3) == 0 { particulars.sex = [Sex.female, .male, .unknown][rng.below(3)] }
        if rng.below(3) == 0 { particulars.municipalityCode = [nil, "5001", "5028"][rng.below(3)] }
        try log.save(stations[s].patient, particulars, by: stations[s].clinician, at: now)
      case 4:
        stations[s].online.toggle()
        if !stations[s].online { faults.offline += 1 }
      default:
        guard stations[s].online else { continue }
        try link.sync(stations[s].store, server, token: stations[s].token, &rng)
      }
    }
    // Everyone back online, rounds until nothing moves.
    for _ in 0..<3 {
      for s in stations { _ = try SyncRound.run(s.store, server, token: s.token, today: testToday) }
    }
    for s in stations {
      faults.conflicts += try SyncConflicts(store: s.store).openCount(s.patient, kind: .medicationList)
      faults.caseConflicts += try s.store.db.prepare("SELECT count(*) FROM sync_conflict WHERE patient_id = ? AND kind = 'service-case'")
        .bind(1, s.patient).rows { Int($0.int(0)) }.first ?? 0
    }
    return identifier
  }

  /// A re-triage or a move of the run's visit, at a station that has it yet; counted as a race
  /// when the order it will take is not known yet: another station changed the visit since this
  /// one last pulled, or a change made here has not reached the server.
  private func changeVisit(
    _ station: Station, _ rng: inout SeededGenerator, at now: Date, _ admin: CentralConnection, _ faults: inout Faults
  ) throws {
    guard let (visit, uid) = try station.store.db.prepare("SELECT id, uid FROM triage_visit WHERE patient_id = ? AND uid IS NOT NULL")
      .bind(1, station.patient).rows({ ($0.int(0), $0.text(1)) }).first
    else { return }
    let known = try station.store.db.prepare("SELECT count(*) FROM triage_event WHERE visit_id = ?").bind(1, visit).rows { Int($0.int(0)) }.first ?? 0
    let onServer = Int(try admin.query("SELECT count(*) FROM core.clinical_entry WHERE kind = 'triage' AND payload->>'visit' = $1", [uid]).first?.first.flatMap { $0 } ?? "0") ?? 0
    let unsent = try station.store.db.prepare("SELECT count(*) FROM outbox WHERE kind = 'triage' AND state = 'pending'").rows { Int($0.int(0)) }.first ?? 0
    if onServer > known || unsent > 0 { faults.triageRaces += 1 }
    let triage = TriageLog(store: station.store)
    if rng.below(2) == 0 {
      try triage.setLevel(visit, to: TriageLevel.allCases[rng.below(5)], reason: "Sim", by: station.clinician, at: now)
    } else {
      try triage.move(visit, to: TriageVisit.Status.allCases[rng.below(6)], by: station.clinician, at: now)
    }
  }

  /// The visit at every station holds the level of the server's last change of the level, and
  /// the status of its last change of the status, whatever order the station made or saw them in;
  /// when two levels were set at once, neither knowing the other, and differ, the more urgent one,
  /// with a triage conflict open at every station until one is set knowing both.
  private func checkVisit(_ identifier: String, _ stations: [Station], _ admin: CentralConnection) throws -> Bool {
    let changes = try admin.query(
      """
      SELECT e.payload->>'visit', e.payload->>'change', e.payload->>'level', e.payload->>'status', e.op_id::text,
        e.payload->>'seen', e.payload->>'by', e.payload->>'at'
      FROM core.clinical_entry e JOIN core.patient p ON p.id = e.patient_id
      WHERE p.identifier = $1 AND e.kind = 'triage' ORDER BY e.seq
      """, [identifier])
    guard let uid = changes.first?[0] ?? nil else { throw SimulationBroken(description: "the visit never reached the server") }
    var status = ""
    var settings: [LevelDisagreement.Setting] = []
    for c in changes {
      if c[1] == "register" { status = "waiting" }
      if c[1] == "register" || c[1] == "level" {
        let seen = (c[5] ?? nil).map { Set((try? JSONDecoder().decode([String].self, from: Data($0.utf8))) ?? []) }
        settings.append(
          .init(op: c[4] ?? nil, level: TriageLevel(rawValue: Int(c[2] ?? "") ?? 0) ?? .red, reason: nil, seen: seen, by: c[6] ?? "", at: c[7] ?? ""))
      }
      if c[1] == "status" { status = c[3] ?? "" }
    }
    let hasLeft = TriageVisit.Status(rawValue: status)?.hasLeft ?? false
    let disagreement = hasLeft ? nil : LevelDisagreement.among(settings)
    if let disagreement { XCTAssertLessThan(disagreement.standing.level, disagreement.other.level, "the more urgent stands") }
    let level = String((disagreement?.standing ?? settings.last)?.level.rawValue ?? 0)
    let conflicts = disagreement == nil ? 0 : 1
    for (n, s) in stations.enumerated() {
      let here = try s.store.db.prepare(
        """
        SELECT level, status, (SELECT count(*) FROM sync_conflict c WHERE c.visit_id = v.id AND c.kind = 'triage' AND c.resolved_at IS NULL)
        FROM triage_visit v WHERE uid = ?
        """
      ).bind(1, uid).rows { [String($0.int(0)), $0.text(1), String($0.int(2))] }
      guard here.first == [level, status, String(conflicts)] else {
        throw SimulationBroken(
          description: "station \(n) holds the visit at \(here.first ?? []); the server's changes say \([level, status, String(conflicts)])")
      }
    }
    return disagreement != nil
  }

  /// The next step that makes sense where the station's copy of the case stands, when it has
  /// the case yet.
  private func takeCaseStep(_ station: Station, _ rng: inout SeededGenerator, at now: Date) throws {
    let log = DecisionLog(store: station.store)
    guard let caseID = try station.store.db.prepare("SELECT id FROM service_case WHERE patient_id = ?").bind(1, station.patient)
      .rows({ $0.int(0) }).first
    else { return }
    let c = try log.caseFile(caseID).serviceCase
    let by = station.clinician
    let grants = rng.below(2) == 0
    switch c.lifecycle.stage {
    case .received:
      if rng.below(3) == 0 {
        try log.preliminaryAnswer(caseID, on: testToday, by: by, at: now)
      } else {
        try log.assess(caseID, IPLOSAssessment(scores: [.dressing: .mediumNeed, .shopping: .withDifficulty]), by: by, at: now)
      }
    case .assessed:
      try log.decide(
        caseID,
        ServiceDecision(
          service: .homeHealthCare, outcome: grants ? .granted : .refused, hours: grants ? WeeklyHours(minutes: 60 * (1 + rng.below(7))) : nil,
          from: grants ? testToday.adding(days: 3) : nil, to: nil, evaluation: nil, fee: "", legalBasis: "hol. § 3-2",
          justification: "Sim"),
        by: by, at: now)
    case .decided:
      try log.sendLetter(caseID, dated: testToday, by: by, at: now)
    case .letterSent:
      if c.lifecycle.granted, c.lifecycle.appeal == nil {
        try log.step(caseID, .startService, detail: nil, by: by, at: now)
      } else if c.lifecycle.appeal == nil {
        try log.step(caseID, .appeal, detail: "Sim", by: by, at: now)
      }
    case .serviceStarted:
      try log.step(caseID, rng.below(2) == 0 ? .endService : .evaluate, detail: "Sim", by: by, at: now)
    case .ended:
      break
    }
  }

  /// The invariants, read from every store and from the server itself; true when the run ended
  /// with two levels of the visit in dispute.
  private func check(_ identifier: String, _ stations: [Station], _ admin: CentralConnection) throws -> Bool {
    var made: [String] = []
    for (n, s) in stations.enumerated() {
      let states = try s.store.db.prepare("SELECT op_id, state FROM outbox WHERE patient_identifier = ?").bind(1, identifier).rows { ($0.text(0), $0.text(1)) }
      if let stuck = states.first(where: { $0.1 == "pending" || $0.1 == "rejected" }) {
        throw SimulationBroken(description: "station \(n): operation \(stuck.0) is \(stuck.1)")
      }
      made += states.map(\.0)
    }
    let counts = try admin.query(
      """
      SELECT op_id::text, count(*)::text FROM (SELECT op_id FROM core.vital_signs UNION ALL SELECT op_id FROM core.clinical_entry
        UNION ALL SELECT op_id FROM core.medication_list
        -- A care relation is a row of its own only when it is new, and an end changes one:
        -- their answers are what is kept.
        UNION ALL SELECT op_id FROM core.applied_op WHERE kind IN ('care-relation', 'care-relation-end')) o
      WHERE op_id = ANY ($1::uuid[]) GROUP BY op_id
      """, ["{" + made.joined(separator: ",") + "}"])
    let onServer = Dictionary(uniqueKeysWithValues: counts.map { ($0[0] ?? "", Int($0[1] ?? "") ?? 0) })
    for op in made where onServer[op] != 1 {
      throw SimulationBroken(description: "operation \(op) is on the server \(onServer[op] ?? 0) times")
    }
    let serverVitals = Set(try admin.query(
      "SELECT v.op_id::text FROM core.vital_signs v JOIN core.patient p ON p.id = v.patient_id WHERE p.identifier = $1", [identifier]).map { $0[0] ?? "" })
    let serverNotes = Set(try admin.query(
      "SELECT e.op_id::text FROM core.clinical_entry e JOIN core.patient p ON p.id = e.patient_id WHERE p.identifier = $1 AND e.kind = 'note'", [identifier]).map { $0[0] ?? "" })
    let head = try admin.query(
      "SELECT h.op_id::text FROM core.medication_head h JOIN core.patient p ON p.id = h.patient_id WHERE p.identifier = $1", [identifier]).first?.first ?? nil
    try checkCase(identifier, stations, admin)
    try checkName(identifier, stations, admin)
    let disputed = try checkVisit(identifier, stations, admin)
    let serverDoses = Set(try admin.query(
      "SELECT e.op_id::text FROM core.clinical_entry e JOIN core.patient p ON p.id = e.patient_id WHERE p.identifier = $1 AND e.kind = 'dose'", [identifier]).map { $0[0] ?? "" })
    for (n, s) in stations.enumerated() {
      let doses = Set(try s.store.db.prepare("SELECT op_id FROM dose_given WHERE patient_id = ?").bind(1, s.patient).rows { $0.text(0) })
      guard doses == serverDoses else { throw SimulationBroken(description: "station \(n) holds \(doses.count) doses; the server \(serverDoses.count)") }
    }
    for (n, s) in stations.enumerated() {
      let vitals = Set(try s.store.db.prepare("SELECT op_id FROM vital_signs WHERE patient_id = ?").bind(1, s.patient).rows { $0.text(0) })
      let notes = Set(try s.store.db.prepare("SELECT op_id FROM note WHERE patient_id = ?").bind(1, s.patient).rows { $0.text(0) })
      guard vitals == serverVitals, notes == serverNotes else {
        throw SimulationBroken(description: "station \(n) holds \(vitals.count) sets and \(notes.count) notes; the server \(serverVitals.count) and \(serverNotes.count)")
      }
      let latest = try MedicationLog(store: s.store).latestVersion(s.patient)
      let latestOp = try s.store.db.prepare("SELECT op_id FROM lib_version WHERE patient_id = ? ORDER BY id DESC LIMIT 1").bind(1, s.patient).rows { $0.optionalText(0) }.first ?? nil
      let open = try SyncConflicts(store: s.store).openCount(s.patient, kind: .medicationList)
      if latest != nil || head != nil, latestOp != head, open == 0 {
        throw SimulationBroken(description: "station \(n) holds list \(latestOp ?? "none") as in force, the server \(head ?? "none"), and no conflict is shown")
      }
    }
    return disputed
  }

  /// Every station stands where the server's case stands: the same steps in force, ending in the
  /// server's last step; each step a station took that is not in force is kept there as not
  /// taken in, and on the server as never in force.
  private func checkCase(_ identifier: String, _ stations: [Station], _ admin: CentralConnection) throws {
    let steps = try admin.query(
      """
      SELECT e.op_id::text, e.payload->>'accepted', e.payload->>'case' FROM core.clinical_entry e
        JOIN core.patient p ON p.id = e.patient_id WHERE p.identifier = $1 AND e.kind = 'case-step' ORDER BY e.seq
      """, [identifier])
    let inForce = Set(steps.filter { $0[1] == "true" }.map { $0[0] ?? "" })
    let neverInForce = Set(steps.filter { $0[1] == "false" }.map { $0[0] ?? "" })
    guard let uid = steps.first?[2] ?? nil else { throw SimulationBroken(description: "the case never reached the server") }
    let head = try admin.query("SELECT op_id::text FROM core.case_head WHERE case_uid = $1::uuid", [uid]).first?.first ?? nil
    var lifecycles = Set<CaseLifecycle>()
    for (n, s) in stations.enumerated() {
      let events = try s.store.db.prepare(
        "SELECT e.op_id, e.superseded_by FROM case_event e JOIN service_case c ON c.id = e.case_id WHERE c.uid = ?"
      ).bind(1, uid).rows { ($0.optionalText(0) ?? "", $0.optionalText(1)) }
      let taken = Set(events.filter { $0.1 == nil }.map(\.0))
      let lost = Set(events.filter { $0.1 != nil }.map(\.0))
      let localHead = try s.store.db.prepare("SELECT head_op FROM service_case WHERE uid = ?").bind(1, uid).rows { $0.optionalText(0) }.first ?? nil
      guard taken == inForce, localHead == head else {
        throw SimulationBroken(description: "station \(n) holds \(taken.count) steps of the case ending in \(localHead ?? "none"); the server \(inForce.count) ending in \(head ?? "none")")
      }
      guard lost.isSubset(of: neverInForce) else {
        throw SimulationBroken(description: "station \(n) marks as not taken in a step the server has in force")
      }
      let made = Set(try s.store.db.prepare("SELECT op_id FROM outbox WHERE kind = 'case-step' AND patient_identifier = ?")
        .bind(1, identifier).rows { $0.text(0) })
      guard made.isSubset(of: taken.union(lost)) else {
        throw SimulationBroken(description: "station \(n) took a step that is neither in force nor kept as not taken in")
      }
      let caseID = try s.store.db.prepare("SELECT id FROM service_case WHERE uid = ?").bind(1, uid).rows { $0.int(0) }.first ?? 0
      lifecycles.insert(try DecisionLog(store: s.store).caseFile(caseID).serviceCase.lifecycle)
    }
    guard lifecycles.count == 1 else { throw SimulationBroken(description: "the stations disagree on where the case stands: \(lifecycles)") }
  }

  /// Each field of the name at every station is the server's value, or an open conflict there.
  private func checkName(_ identifier: String, _ stations: [Station], _ admin: CentralConnection) throws {
    let row = try admin.query(
      """
      SELECT p.given, (SELECT h.value FROM core.demographic_head h WHERE h.patient_id = p.id AND h.field = 'middle'), p.family,
        p.sex, p.municipality_code
      FROM core.patient p WHERE p.identifier = $1
      """, [identifier])
    guard let values = row.first else { throw SimulationBroken(description: "no patient on the server") }
    let server = Demographics(
      name: PersonName(given: values[0] ?? "", middle: values[1].flatMap { $0.isEmpty ? nil : $0 }, family: values[2] ?? ""),
      sex: values[3].flatMap(Sex.init(rawValue:)) ?? .unknown, municipalityCode: values[4])
    for (n, s) in stations.enumerated() {
      let (particulars, others) = try DemographicsLog(store: s.store).particulars(s.patient)
      for field in DemographicField.allCases where field.value(in: particulars) != field.value(in: server) && others[field] == nil {
        throw SimulationBroken(description: "station \(n) holds \(field) «\(field.value(in: particulars) ?? "")», the server «\(field.value(in: server) ?? "")», and no conflict is shown")
      }
    }
  }
}
