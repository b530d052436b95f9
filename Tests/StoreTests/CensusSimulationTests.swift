import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// A deterministic simulation of a nursing home's three workstations sharing one ward of three
/// beds over a real PostgreSQL: random admissions, transfers and discharges of two patients,
/// offline periods, lost answers, duplicated and late batches, and clocks a day apart. After
/// each run every workstation holds each stay where the server's last change of it put it, the
/// same patients in the same order in every bed, and a bed conflict open for exactly each stay
/// behind another in its bed and each second admission of a patient. The seed is printed on failure (`SIM_SEED=n` replays one run).
final class CensusSimulationTests: XCTestCase {
  private let home = "Simulert sykehjem"

  private struct Station {
    let store: PatientStore
    let token: String
    let clinician: Clinician
    var online = true
  }

  func test_four_hundred_seeded_runs_end_with_every_bed_the_same_everywhere() throws {
    let (_, _, _, url) = try CentralFixture.withPatient("ws_census_simulation")
    let admin = try CentralFixture.superuser(url)
    let server = try CentralConnection(url: url)
    try CentralDirectory.addOrganisation(on: admin, kind: "nursing-home", name: home, municipality: "5001")
    var clinicians: [Clinician] = []
    for (hpr, name) in [("9000007", "Sara Sim"), ("9000008", "Tor Test")] {
      try CentralDirectory.addUser(on: admin, hpr: hpr, name: name, role: "nurse", organisation: home, password: "simulert1")
      clinicians.append(Clinician(userID: "hpr:\(hpr)", name: name, role: "nurse", organisation: home))
    }
    _ = try CentralWards.add(on: admin, organisation: home, ward: "Sim", municipality: "5001", stayType: "long-term", beds: ["1", "2", "3"])
    let sara = try CentralLogin.token(server, hpr: "9000007", password: "simulert1")
    let tor = try CentralLogin.token(server, hpr: "9000008", password: "simulert1")
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var stations = [
      Station(store: try PatientStore(path: folder + "/a.sqlite", kind: .production), token: sara, clinician: clinicians[0]),
      Station(store: try PatientStore(path: folder + "/b.sqlite", kind: .production), token: tor, clinician: clinicians[1]),
      Station(store: try PatientStore(path: folder + "/c.sqlite", kind: .production), token: sara, clinician: clinicians[0]),
    ]
    let seeds: [UInt64] = ProcessInfo.processInfo.environment["SIM_SEED"].flatMap(UInt64.init).map { [$0] } ?? Array(1...400)
    var link = FaultyLink()
    var sharedBeds = 0
    var admittedTwice = 0
    var withdrawn = 0
    var taken = Set<String>()
    for seed in seeds {
      do {
        let run = try simulate(seed: seed, &stations, server, admin, &link, taken: &taken)
        sharedBeds += run.sharedBed
        admittedTwice += run.admittedTwice
        withdrawn += run.withdrawn
      } catch {
        XCTFail("seed \(seed) (replay with SIM_SEED=\(seed)): \(error)")
        return
      }
    }
    print("census simulation: \(link.lostAnswers) lost answers, \(link.duplicated) duplicated, \(link.lateReplays) late, \(sharedBeds) runs with a shared bed, \(admittedTwice) with a patient admitted twice, \(withdrawn) admissions withdrawn")
    if seeds.count > 100 {
      XCTAssertGreaterThan(link.lostAnswers, 50)
      XCTAssertGreaterThan(link.duplicated, 50)
      XCTAssertGreaterThan(link.lateReplays, 20)
      XCTAssertGreaterThan(sharedBeds, 25, "runs in which two patients met in one bed")
      XCTAssertGreaterThan(admittedTwice, 10, "runs in which one patient was admitted at two stations at once")
      XCTAssertGreaterThan(withdrawn, 10, "second admissions withdrawn")
    }
  }

