import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// The legevakt's queue shared by its workstations over a real PostgreSQL: a walk-in registered
/// at the reception shows at the triage station; a re-triage and a move made at once both stand;
/// two re-triages at once to different levels are a triage conflict at both, standing at the more
/// urgent, until one is set knowing both; the GP office gets the visit with the record, not in a
/// queue; a malformed change is refused with its reason.
final class TriageSyncTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)
  private let legevakt = "Trondheim legevakt"

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private func round(_ store: PatientStore, _ station: CentralConnection, _ token: String) throws -> SyncRound.Outcome {
    try SyncRound.run(store, station, token: token, today: testToday)
  }

  private func queue(_ store: PatientStore, of organisation: String) throws -> [TriageVisit] {
    try TriageLog(store: store).queue(at: at + 3_600, .standard, of: organisation)
  }

  /// The visit at both terminals once each has synced, the first once more after the second.
  private func settled(
    _ first: (PatientStore, String), _ second: (PatientStore, String), _ station: CentralConnection
  ) throws -> [TriageVisit] {
    for (store, token) in [first, second, first] { _ = try round(store, station, token) }
    return try [first.0, second.0].map { try XCTUnwrap(try queue($0, of: legevakt).first) }
  }

  func test_the_queue_is_shared_and_changes_made_at_once_end_the_same_at_every_workstation() throws {
    let (station, nurse, colleague, url) = try CentralFixture.withPatient("ws_triage")
    let reception = try CentralFixture.workstation(folder, "reception")
    let patient = try DecisionLog(store: reception).patientID(identifier: CentralFixture.patient)
    let signs = VitalSigns(respirationRate: 18, oxygenSaturation: 96, onOxygen: false, systolicPressure: 130, pulse: 96, consciousness: .alert, temperatureTenths: 372)
    let visit = try TriageLog(store: reception).register(patientID: patient, complaint: .chestPain, vitals: signs, by: CentralFixture.nurse, at: at)
    let registered = try XCTUnwrap(try queue(reception, of: legevakt).first)
    XCTAssertEqual(try round(reception, station, nurse).pushed.applied, 3, "the visit's relation, its measurement and the visit")

    // The triage station syncs for the first time: the walk-in is in its queue.
    let triage = try PatientStore(path: folder + "/triage.sqlite", kind: .production)
    _ = try round(triage, station, colleague)
    let there = try XCTUnwrap(try queue(triage, of: legevakt).first)
    XCTAssertEqual(there.level, registered.level)
    XCTAssertEqual(there.complaint, .chestPain)
    XCTAssertEqual(there.patient.identifier, CentralFixture.patient)

    // At once: the triage nurse raises the level, the reception sends the patient to the doctor.
    try TriageLog(store: triage).setLevel(there.id, to: .red, reason: nil, by: CentralFixture.colleague, at: at + 300)
    try TriageLog(store: reception).move(visit, to: .withDoctor, by: CentralFixture.nurse, at: at + 310)
    for v in try settled((triage, colleague), (reception, nurse), station) {
      XCTAssertEqual(v.level, .red, "the re-triage stands")
      XCTAssertEqual(v.status, .withDoctor, "and so does the move")
    }

    // Two re-triages at once, neither knowing the other, to one level: nothing to decide.
    try TriageLog(store: reception).setLevel(visit, to: .orange, reason: nil, by: CentralFixture.nurse, at: at + 400)
    try TriageLog(store: triage).setLevel(there.id, to: .orange, reason: nil, by: CentralFixture.colleague, at: at + 410)
    for v in try settled((reception, nurse), (triage, colleague), station) {
      XCTAssertEqual(v.level, .orange)
      XCTAssertNil(v.dispute)
    }

    // Two re-triages at once to different levels: the server's order alone would let the
    // triage station's yellow (taken last) pass over the reception's orange. The visit stands at
    // orange, with the yellow under it, at both, as a triage conflict.
    try TriageLog(store: reception).setLevel(visit, to: .orange, reason: "Smertene er tilbake", by: CentralFixture.nurse, at: at + 600)
    try TriageLog(store: triage).setLevel(there.id, to: .yellow, reason: "Normalt EKG", by: CentralFixture.colleague, at: at + 590)
    for (v, store) in zip(try settled((reception, nurse), (triage, colleague), station), [reception, triage]) {
      XCTAssertEqual(v.level, .orange, "the more urgent stands, whatever the order or the clocks")
      XCTAssertEqual(v.levelReason, "Smertene er tilbake")
      XCTAssertEqual(v.dispute?.level, .yellow)
      XCTAssertEqual(v.dispute?.origin.hasPrefix(CentralFixture.colleague.name), true)
      let conflict = try XCTUnwrap(try SyncConflicts(store: store).open(limit: 10).first)
      XCTAssertEqual([conflict.kind], [.triage])
      XCTAssertEqual(conflict.visitID, v.id)
    }
    XCTAssertEqual(try round(reception, station, nurse), SyncRound.Outcome(pushed: .init(), pulled: 0), "nothing twice")

    // The triage nurse, seeing both, sets the level: settled at both, even to the less urgent one.
    try TriageLog(store: triage).setLevel(there.id, to: .yellow, reason: "Normalt EKG, smertefri i hvile", by: CentralFixture.colleague, at: at + 900)
    XCTAssertEqual(try SyncConflicts(store: triage).openCount(), 0, "settled here at once")
    for (v, store) in zip(try settled((triage, colleague), (reception, nurse), station), [triage, reception]) {
      XCTAssertEqual(v.level, .yellow)
      XCTAssertNil(v.dispute)
      XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
    }

    // The GP office gets the visit with her record, as history: not in its queue.
    let listed = CentralDirectory.ListedPatient(identifier: CentralFixture.patient, given: "Ukjent", family: "Mann", birthDate: "1980-01-01")
    _ = try CentralDirectory.loadCareList(on: try CentralFixture.superuser(url), organisation: "Fjordgløtt legekontor", patients: [listed])
    let office = try PatientStore(path: folder + "/office.sqlite", kind: .production)
    _ = try round(office, station, try CentralLogin.token(station, hpr: "9000002", password: "annet"))
    XCTAssertEqual(try queue(office, of: "Fjordgløtt legekontor").count, 0)
    XCTAssertEqual(try queue(office, of: legevakt).first?.level, .yellow)
  }

  func test_a_malformed_change_of_a_visit_is_refused_with_its_reason() throws {
    let (station, nurse, _, _) = try CentralFixture.withPatient("ws_triage_bad")
    let visit = UUID().uuidString.lowercased()
    let payloads = [
      #"{"visit": "x", "change": "level", "level": 2, "at": "2026-11-27T09:30:00Z", "by": "Nina Natt"}"#,
      #"{"visit": "\#(visit)", "change": "level", "level": 9, "at": "2026-11-27T09:30:00Z", "by": "Nina Natt"}"#,
      #"{"visit": "\#(visit)", "change": "status", "status": "gone", "at": "2026-11-27T09:30:00Z", "by": "Nina Natt"}"#,
      #"{"visit": "\#(visit)", "change": "level", "level": 2, "at": "i går", "by": "Nina Natt"}"#,
      #"{"visit": "\#(visit)", "change": "level", "level": 2, "at": "2026-11-27T09:30:00Z", "by": "Nina Natt", "seen": "alle"}"#,
      #"{"visit": "\#(visit)", "change": "level", "level": 2, "at": "2026-11-27T09:30:00Z", "by": "Nina Natt", "seen": [1]}"#,
    ]
    let ops = payloads.map { SyncPush.Operation(opID: UUID().uuidString.lowercased(), kind: "triage", patient: CentralFixture.patient, payload: $0) }
    XCTAssertEqual(
      try SyncPush.send(ops, station, token: nurse).map(\.reason),
      [
        "a change of a visit names the visit", "a triage level is 1 to 5", "unknown status of a visit",
        "a change of a visit names who made it and when",
        "a re-triage names the settings of the level it was made knowing, by their operations",
        "a re-triage names the settings of the level it was made knowing, by their operations",
      ])
  }

  /// The usual walk-in: a birth number this workstation has never held. The visit is registered
  /// at once (offline too) under the number, and the server's name replaces the placeholder at
  /// the next round; a number the server has not met either is registered there as it stands.
  func test_a_walk_in_by_a_number_new_here_is_kept_at_once_and_named_by_the_server() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_triage_new_number")
    let gunnhild = CentralDirectory.ListedPatient(identifier: "13497248005", given: "Gunnhild", family: "Prøve", birthDate: "1972-09-13")
    _ = try CentralDirectory.loadCareList(on: try CentralFixture.superuser(url), organisation: "Fjordgløtt legekontor", patients: [gunnhild])
    let reception = try PatientStore(path: folder + "/reception.sqlite", kind: .production)
    _ = try round(reception, station, nurse)
    let log = TriageLog(store: reception)
    let signs = VitalSigns(respirationRate: 22, oxygenSaturation: 94, onOxygen: false, systolicPressure: 118, pulse: 104, consciousness: .alert, temperatureTenths: 385)
    for number in ["13497248005", "15434841248"] {
      try log.register(patientID: try log.patient(identifier: number, at: at), complaint: .fever, vitals: signs, by: CentralFixture.nurse, at: at)
    }
    let kept = try queue(reception, of: legevakt).map(\.patient)
    XCTAssertEqual(kept.map(\.name.family), ["Navn mangler", "Navn mangler"], "kept at once, before any server answers")
    XCTAssertEqual(kept.map(\.birthDate.iso).sorted(), ["1948-03-15", "1972-09-13"], "the birth date the number gives")

    _ = try round(reception, station, nurse)
    let named = try queue(reception, of: legevakt).map { "\($0.patient.name.given) \($0.patient.name.family)" }.sorted()
    XCTAssertEqual(named, ["Gunnhild Prøve", "Ukjent Navn mangler"], "the server's name, where it has one")
    XCTAssertEqual(
      try PatientSearch(store: reception).ids(for: .name(["gunnhild"]), limit: 5),
      [try DecisionLog(store: reception).patientID(identifier: "13497248005")], "found by her name")
    let admin = try CentralFixture.superuser(url)
    XCTAssertEqual(
      try admin.query("SELECT given || ' ' || family FROM core.patient WHERE identifier = '13497248005'").first?.first, "Gunnhild Prøve",
      "the server keeps the name it had")

    // A demo store never meets the server: a number it does not hold is unknown there.
    let demo = try PatientStore(path: folder + "/demo.sqlite", kind: .demo)
    XCTAssertThrowsError(try TriageLog(store: demo).patient(identifier: "13497248005", at: at)) {
      XCTAssertEqual($0 as? StoreError, .patientNotFound)
    }
  }
}
