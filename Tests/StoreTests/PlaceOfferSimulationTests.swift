import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// A deterministic simulation of a granted place offered to three nursing homes of one
/// municipality over a real PostgreSQL: each home's workstation admits the waiting patient at
/// random, goes offline, withdraws an admission it is told came second, loses answers, sends
/// batches twice and late, with clocks a day apart; now and then the case officer ends the
/// place. After each run the place is taken by exactly the home whose admission the server took
/// first (by none when the end came first), every other home that admitted has withdrawn or
/// shows the conflict on that stay, no home still lists the patient as waiting or holds them for
/// nothing, and the case's service started once or the case ended. The seed is printed on
/// failure (`SIM_SEED=n` replays one run).
final class PlaceOfferSimulationTests: XCTestCase {
  private let homes = ["Sim sykehjem A", "Sim sykehjem B", "Sim sykehjem C"]
  private let officer = Clinician(userID: "hpr:9000030", name: "Saks Behandler", role: "case-officer", organisation: "Sim kommune")

  private struct Home {
    let name: String
    let store: PatientStore
    let token: String
    let nurse: Clinician
    var online = true
  }

  func test_two_hundred_seeded_runs_give_each_place_to_the_first_admission_only() throws {
    let (station, _, _, url) = try CentralFixture.withPatient("ws_place_simulation")
    let admin = try CentralFixture.superuser(url)
    try CentralDirectory.addOrganisation(on: admin, kind: "municipality", name: "Sim kommune", municipality: "5001")
    try CentralDirectory.addUser(on: admin, hpr: "9000030", name: officer.name, role: "case-officer", organisation: "Sim kommune", password: "simulert1")
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var stations: [Home] = []
    for (n, home) in homes.enumerated() {
      let hpr = String(9_000_031 + n)
      try CentralDirectory.addOrganisation(on: admin, kind: "nursing-home", name: home, municipality: "5001")
      try CentralDirectory.addUser(on: admin, hpr: hpr, name: "Pleier \(n)", role: "nurse", organisation: home, password: "simulert1")
      _ = try CentralWards.add(on: admin, organisation: home, ward: "Sim", municipality: "5001", stayType: "long-term", beds: ["1", "2"])
      let store = try PatientStore(path: folder + "/home\(n).sqlite", kind: .production)
      stations.append(
        Home(
          name: home, store: store, token: try CentralLogin.token(station, hpr: hpr, password: "simulert1"),
          nurse: Clinician(userID: "hpr:\(hpr)", name: "Pleier \(n)", role: "nurse", organisation: home)))
    }
    let kommune = try PatientStore(path: folder + "/kommune.sqlite", kind: .production)
    let officerToken = try CentralLogin.token(station, hpr: "9000030", password: "simulert1")
    let seeds: [UInt64] = ProcessInfo.processInfo.environment["SIM_SEED"].flatMap(UInt64.init).map { [$0] } ?? Array(1...200)
    var link = FaultyLink()
    var taken = Set<String>()
    var contested = 0
    var withdrawn = 0
    var nobody = 0
    var endedRuns = 0
    for seed in seeds {
      do {
        let run = try simulate(seed: seed, &stations, kommune: kommune, officerToken, station, admin, &link, taken: &taken)
        contested += run.contested ? 1 : 0
        withdrawn += run.withdrawn
        nobody += run.nobodyAdmitted ? 1 : 0
        endedRuns += run.ended ? 1 : 0
      } catch {
        XCTFail("seed \(seed) (replay with SIM_SEED=\(seed)): \(error)")
        return
      }
    }
    print("place simulation: \(contested) runs with two homes admitting, \(withdrawn) admissions withdrawn, \(nobody) runs with nobody admitting, \(endedRuns) in which the case officer ended the place as still waiting, \(link.lostAnswers) lost answers, \(link.duplicated) duplicated, \(link.lateReplays) late")
    if seeds.count > 100 {
      XCTAssertGreaterThan(contested, 10, "runs in which two homes admitted the patient")
      XCTAssertGreaterThan(withdrawn, 10, "admissions withdrawn after the place went elsewhere")
      XCTAssertGreaterThan(link.lostAnswers, 20)
      XCTAssertGreaterThan(endedRuns, 10, "runs in which the municipality ended the place")
    }
  }