  /// One run; says whether two stays met in one bed during it, whether a patient was admitted
  /// twice, and how many admissions were withdrawn.
  private func simulate(
    seed: UInt64, _ stations: inout [Station], _ server: CentralConnection, _ admin: CentralConnection, _ link: inout FaultyLink,
    taken: inout Set<String>
  ) throws -> (sharedBed: Int, admittedTwice: Int, withdrawn: Int) {
    var rng = SeededGenerator(seed: seed)
    link.reset()
    // Two patients of its own for each run, with help numbers: no registered person has them.
    var listed: [CentralDirectory.ListedPatient] = []
    for n in 0..<2 {
      let birth = CivilDate(year: 1920 + Int(seed % 60) + n, month: 1 + Int(seed % 12), day: 1 + Int(seed % 28))!
      guard let number = HelpNumber.make(birth: birth, isTaken: { taken.contains($0) }) else { throw SimulationBroken(description: "no help number") }
      taken.insert(number)
      listed.append(.init(identifier: number, given: "Sim", family: "Beboer \(n)", birthDate: birth.iso))
    }
    _ = try CentralDirectory.loadCareList(on: admin, organisation: home, patients: listed)
    for i in stations.indices {
      stations[i].online = true
      for p in listed { _ = try PatientFetch.fetch(stations[i].store, server, token: stations[i].token, identifier: p.identifier, today: testToday) }
      _ = try SyncRound.run(stations[i].store, server, token: stations[i].token, today: testToday)
    }
    let at = Date(timeIntervalSince1970: 1_795_768_200 + Double(seed) * 100)
    var met = 0
    var twice = 0
    var withdrew = 0
    for step in 0..<30 {
      let s = rng.below(stations.count)
      let station = stations[s]
      let now = at + Double(step) + Double(s - 1) * 86_400
      let census = CensusLog(store: station.store)
      let beds = try census.beds()
      let free = beds.filter { $0.occupant == nil }
      let stays = beds.flatMap { [$0.occupant].compactMap { $0 } + $0.displaced }.filter { o in listed.contains { $0.identifier == o.patient.identifier } }
      switch rng.below(10) {
      case 0, 1, 2:
        guard !free.isEmpty else { continue }
        let patient = try DecisionLog(store: station.store).patientID(identifier: listed[rng.below(listed.count)].identifier)
        guard !stays.contains(where: { $0.patient.id == patient }) else { continue }
        _ = try census.admit(patient, to: free[rng.below(free.count)].id, type: .longTerm, on: testToday, by: station.clinician, at: now)
      case 3, 4:
        guard !stays.isEmpty, !free.isEmpty else { continue }
        try census.transfer(stays[rng.below(stays.count)].stayID, to: free[rng.below(free.count)].id, by: station.clinician, at: now)
      case 5:
        guard !stays.isEmpty else { continue }
        // A patient admitted twice here is mostly put right by withdrawing one admission.
        let twiceHere = stays.filter { $0.alsoAdmittedIn != nil }
        if !twiceHere.isEmpty, rng.below(3) > 0 {
          try census.withdraw(twiceHere[rng.below(twiceHere.count)].stayID, by: station.clinician, at: now)
          withdrew += 1
        } else {
          try census.discharge(stays[rng.below(stays.count)].stayID, to: .home, on: testToday, by: station.clinician, at: now)
        }
      case 6:
        stations[s].online.toggle()
      default:
        guard station.online else { continue }
        try link.sync(station.store, server, token: station.token, &rng)
      }
      if try CensusLog(store: station.store).beds().contains(where: { !$0.displaced.isEmpty }) { met = 1 }
      if try CensusLog(store: station.store).beds().contains(where: { $0.occupant?.alsoAdmittedIn != nil }) { twice = 1 }
    }
    for _ in 0..<3 {
      for s in stations { _ = try SyncRound.run(s.store, server, token: s.token, today: testToday) }
    }
    try check(listed.map(\.identifier), stations, admin)
    // Leave the ward empty for the next run.
    let first = stations[0]
    for bed in try CensusLog(store: first.store).beds() {
      for o in [bed.occupant].compactMap({ $0 }) + bed.displaced {
        try CensusLog(store: first.store).discharge(o.stayID, to: .home, on: testToday, by: first.clinician, at: at + 99)
      }
    }
    for _ in 0..<2 {
      for s in stations { _ = try SyncRound.run(s.store, server, token: s.token, today: testToday) }
    }
    for (n, s) in stations.enumerated() where try SyncConflicts(store: s.store).openCount() > 0 || CensusLog(store: s.store).openStays() > 0 {
      throw SimulationBroken(description: "station \(n) keeps a stay or a conflict after every patient left")
    }
    return (met, twice, withdrew)
  }

