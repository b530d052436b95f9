import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// The patient's name over a real PostgreSQL and two workstations: changed field by field, so
/// two changes of different fields made at once both stand; one field changed in both places is
/// a conflict shown where the second change was made, answered by the next save of the name.
final class DemographicsSyncTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private func round(_ store: PatientStore, _ station: CentralConnection, _ token: String) throws -> SyncRound.Outcome {
    try SyncRound.run(store, station, token: token, today: testToday)
  }

  private func particulars(_ store: PatientStore) throws -> Demographics {
    try DemographicsLog(store: store).particulars(try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)).0
  }

  private func name(_ store: PatientStore) throws -> PersonName { try particulars(store).name }

  private func rename(_ store: PatientStore, _ name: PersonName, by clinician: Clinician, at time: Date) throws {
    var changed = try particulars(store)
    changed.name = name
    try save(store, changed, by: clinician, at: time)
  }

  private func save(_ store: PatientStore, _ particulars: Demographics, by clinician: Clinician, at time: Date) throws {
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    try DemographicsLog(store: store).save(patient, particulars, by: clinician, at: time)
  }

  private func found(_ store: PatientStore, _ words: [String]) throws -> Bool {
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    return try PatientSearch(store: store).ids(for: .name(words), limit: 5).contains(patient)
  }

  func test_different_fields_changed_at_once_both_stand_everywhere() throws {
    let (station, nurse, kollega, url) = try CentralFixture.withPatient("ws_names_merge")
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    // The unidentified man is identified: a learns the family name, b the given name.
    try rename(a, PersonName(given: "Ukjent", family: "Olsen"), by: CentralFixture.nurse, at: at)
    try rename(b, PersonName(given: "Per", middle: "Arne", family: "Mann"), by: CentralFixture.colleague, at: at + 30)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1)
    XCTAssertEqual(try round(b, station, kollega).pushed.applied, 1, "other fields: no conflict")
    _ = try round(a, station, nurse)
    let both = PersonName(given: "Per", middle: "Arne", family: "Olsen")
    XCTAssertEqual(try name(a), both)
    XCTAssertEqual(try name(b), both)
    for store in [a, b] {
      XCTAssertTrue(try found(store, ["olsen", "per"]), "search finds the new name")
      XCTAssertFalse(try found(store, ["ukjent"]), "and not the old one")
      XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
    }
    let row = try CentralFixture.superuser(url).query("SELECT given, family FROM core.patient WHERE identifier = $1", [CentralFixture.patient])
    XCTAssertEqual(row.first, ["Per", "Olsen"])
    XCTAssertEqual(try round(a, station, nurse), SyncRound.Outcome(pushed: .init(), pulled: 0), "nothing twice")
  }

  func test_one_field_changed_in_both_places_is_shown_and_the_next_save_answers_it() throws {
    let (station, nurse, kollega, _) = try CentralFixture.withPatient("ws_names_conflict")
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    try rename(a, PersonName(given: "Ukjent", family: "Olsen"), by: CentralFixture.nurse, at: at)
    try rename(b, PersonName(given: "Ukjent", family: "Olssen"), by: CentralFixture.colleague, at: at + 30)
    XCTAssertEqual(try round(b, station, kollega).pushed.applied, 1, "b reached the server first")
    let late = try round(a, station, nurse)
    XCTAssertEqual(late.pushed.conflict, 1)
    XCTAssertEqual(try Outbox(store: a).pendingCount(), 0, "answered, not lost")
    XCTAssertEqual(try name(a).family, "Olsen", "never overwritten: a keeps its value until a clinician chooses")
    let patient = try DecisionLog(store: a).patientID(identifier: CentralFixture.patient)
    XCTAssertEqual(try DemographicsLog(store: a).particulars(patient).others[.family]?.value, "Olssen")
    let shown = try SyncConflicts(store: a).open(limit: 5)
    XCTAssertEqual(shown.map(\.kind), [.demographics])
    XCTAssertTrue(shown.first?.origin.hasPrefix("Kari Kollega") == true, shown.first?.origin ?? "")
    _ = try round(b, station, kollega)
    XCTAssertEqual(try name(b).family, "Olssen", "the server's value")
    XCTAssertEqual(try SyncConflicts(store: b).openCount(), 0)

    // The nurse checks the ID card: "Olsen" it is. Saving answers the conflict everywhere.
    try rename(a, PersonName(given: "Ukjent", family: "Olsen"), by: CentralFixture.nurse, at: at + 600)
    XCTAssertEqual(try SyncConflicts(store: a).openCount(), 0)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1, "follows the server's last change now")
    _ = try round(b, station, kollega)
    XCTAssertEqual(try name(b).family, "Olsen")
    XCTAssertEqual(try name(a), try name(b))
  }

  /// A walk-in by number gives her name before the server's comes: what the nurse typed is the
  /// record's, the server's name does not replace it when the record arrives, and the change
  /// goes to the server as any change of a name does.
  func test_a_name_typed_before_the_servers_came_is_not_replaced_by_it() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_names_pending")
    let listed = CentralDirectory.ListedPatient(identifier: "13497248005", given: "Gunnhild", family: "Prøve", birthDate: "1972-09-13")
    let admin = try CentralFixture.superuser(url)
    _ = try CentralDirectory.loadCareList(on: admin, organisation: "Fjordgløtt legekontor", patients: [listed])
    let reception = try PatientStore(path: folder + "/reception.sqlite", kind: .production)
    _ = try round(reception, station, nurse)
    let log = TriageLog(store: reception)
    let patient = try log.patient(identifier: "13497248005", at: at)
    let signs = VitalSigns(respirationRate: 16, oxygenSaturation: 98, onOxygen: false, systolicPressure: 128, pulse: 76, consciousness: .alert, temperatureTenths: 368)
    try log.register(patientID: patient, complaint: .fever, vitals: signs, by: CentralFixture.nurse, at: at)
    _ = try SyncPush.push(reception, station, token: nurse)
    // The visit has reached the server; before the record comes back, she spells her name.
    let spelt = PersonName(given: "Gunhild", family: "Prøve")
    var told = try DemographicsLog(store: reception).particulars(patient).0
    told.name = spelt
    try DemographicsLog(store: reception).save(patient, told, by: CentralFixture.nurse, at: at + 60)
    _ = try SyncPull.pull(reception, station, token: nurse, today: testToday)
    XCTAssertEqual(try DemographicsLog(store: reception).particulars(patient).0.name, spelt, "the record came, and her spelling stands")
    XCTAssertEqual(try round(reception, station, nurse).pushed.applied, 1)
    XCTAssertEqual(try admin.query("SELECT given FROM core.patient WHERE identifier = '13497248005'").first, ["Gunhild"])
    XCTAssertEqual(try DemographicsLog(store: reception).particulars(patient).0.name, spelt)
  }

  func test_a_bad_name_is_refused_and_changes_nothing() throws {
    let store = try CentralFixture.workstation(folder, "a")
    let before = try name(store)
    for bad in [
      PersonName(given: "Per", family: ""), PersonName(given: "", family: "Olsen"),
      PersonName(given: "Per", family: String(repeating: "a", count: 101)), PersonName(given: "Per\u{1b}[2J", family: "Olsen"),
    ] {
      XCTAssertThrowsError(try rename(store, bad, by: CentralFixture.nurse, at: at)) { XCTAssertEqual($0 as? StoreError, .refusedName) }
    }
    var moved = try particulars(store)
    moved.municipalityCode = "50a1"
    XCTAssertThrowsError(try save(store, moved, by: CentralFixture.nurse, at: at)) { XCTAssertEqual($0 as? StoreError, .refusedMunicipality) }
    XCTAssertEqual(try name(store), before)
    XCTAssertEqual(try Outbox(store: store).pendingCount(), 0)
  }

  /// The sex recorded at one workstation and a move at another, at once: both stand everywhere,
  /// on the server's row too. A move recorded at both to different municipalities is a
  /// conflict where it reached the server second, naming the other municipality, until saved.
  func test_sex_and_home_municipality_travel_field_by_field() throws {
    let (station, nurse, kollega, url) = try CentralFixture.withPatient("ws_particulars")
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    var atA = try particulars(a)
    atA.sex = .male
    try save(a, atA, by: CentralFixture.nurse, at: at)
    var atB = try particulars(b)
    atB.municipalityCode = "5028"
    try save(b, atB, by: CentralFixture.colleague, at: at + 30)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1)
    XCTAssertEqual(try round(b, station, kollega).pushed.applied, 1, "other fields: no conflict")
    _ = try round(a, station, nurse)
    for store in [a, b] {
      let both = try particulars(store)
      XCTAssertEqual([both.sex.rawValue, both.municipalityCode], ["M", "5028"])
    }
    let row = try CentralFixture.superuser(url).query("SELECT sex, municipality_code FROM core.patient WHERE identifier = $1", [CentralFixture.patient])
    XCTAssertEqual(row.first, ["M", "5028"])

    // Both record a move, each to another municipality; b's reaches the server second.
    atA = try particulars(a)
    atA.municipalityCode = "5001"
    try save(a, atA, by: CentralFixture.nurse, at: at + 60)
    atB = try particulars(b)
    atB.municipalityCode = "5035"
    try save(b, atB, by: CentralFixture.colleague, at: at + 90)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1)
    XCTAssertEqual(try round(b, station, kollega).pushed.conflict, 1)
    let patientAtB = try DecisionLog(store: b).patientID(identifier: CentralFixture.patient)
    XCTAssertEqual(try particulars(b).municipalityCode, "5035", "b keeps its own value")
    XCTAssertEqual(try DemographicsLog(store: b).particulars(patientAtB).others[.municipality]?.value, "5001", "and shows the other")
    // Saving the particulars answers it: what stands in the field is what the clinician chose.
    atB.municipalityCode = "5001"
    try save(b, atB, by: CentralFixture.colleague, at: at + 120)
    XCTAssertEqual(try SyncConflicts(store: b).openCount(), 0)
  }

  func test_the_server_refuses_a_malformed_name_change_with_its_reason() throws {
    let (station, nurse, _, _) = try CentralFixture.withPatient("ws_names_bad")
    func change(_ payload: String) -> SyncPush.Operation {
      SyncPush.Operation(opID: UUID().uuidString.lowercased(), kind: "demographics", patient: CentralFixture.patient, payload: payload)
    }
    let answers = try SyncPush.send(
      [
        change(#"{"fields": {"address": {"to": "Storgata 1", "base": null}}}"#),
        change(#"{"fields": {"family": {"to": "", "base": null}}}"#),
        change(#"{"fields": {"family": {"to": "Olsen", "base": "not-a-uuid"}}}"#),
        change(#"{"fields": []}"#),
      ], station, token: nurse)
    XCTAssertEqual(answers.map(\.state), ["rejected", "rejected", "rejected", "rejected"])
    XCTAssertEqual(answers[0].reason, "a change of the particulars names its fields: given, middle, family, sex, municipality")
    XCTAssertTrue(answers[1].reason?.hasPrefix("a change of the particulars gives each field the change it follows and a value") == true)
    // A sex or municipality that is none, and one that is not known (empty): refused and taken.
    let more = try SyncPush.send(
      [
        change(#"{"fields": {"sex": {"to": "X", "base": null}}}"#),
        change(#"{"fields": {"municipality": {"to": "50011", "base": null}}}"#),
        change(#"{"fields": {"sex": {"to": "", "base": null}, "municipality": {"to": null, "base": null}}}"#),
      ], station, token: nurse)
    XCTAssertEqual(more.map(\.state), ["rejected", "rejected", "applied"])
  }
}