  private func simulate(
    seed: UInt64, _ stations: inout [Home], kommune: PatientStore, _ officerToken: String, _ server: CentralConnection,
    _ admin: CentralConnection, _ link: inout FaultyLink, taken: inout Set<String>
  ) throws -> (contested: Bool, withdrawn: Int, nobodyAdmitted: Bool, ended: Bool) {
    var rng = SeededGenerator(seed: seed)
    link.reset()
    // A patient of their own for each run, with a help number: no registered person has it. The
    // GP office's list makes them known to the server; the case officer has them from the portal.
    let birth = CivilDate(year: 1925 + Int(seed % 50), month: 1 + Int(seed % 12), day: 1 + Int(seed % 28))!
    guard let number = HelpNumber.make(birth: birth, isTaken: { taken.contains($0) }) else { throw SimulationBroken(description: "no help number") }
    taken.insert(number)
    _ = try CentralDirectory.loadCareList(
      on: admin, organisation: "Fjordgløtt legekontor",
      patients: [.init(identifier: number, given: "Sim", family: "Søker \(seed)", birthDate: birth.iso)])
    let bundle = #"{"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.3", "value": "\#(number)"}], "name": [{"family": "Søker \#(seed)", "given": ["Sim"]}], "birthDate": "\#(birth.iso)"}"#
    guard try FHIRImporter(store: kommune, today: testToday, origin: "portal").importData(Data(bundle.utf8)).rejected == nil else {
      throw SimulationBroken(description: "the applicant was not imported")
    }
    let at = Date(timeIntervalSince1970: 1_795_768_200 + Double(seed) * 1_000)
    let caseID = try grant(number, in: kommune, at: at)
    _ = try SyncRound.run(kommune, server, token: officerToken, today: testToday)
    for i in stations.indices {
      stations[i].online = true
      _ = try SyncRound.run(stations[i].store, server, token: stations[i].token, today: testToday)
      guard try waiting(number, at: stations[i]) else { throw SimulationBroken(description: "\(stations[i].name) was not offered the place") }
    }

    var withdrew = 0
    var ended = false
    for step in 0..<20 {
      let h = rng.below(stations.count)
      let home = stations[h]
      let now = at + Double(step * 10) + Double(h - 1) * 86_400
      let census = CensusLog(store: home.store)
      switch rng.below(9) {
      case 0, 1:
        guard try waiting(number, at: home), let free = try census.beds().first(where: { $0.occupant == nil }) else { continue }
        let patient = try DecisionLog(store: home.store).patientID(identifier: number)
        _ = try census.admit(patient, to: free.id, type: .longTerm, on: testToday, by: home.nurse, at: now)
      case 2, 3:
        guard let stay = try stay(of: number, at: home), stay.isWithdrawable else { continue }
        try census.withdraw(stay.stayID, by: home.nurse, at: now)
        withdrew += 1
      case 4:
        stations[h].online.toggle()
      case 5:
        // The municipality ends the place (the patient declined), as far as it knows still waiting.
        guard !ended, rng.below(3) == 0, try DecisionLog(store: kommune).caseFile(caseID).serviceCase.lifecycle.stage == .letterSent
        else { continue }
        try DecisionLog(store: kommune).step(caseID, .endService, detail: "Takket nei", by: officer, at: now)
        _ = try SyncRound.run(kommune, server, token: officerToken, today: testToday)
        ended = true
      default:
        guard home.online else { continue }
        try link.sync(home.store, server, token: home.token, &rng)
      }
    }
    for _ in 0..<3 {
      for s in stations { _ = try SyncRound.run(s.store, server, token: s.token, today: testToday) }
    }
    _ = try SyncRound.run(kommune, server, token: officerToken, today: testToday)
    let admitting = try check(number, caseID: caseID, stations, kommune: kommune, admin)

    // Leave the beds empty for the next run: the place's stay ends, the others are withdrawn.
    for s in stations {
      guard let stay = try stay(of: number, at: s) else { continue }
      if stay.isWithdrawable {
        try CensusLog(store: s.store).withdraw(stay.stayID, by: s.nurse, at: at + 500)
      } else {
        try CensusLog(store: s.store).discharge(stay.stayID, to: .home, on: testToday, by: s.nurse, at: at + 500)
      }
    }
    for s in stations { _ = try SyncRound.run(s.store, server, token: s.token, today: testToday) }
    return (admitting > 1, withdrew, admitting == 0, ended)
  }

  /// The case officer grants a long-term place, and the letter is sent.
  private func grant(_ number: String, in store: PatientStore, at: Date) throws -> Int64 {
    let log = DecisionLog(store: store)
    let application = ServiceApplication(
      service: .longTermStay, applicant: "Sim Søker", reason: "Trenger plass", received: testToday, urgent: false)
    let caseID = try log.register(application, for: try log.patientID(identifier: number), by: officer, at: at)
    try log.assess(
      caseID, IPLOSAssessment(scores: Dictionary(uniqueKeysWithValues: IPLOSVariable.allCases.map { ($0, .largeNeed) })), by: officer,
      at: at + 1)
    try log.decide(
      caseID,
      ServiceDecision(
        service: .longTermStay, outcome: .granted, hours: nil, from: testToday.adding(days: 3), to: nil,
        evaluation: testToday.adding(days: 3).adding(months: 3), fee: "", legalBasis: MunicipalService.longTermStay.legalBasis,
        justification: "Trenger heldøgns omsorg."), by: officer, at: at + 2)
    try log.sendLetter(caseID, dated: testToday, by: officer, at: at + 3)
    return caseID
  }

  private func waiting(_ number: String, at home: Home) throws -> Bool {
    try CensusLog(store: home.store).waitingList().contains { $0.patient.identifier == number }
  }