  /// Every station agrees with the server's last changes, and with each other, bed by bed.
  private func check(_ identifiers: [String], _ stations: [Station], _ admin: CentralConnection) throws {
    let changes = try admin.query(
      """
      SELECT e.payload->>'stay', e.payload->>'change', b.label, p.identifier
      FROM core.clinical_entry e JOIN core.patient p ON p.id = e.patient_id LEFT JOIN core.bed b ON b.uid::text = e.payload->>'bed'
      WHERE p.identifier = ANY ($1::text[]) AND e.kind = 'stay' ORDER BY e.seq
      """, ["{" + identifiers.joined(separator: ",") + "}"])
    var server: [String: (bed: String, open: Bool, withdrawn: Bool)] = [:]
    // Each stay's patient, in the order the server took the admissions.
    var admitted: [(stay: String, patient: String)] = []
    for c in changes {
      guard let uid = c[0] ?? nil else { continue }
      switch c[1] {
      case "discharge", "withdraw":
        server[uid]?.open = false
        server[uid]?.withdrawn = c[1] == "withdraw"
      default:
        server[uid] = (c[2] ?? "", server[uid]?.open ?? true, server[uid]?.withdrawn ?? false)
        if c[1] == "admit" { admitted.append((uid, c[3] ?? "")) }
      }
    }
    // A stay is a second admission while an earlier-admitted stay of its patient is open.
    let second = Set(admitted.enumerated().filter { i, a in
      server[a.stay]?.open == true && admitted.prefix(i).contains { $0.patient == a.patient && server[$0.stay]?.open == true }
    }.map(\.element.stay))
    var censuses: [[String]] = []
    for (n, s) in stations.enumerated() {
      guard try Outbox(store: s.store).pendingCount() == 0 else { throw SimulationBroken(description: "station \(n) still has operations to send") }
      let here = try s.store.db.prepare(
        """
        SELECT s.uid, b.label, s.discharged IS NULL, s.withdrawn, s.id FROM stay s JOIN bed b ON b.id = s.bed_id
        JOIN identifier i ON i.patient_id = s.patient_id WHERE s.uid IS NOT NULL AND i.value IN (\(identifiers.map { "'\($0)'" }.joined(separator: ",")))
        """
      ).rows { ($0.text(0), $0.text(1), $0.int(2) == 1, $0.int(3) == 1, $0.int(4)) }
      for (uid, bed, open, withdrawn, _) in here
      where server[uid].map({ $0.bed != bed || $0.open != open || $0.withdrawn != withdrawn }) ?? true {
        throw SimulationBroken(
          description: "station \(n) holds stay \(uid) in \(bed), open \(open), withdrawn \(withdrawn); the server's last changes say \(String(describing: server[uid]))")
      }
      let beds = try CensusLog(store: s.store).beds()
      censuses.append(beds.map { "\($0.label): " + ([$0.occupant].compactMap { $0 } + $0.displaced).map(\.patient.identifier).joined(separator: ",") })
      let stays = beds.flatMap { [$0.occupant].compactMap { $0 } + $0.displaced }
      let secondHere = here.filter { second.contains($0.0) }.map(\.4)
      let displaced = Set(beds.flatMap { $0.displaced.map(\.stayID) } + secondHere)
      let conflicts = Set(try SyncConflicts(store: s.store).open(limit: 100).compactMap(\.stayID))
      guard displaced == conflicts else {
        throw SimulationBroken(description: "station \(n) has bed conflicts for stays \(conflicts.sorted()), while \(displaced.sorted()) stand behind another or are a second admission")
      }
    }
    guard Set(censuses.map { $0.joined(separator: " | ") }).count == 1 else { throw SimulationBroken(description: "the stations' beds differ: \(censuses)") }
  }
}
