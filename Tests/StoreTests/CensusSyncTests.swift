import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// The nursing home's census shared by its workstations over a real PostgreSQL: the wards set up
/// on the server reach every workstation of the home; two admissions to one bed made at once
/// both stand, as a bed conflict at both that a clinician resolves at either by moving one of
/// the patients; a discharge frees the bed everywhere; a malformed change is refused.
final class CensusSyncTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)
  private let home = "Lerkendal sykehjem"
  private let resident = "13497248005"
  private let siri = Clinician(userID: "hpr:9000005", name: "Siri Sykehjem", role: "nurse", organisation: "Lerkendal sykehjem")
  private let ola = Clinician(userID: "hpr:9000006", name: "Ola Omsorg", role: "nurse", organisation: "Lerkendal sykehjem")

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  /// A home with one ward of three beds and two patients on its list; a token for each of its nurses.
  private func nursingHome(_ database: String) throws -> (station: CentralConnection, siri: String, ola: String, admin: CentralConnection) {
    let (station, _, _, url) = try CentralFixture.withPatient(database)
    let admin = try CentralFixture.superuser(url)
    try CentralDirectory.addOrganisation(on: admin, kind: "nursing-home", name: home, municipality: "5001")
    for (hpr, name) in [("9000005", "Siri Sykehjem"), ("9000006", "Ola Omsorg")] {
      try CentralDirectory.addUser(on: admin, hpr: hpr, name: name, role: "nurse", organisation: home, password: "sykehjem1")
    }
    XCTAssertEqual(
      try CentralWards.add(on: admin, organisation: home, ward: "Avdeling 1", municipality: "5001", stayType: "long-term", beds: ["101", "102", "103"]), 3)
    let listed = [
      CentralDirectory.ListedPatient(identifier: CentralFixture.patient, given: "Ukjent", family: "Mann", birthDate: "1980-01-01"),
      CentralDirectory.ListedPatient(identifier: resident, given: "Gunnhild", family: "Prøve", birthDate: "1972-09-13"),
    ]
    _ = try CentralDirectory.loadCareList(on: admin, organisation: home, patients: listed)
    return (
      station, try CentralLogin.token(station, hpr: "9000005", password: "sykehjem1"),
      try CentralLogin.token(station, hpr: "9000006", password: "sykehjem1"), admin
    )
  }

  private func round(_ store: PatientStore, _ station: CentralConnection, _ token: String) throws -> SyncRound.Outcome {
    try SyncRound.run(store, station, token: token, today: testToday)
  }

  /// Who is in each bed, and who is there too (in conflict).
  private func census(_ store: PatientStore) throws -> [String: [String]] {
    Dictionary(uniqueKeysWithValues: try CensusLog(store: store).beds().map { bed in
      (bed.label, ([bed.occupant].compactMap { $0 } + bed.displaced).map(\.patient.identifier))
    })
  }

  private func bedID(_ label: String, in store: PatientStore) throws -> Int64 {
    try XCTUnwrap(try CensusLog(store: store).beds().first { $0.label == label }?.id)
  }

  func test_two_admissions_to_one_bed_at_once_both_stand_as_a_conflict_a_clinician_resolves() throws {
    let (station, siriToken, olaToken, admin) = try nursingHome("ws_census")
    let first = try PatientStore(path: folder + "/first.sqlite", kind: .production)
    let second = try PatientStore(path: folder + "/second.sqlite", kind: .production)
    for (store, token) in [(first, siriToken), (second, olaToken)] {
      XCTAssertEqual(try round(store, station, token).first.patients, 2)
      XCTAssertEqual(try census(store), ["101": [], "102": [], "103": []], "the wards come with the first sync")
    }
    XCTAssertEqual(try round(first, station, siriToken), SyncRound.Outcome(pushed: .init(), pulled: 0), "fetched once, until they change")

    // Offline at once: each station puts one of the home's patients in bed 101.
    let atFirst = try DecisionLog(store: first).patientID(identifier: CentralFixture.patient)
    let atSecond = try DecisionLog(store: second).patientID(identifier: resident)
    _ = try CensusLog(store: first).admit(atFirst, to: try bedID("101", in: first), type: .longTerm, on: testToday, by: siri, at: at)
    let conflicted = try CensusLog(store: second).admit(
      atSecond, to: try bedID("101", in: second), type: .longTerm, on: testToday, by: ola, at: at - 60)
    XCTAssertThrowsError(
      try CensusLog(store: first).admit(atFirst, to: try bedID("101", in: first), type: .longTerm, on: testToday, by: siri, at: at),
      "a bed taken here is still refused here")
    for (store, token) in [(first, siriToken), (second, olaToken), (first, siriToken)] { _ = try round(store, station, token) }
    for store in [first, second] {
      XCTAssertEqual(try census(store)["101"], [CentralFixture.patient, resident], "the first to the server holds the bed; both stand")
      let open = try SyncConflicts(store: store).open(limit: 10)
      XCTAssertEqual(open.map(\.kind), [.bed])
      XCTAssertEqual(open.first?.patient.identifier, resident)
      XCTAssertTrue(open.first?.origin.hasPrefix("Siri Sykehjem") == true, "who put the other patient there")
    }

    // Resolved at the first station, by moving the second patient to a free bed.
    let there = try XCTUnwrap(try SyncConflicts(store: first).open(limit: 1).first?.stayID)
    try CensusLog(store: first).transfer(there, to: try bedID("102", in: first), by: siri, at: at + 600)
    XCTAssertEqual(try SyncConflicts(store: first).openCount(), 0, "moving the patient resolves it")
    for (store, token) in [(first, siriToken), (second, olaToken)] { _ = try round(store, station, token) }
    for store in [first, second] {
      XCTAssertEqual(try census(store), ["101": [CentralFixture.patient], "102": [resident], "103": []])
      XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0, "resolved at both")
    }

    // The second station discharges its patient, now in bed 102: the bed is free at both.
    try CensusLog(store: second).discharge(conflicted, to: .home, on: testToday.adding(days: 3), by: ola, at: at + 86_400)
    for (store, token) in [(second, olaToken), (first, siriToken)] { _ = try round(store, station, token) }
    for store in [first, second] {
      XCTAssertEqual(try census(store), ["101": [CentralFixture.patient], "102": [], "103": []])
      XCTAssertEqual(try CensusLog(store: store).statistics(from: LengthOfStay.Quarter(testToday)).map(\.nights), [3])
    }
    for (store, token) in [(first, siriToken), (second, olaToken)] {
      XCTAssertEqual(try round(store, station, token), SyncRound.Outcome(pushed: .init(), pulled: 0), "nothing twice")
    }

    // A bed added on the server reaches both at their next round.
    XCTAssertEqual(
      try CentralWards.add(on: admin, organisation: home, ward: "Avdeling 1", municipality: "5001", stayType: "long-term", beds: ["101", "104"]), 1)
    for (store, token) in [(first, siriToken), (second, olaToken)] {
      XCTAssertEqual(try round(store, station, token).pulled, 1, "the new setup")
      XCTAssertEqual(try census(store).keys.sorted(), ["101", "102", "103", "104"])
    }

    // Beds taken out of use: a free one goes at once, an occupied one when its patient leaves,
    // and no one is admitted to either.
    XCTAssertEqual(try CentralWards.retire(on: admin, organisation: home, ward: "Avdeling 1", beds: ["101", "103"]), 2)
    let bed103 = try XCTUnwrap(try admin.query("SELECT uid::text FROM core.bed WHERE label = '103'").first?.first ?? nil)
    for (store, token) in [(first, siriToken), (second, olaToken)] {
      _ = try round(store, station, token)
      XCTAssertEqual(try census(store), ["101": [CentralFixture.patient], "102": [], "104": []], "101 while she lies in it")
    }
    let refused = try SyncPush.send(
      [SyncPush.Operation(
        opID: UUID().uuidString.lowercased(), kind: "stay", patient: CentralFixture.patient,
        payload: #"{"stay": "\#(UUID().uuidString.lowercased())", "change": "admit", "bed": "\#(bed103)", "type": "long-term", "on": "2026-11-27", "at": "2026-11-27T09:30:00Z", "by": "Siri Sykehjem"}"#)],
      station, token: siriToken)
    XCTAssertEqual(refused.map(\.reason), ["the bed is out of use"])
    let held = try XCTUnwrap(try CensusLog(store: first).beds().first { $0.label == "101" }?.occupant?.stayID)
    try CensusLog(store: first).transfer(held, to: try bedID("104", in: first), by: siri, at: at + 2 * 86_400)
    for (store, token) in [(first, siriToken), (second, olaToken)] {
      _ = try round(store, station, token)
      XCTAssertEqual(try census(store), ["102": [], "104": [CentralFixture.patient]])
    }
    // Named again, a bed is in use again.
    XCTAssertEqual(
      try CentralWards.add(on: admin, organisation: home, ward: "Avdeling 1", municipality: "5001", stayType: "long-term", beds: ["103"]), 1)
    _ = try round(second, station, olaToken)
    XCTAssertEqual(try census(second).keys.sorted(), ["102", "103", "104"])
  }

  func test_one_patient_admitted_at_two_workstations_at_once_is_a_conflict_until_one_stay_is_withdrawn() throws {
    let (station, siriToken, olaToken, admin) = try nursingHome("ws_census_twice")
    let first = try PatientStore(path: folder + "/first.sqlite", kind: .production)
    let second = try PatientStore(path: folder + "/second.sqlite", kind: .production)
    for (store, token) in [(first, siriToken), (second, olaToken)] { _ = try round(store, station, token) }
    let here = try DecisionLog(store: first).patientID(identifier: resident)
    let there = try DecisionLog(store: second).patientID(identifier: resident)
    _ = try CensusLog(store: first).admit(here, to: try bedID("101", in: first), type: .longTerm, on: testToday, by: siri, at: at)
    let second101 = try CensusLog(store: second).admit(there, to: try bedID("103", in: second), type: .longTerm, on: testToday, by: ola, at: at)
    for (store, token) in [(first, siriToken), (second, olaToken), (first, siriToken)] { _ = try round(store, station, token) }
    for store in [first, second] {
      XCTAssertEqual(try census(store), ["101": [resident], "102": [], "103": [resident]], "both stays stand")
      let later = try XCTUnwrap(try CensusLog(store: store).beds().first { $0.label == "103" }?.occupant)
      XCTAssertEqual(later.alsoAdmittedIn, "101", "the second admission names the first one's bed")
      XCTAssertEqual(try SyncConflicts(store: store).open(limit: 10).map(\.stayID), [later.stayID])
    }
    // A stay of a patient admitted once is discharged, never withdrawn.
    let other = try DecisionLog(store: first).patientID(identifier: CentralFixture.patient)
    let once = try CensusLog(store: first).admit(other, to: try bedID("102", in: first), type: .longTerm, on: testToday, by: siri, at: at + 30)
    XCTAssertThrowsError(try CensusLog(store: first).withdraw(once, by: siri, at: at + 40)) { XCTAssertEqual($0 as? StoreError, .notAdmittedTwice) }
    try CensusLog(store: first).discharge(once, to: .home, on: testToday, by: siri, at: at + 50)
    // The second station withdraws its admission: resolved at both, and no stay was had: no
    // discharge in her record, none in the day's movements, none in the statistics.
    try CensusLog(store: second).withdraw(second101, by: ola, at: at + 60)
    for (store, token) in [(second, olaToken), (first, siriToken), (second, olaToken)] { _ = try round(store, station, token) }
    for store in [first, second] {
      XCTAssertEqual(try census(store), ["101": [resident], "102": [], "103": []])
      XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
      let log = CensusLog(store: store)
      XCTAssertEqual(try log.movements(on: testToday).admitted, 2, "her admission and the other patient's")
      XCTAssertEqual(try log.movements(on: testToday).discharged, 1, "the other patient's")
      XCTAssertEqual(try log.statistics(from: LengthOfStay.Quarter(testToday)).map(\.stays), [1], "the other patient's stay")
      XCTAssertEqual(
        try store.db.prepare("SELECT withdrawn, destination FROM stay WHERE discharged IS NOT NULL ORDER BY withdrawn").rows {
          [String($0.int(0)), $0.optionalText(1) ?? "none"]
        },
        [["0", "home"], ["1", "none"]])
      // Sent on to another system, the withdrawn stay says it was registered in error.
      let exported = String(decoding: try FHIRExporter(store: store).export(identifier: resident, at: at + 120), as: UTF8.self)
      XCTAssertTrue(exported.contains(#""status":"entered-in-error""#) || exported.contains(#""status" : "entered-in-error""#), exported)
    }
    XCTAssertEqual(
      try admin.query(
        "SELECT count(*) FROM core.care_relation r JOIN core.patient p ON p.id = r.patient_id WHERE p.identifier = $1 AND r.valid_to IS NULL",
        [resident]
      ).first?.first, "1", "she is still in bed 101: her care relation does not end")
  }

  func test_a_malformed_change_of_a_stay_is_refused_with_its_reason() throws {
    let (station, siriToken, _, admin) = try nursingHome("ws_census_bad")
    let bed = try XCTUnwrap(try admin.query("SELECT uid::text FROM core.bed WHERE label = '101'").first?.first ?? nil)
    // The legevakt has no beds: its nurse cannot admit to the home's.
    let legevaktNurse = try CentralLogin.token(station, hpr: "9000001", password: "hemmelig")
    let stay = UUID().uuidString.lowercased()
    let admit = #"{"stay": "\#(stay)", "change": "admit", "bed": "\#(bed)", "type": "long-term", "on": "2026-11-27", "at": "2026-11-27T09:30:00Z", "by": "Siri Sykehjem"}"#
    let payloads = [
      (siriToken, #"{"stay": "x", "change": "admit", "bed": "\#(bed)", "type": "long-term", "on": "2026-11-27", "at": "2026-11-27T09:30:00Z", "by": "S"}"#),
      (siriToken, #"{"stay": "\#(stay)", "change": "swap", "at": "2026-11-27T09:30:00Z", "by": "S"}"#),
      (siriToken, #"{"stay": "\#(stay)", "change": "transfer", "bed": "\#(UUID().uuidString.lowercased())", "at": "2026-11-27T09:30:00Z", "by": "S"}"#),
      (legevaktNurse, admit),
      (siriToken, #"{"stay": "\#(stay)", "change": "discharge", "destination": "moon", "on": "2026-11-27", "at": "2026-11-27T09:30:00Z", "by": "S"}"#),
      (siriToken, #"{"stay": "\#(stay)", "change": "discharge", "destination": "home", "at": "2026-11-27T09:30:00Z", "by": "S"}"#),
      (siriToken, #"{"stay": "\#(stay)", "change": "admit", "bed": "\#(bed)", "type": "long-term", "on": "i dag", "at": "2026-11-27T09:30:00Z", "by": "S"}"#),
    ]
    let reasons = try payloads.map { token, payload in
      try SyncPush.send(
        [SyncPush.Operation(opID: UUID().uuidString.lowercased(), kind: "stay", patient: CentralFixture.patient, payload: payload)],
        station, token: token
      ).map(\.reason)
    }
    XCTAssertEqual(
      reasons,
      [
        ["a change of a stay names the stay"],
        ["a change of a stay is an admission, a transfer, a discharge or the withdrawal of an admission made twice"],
        ["no such bed in this organisation"], ["no such bed in this organisation"], ["unknown destination of a discharge"],
        ["an admission or a discharge names its day"], ["a change of a stay names who made it and when"],
      ])
  }
}