  /// The patient's open stay at the home, as its census shows it.
  private func stay(of number: String, at home: Home) throws -> Bed.Occupant? {
    try CensusLog(store: home.store).beds().compactMap(\.occupant).first { $0.patient.identifier == number }
  }

  /// The place went to the home whose admission the server took first, unless the municipality's
  /// end came before every admission; every other home that admitted withdrew or shows the
  /// conflict on its stay; nobody still lists the patient; the case's service started once, with
  /// the admission that took the place, or the case ended. Returns how many homes admitted.
  private func check(
    _ number: String, caseID: Int64, _ stations: [Home], kommune: PatientStore, _ admin: CentralConnection
  ) throws -> Int {
    let admissions = try admin.query(
      """
      SELECT o.name, e.seq::text FROM core.clinical_entry e JOIN core.patient p ON p.id = e.patient_id
      JOIN core.app_user u ON u.hpr = e.pushed_by JOIN core.organisation o ON o.id = u.organisation_id
      WHERE p.identifier = $1 AND e.kind = 'stay' AND e.payload->>'change' = 'admit' ORDER BY e.seq
      """, [number]
    ).compactMap { row in row[0].map { ($0, Int(row[1] ?? "") ?? 0) } }
    // The end the server took in force, if any, by its place in the server's order.
    let end = try admin.query(
      """
      SELECT e.seq::text FROM core.clinical_entry e JOIN core.patient p ON p.id = e.patient_id
      WHERE p.identifier = $1 AND e.kind = 'case-step' AND e.payload->>'step' = 'end-service' AND e.payload->'accepted' = 'true'
      """, [number]
    ).first?.first.flatMap { $0 }.flatMap { Int($0) }
    let offer = try admin.query(
      """
      SELECT t.name, (o.ended_at IS NOT NULL)::text FROM core.place_offer o JOIN core.patient p ON p.id = o.patient_id
      LEFT JOIN core.organisation t ON t.id = o.taken_by WHERE p.identifier = $1
      """, [number])
    guard offer.count == 1 else { throw SimulationBroken(description: "\(offer.count) offers for one letter") }
    let taker = offer[0][0]
    let ended = offer[0][1] == "true"
    if let end {
      // Ended first: every admission came after the end, and none took the place.
      guard ended, taker == nil, admissions.allSatisfy({ $0.1 > end }) else {
        throw SimulationBroken(description: "the place ended at \(end), yet went to \(taker ?? "nobody") (ended \(ended)); admissions \(admissions)")
      }
    } else {
      guard !ended, taker == admissions.first?.0 else {
        throw SimulationBroken(
          description: "the place went to \(taker ?? "nobody") (ended \(ended)), the first admission the server took was at \(admissions.first?.0 ?? "none")")
      }
    }
    for s in stations {
      guard try Outbox(store: s.store).pendingCount() == 0 else { throw SimulationBroken(description: "\(s.name) still has operations to send") }
      let stays = try s.store.db.prepare(
        """
        SELECT s.id, s.discharged IS NULL, s.withdrawn FROM stay s JOIN identifier i ON i.patient_id = s.patient_id WHERE i.value = ?
        """
      ).bind(1, number).rows { ($0.int(0), $0.int(1) == 1, $0.int(2) == 1) }
      let conflicts = Set(try SyncConflicts(store: s.store).open(limit: 20).compactMap(\.stayID))
      if taker == nil && !ended {
        guard try waiting(number, at: s) else { throw SimulationBroken(description: "nobody admitted, yet \(s.name) no longer lists the patient") }
        continue
      }
      guard try !waiting(number, at: s) else {
        throw SimulationBroken(description: "\(s.name) still lists the patient after \(taker.map { "\($0) took" } ?? "the municipality ended") the place")
      }
      if s.name == taker {
        guard stays.count == 1, stays[0].1, !stays[0].2, conflicts.isEmpty else {
          throw SimulationBroken(description: "\(s.name) took the place, yet holds stays \(stays) and conflicts \(conflicts)")
        }
      } else if stays.isEmpty {
        guard (try? DecisionLog(store: s.store).patientID(identifier: number)) == nil else {
          throw SimulationBroken(description: "\(s.name) still holds a patient it was offered only")
        }
      } else {
        let open = Set(stays.filter { $0.1 }.map(\.0))
        guard open == conflicts, stays.filter({ !$0.1 }).allSatisfy(\.2) else {
          throw SimulationBroken(description: "\(s.name) admitted after \(taker ?? "the place ended"): stays \(stays), conflicts \(conflicts.sorted())")
        }
      }
    }
    let file = try DecisionLog(store: kommune).caseFile(caseID)
    let started = file.history.filter { $0.step == "start-service" }.count
    let stage: CaseLifecycle.Stage = ended ? .ended : (taker == nil ? .letterSent : .serviceStarted)
    guard started == (taker == nil ? 0 : 1), file.serviceCase.lifecycle.stage == stage else {
      throw SimulationBroken(description: "the case stands at \(file.serviceCase.lifecycle.stage) with \(started) starts; the place went to \(taker ?? "nobody")")
    }
    return Set(admissions.map(\.0)).count
  }
}
