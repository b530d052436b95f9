import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// The record follows the patient: when an organisation begins a care relation after its
/// workstations synced, the next round brings the patient's whole record, with what other
/// organisations wrote before. Over a real PostgreSQL.
final class RecordFollowsPatientTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  func test_a_patient_added_to_a_gp_list_arrives_with_the_legevakt_measurements_and_medicines() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_follows")
    let legevakt = try CentralFixture.workstation(folder, "legevakt")
    let patient = try DecisionLog(store: legevakt).patientID(identifier: CentralFixture.patient)
    try VitalsLog(store: legevakt).save(
      VitalSigns(respirationRate: 24, oxygenSaturation: 91, onOxygen: false, systolicPressure: 98, pulse: 118, consciousness: .alert, temperatureTenths: 391),
      for: patient, by: CentralFixture.nurse, at: at)
    try MedicationLog(store: legevakt).sign(
      [MedicationLine(atc: "J01CE02", drug: "Fenoksymetylpenicillin", dose: "1 g", frequency: "1 x 4")], classifications: [:],
      reasons: [:], sources: [], for: patient, by: CentralFixture.colleague, at: at + 60)
    XCTAssertEqual(try SyncRound.run(legevakt, station, token: nurse, today: testToday).pushed.applied, 2)

    // The GP office syncs before the patient is on its list: nothing of the patient comes.
    let admin = try CentralFixture.superuser(url)
    let other = CentralDirectory.ListedPatient(identifier: "13497248005", given: "Kari", family: "Fjeld", birthDate: "1972-09-13")
    XCTAssertEqual(try CentralDirectory.loadCareList(on: admin, organisation: "Fjordgløtt legekontor", patients: [other]).made, 1)
    let office = try PatientStore(path: folder + "/office.sqlite", kind: .production)
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    XCTAssertEqual(try SyncRound.run(office, station, token: doctor, today: testToday).first.patients, 1)
    XCTAssertThrowsError(try DecisionLog(store: office).patientID(identifier: CentralFixture.patient))

    // The register's list file puts the patient on the office's list; the next round brings the record.
    let listed = CentralDirectory.ListedPatient(identifier: CentralFixture.patient, given: "Ukjent", family: "Mann", birthDate: "1980-01-01")
    XCTAssertEqual(try CentralDirectory.loadCareList(on: admin, organisation: "Fjordgløtt legekontor", patients: [listed]).made, 1)
    XCTAssertEqual(try SyncRound.run(office, station, token: doctor, today: testToday).pulled, 3, "the patient new here, the measurements and the list")
    let here = try DecisionLog(store: office).patientID(identifier: CentralFixture.patient)
    XCTAssertEqual(try VitalsLog(store: office).latest(here, limit: 5).first?.signs.pulse, 118)
    XCTAssertEqual(try MedicationLog(store: office).currentList(here).map(\.summary), ["Fenoksymetylpenicillin 1 g 1 x 4"])
    XCTAssertEqual(try SyncRound.run(office, station, token: doctor, today: testToday), SyncRound.Outcome(pushed: .init(), pulled: 0), "once")

    // A workstation of the office that syncs for the first time now gets it by first sync, and
    // its cursor is past the relation: nothing is fetched twice.
    let second = try PatientStore(path: folder + "/office2.sqlite", kind: .production)
    XCTAssertEqual(try SyncRound.run(second, station, token: doctor, today: testToday).first.patients, 2)
    XCTAssertEqual(try SyncRound.run(second, station, token: doctor, today: testToday).pulled, 0)
  }

  func test_a_legevakt_visit_brings_the_gp_record_of_a_known_patient() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_follows_visit")
    let admin = try CentralFixture.superuser(url)
    // A patient of the GP office only, with a medication list the GP signed.
    let listed = CentralDirectory.ListedPatient(identifier: "13497248005", given: "Kari", family: "Fjeld", birthDate: "1972-09-13")
    XCTAssertEqual(try CentralDirectory.loadCareList(on: admin, organisation: "Fjordgløtt legekontor", patients: [listed]).made, 1)
    let office = try PatientStore(path: folder + "/office.sqlite", kind: .production)
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    _ = try SyncRound.run(office, station, token: doctor, today: testToday)
    let atOffice = try DecisionLog(store: office).patientID(identifier: "13497248005")
    let gp = Clinician(userID: "hpr:9000002", name: "Lars Lege", role: "doctor", organisation: "Fjordgløtt legekontor")
    try MedicationLog(store: office).sign(
      [MedicationLine(atc: "C07AB02", drug: "Metoprolol", dose: "50 mg", frequency: "1 x 1")], classifications: [:], reasons: [:],
      sources: [], for: atOffice, by: gp, at: at)
    XCTAssertEqual(try SyncRound.run(office, station, token: doctor, today: testToday).pushed.applied, 1)

    // She walks into the legevakt; the visit's care relation is pushed as the triage makes it.
    let legevakt = try CentralFixture.workstation(folder, "legevakt")
    _ = try SyncRound.run(legevakt, station, token: nurse, today: testToday)
    let visit = SyncPush.Operation(
      opID: UUID().uuidString.lowercased(), kind: "care-relation", patient: "13497248005",
      payload: #"{"relation": "legevakt-visit", "given": "Kari", "family": "Fjeld", "birthDate": "1972-09-13"}"#)
    XCTAssertEqual(try SyncPush.send([visit], station, token: nurse).map(\.state), ["applied"])
    XCTAssertEqual(try SyncRound.run(legevakt, station, token: nurse, today: testToday).pulled, 2, "the patient new here and the list")
    let atLegevakt = try DecisionLog(store: legevakt).patientID(identifier: "13497248005")
    XCTAssertEqual(try MedicationLog(store: legevakt).currentList(atLegevakt).map(\.summary), ["Metoprolol 50 mg 1 x 1"], "the GP's list followed her")
  }

  func test_openings_are_logged_with_why_the_workstation_holds_the_patient() throws {
    let (station, _, _, url) = try CentralFixture.withPatient("ws_basis")
    let listed = CentralDirectory.ListedPatient(identifier: "13497248005", given: "Kari", family: "Fjeld", birthDate: "1972-09-13")
    XCTAssertEqual(try CentralDirectory.loadCareList(on: try CentralFixture.superuser(url), organisation: "Fjordgløtt legekontor", patients: [listed]).made, 1)
    let office = try PatientStore(path: folder + "/office.sqlite", kind: .production)
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    _ = try SyncRound.run(office, station, token: doctor, today: testToday)
    let basis = CareBasis(store: office)
    let listedHere = try DecisionLog(store: office).patientID(identifier: "13497248005")
    XCTAssertEqual(try basis.basis(for: listedHere), .careRelation, "on the office's list")

    // The legevakt's patient, opened under break-glass: so logged while it lasts, however often.
    let granted = try PatientFetch.breakGlass(
      office, station, token: doctor, identifier: CentralFixture.patient, reason: "Bevisstløs, ingen pårørende", hours: 2,
      today: testToday)
    XCTAssertEqual(try basis.basis(for: granted.patientID), .breakGlass)
    let gp = Clinician(userID: "hpr:9000002", name: "Lars Lege", role: "doctor", organisation: "Fjordgløtt legekontor")
    let reopened = try AuditLog(store: office).openChart(granted.patientID, by: gp, basis: try basis.basis(for: granted.patientID), at: Date())
    XCTAssertEqual(reopened.recentAccess.first?.basis, .breakGlass)
    XCTAssertNil(try basis.closed(granted.patientID, at: granted.expires - 1))
    XCTAssertEqual(try basis.closed(granted.patientID, at: granted.expires + 1), .breakGlassRanOut, "run out: not opened without asking again")
    XCTAssertNil(try basis.closed(listedHere, at: granted.expires + 1))
    // A visit here later makes it a care relation, which break-glass never lowers again.
    try CareBasis(store: office).inCare(granted.patientID)
    try CareBasis(store: office).brokeGlass(granted.patientID, until: Date() + 3_600)
    XCTAssertEqual(try basis.basis(for: granted.patientID), .careRelation)
  }
}
