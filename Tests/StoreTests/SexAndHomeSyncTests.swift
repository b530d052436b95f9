import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// The patient's sex and home municipality travel with the record, over a real PostgreSQL: the
/// care relation that brings a patient to the server brings them, a later one fills what the
/// server did not know, and no workstation's value replaces one the server holds.
final class SexAndHomeSyncTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  func test_the_legevakt_tells_the_server_and_the_gp_office_gets_them_by_first_sync_and_by_fetch() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_sex_home")
    let admin = try CentralFixture.superuser(url)
    XCTAssertEqual(try server(admin, CentralFixture.patient), [nil, nil], "registered by name and birth date only")

    // The legevakt knows her sex and home; its next relation with her tells the server.
    let legevakt = try CentralFixture.workstation(folder, "legevakt")
    try know(legevakt, CentralFixture.patient, sex: "M", home: "5001")
    let patient = try DecisionLog(store: legevakt).patientID(identifier: CentralFixture.patient)
    try Outbox(db: legevakt.db).appendCareRelation(.legevaktVisit, patientID: patient, at: at)
    XCTAssertEqual(try SyncRound.run(legevakt, station, token: nurse, today: testToday).pushed.applied, 1)
    XCTAssertEqual(try server(admin, CentralFixture.patient), ["M", "5001"])

    // A GP office whose first sync finds her on its list.
    let listed = CentralDirectory.ListedPatient(identifier: CentralFixture.patient, given: "Ukjent", family: "Mann", birthDate: "1980-01-01")
    XCTAssertEqual(try CentralDirectory.loadCareList(on: admin, organisation: "Fjordgløtt legekontor", patients: [listed]).made, 1)
    let office = try PatientStore(path: folder + "/office.sqlite", kind: .production)
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    XCTAssertEqual(try SyncRound.run(office, station, token: doctor, today: testToday).first.patients, 1)
    XCTAssertEqual(try local(office, CentralFixture.patient), ["M", "5001"])
    XCTAssertEqual(try PatientReader(store: office).summary(try DecisionLog(store: office).patientID(identifier: CentralFixture.patient)).gpOffice, "Fjordgløtt legekontor", "by first sync too")
    let named = try office.db.statement("SELECT name FROM municipality WHERE code = '5001'")
    XCTAssertTrue(try named.step())
    XCTAssertEqual(named.text(0), "Trondheim", "named as the region's list names it, for the letter and the statistics")
    named.reset()

    // A workstation that kept her knowing neither fetches the record and learns both.
    let second = try CentralFixture.workstation(folder, "legevakt2")
    XCTAssertEqual(try local(second, CentralFixture.patient), ["U", nil])
    XCTAssertNil(try PatientReader(store: second).summary(try DecisionLog(store: second).patientID(identifier: CentralFixture.patient)).gpOffice)
    _ = try PatientFetch.fetch(second, station, token: nurse, identifier: CentralFixture.patient, today: testToday)
    XCTAssertEqual(try local(second, CentralFixture.patient), ["M", "5001"])
    // The GP office whose list she is on comes too, though the legevakt sees no relation of the office's.
    let summary = try PatientReader(store: second).summary(try DecisionLog(store: second).patientID(identifier: CentralFixture.patient))
    XCTAssertEqual(summary.gpOffice, "Fjordgløtt legekontor")
    XCTAssertEqual(summary.listing.gpName, "Fjordgløtt legekontor", "the lookup's GP column shows it")

    // One whose nurse has made the sex unknown herself keeps it so: her change travels on its own.
    let third = try CentralFixture.workstation(folder, "legevakt3")
    let log = DemographicsLog(store: third)
    let atThird = try DecisionLog(store: third).patientID(identifier: CentralFixture.patient)
    var told = try log.particulars(atThird).0
    told.sex = .female
    try log.save(atThird, told, by: CentralFixture.nurse, at: at)
    told.sex = .unknown
    try log.save(atThird, told, by: CentralFixture.nurse, at: at + 60)
    _ = try PatientFetch.fetch(third, station, token: nurse, identifier: CentralFixture.patient, today: testToday)
    XCTAssertEqual(try local(third, CentralFixture.patient), ["U", "5001"], "the municipality filled, the sex as she set it")
  }

  func test_a_value_the_server_holds_is_not_replaced_and_a_malformed_one_loses_nothing() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_sex_home_kept")
    let admin = try CentralFixture.superuser(url)
    let first = relation("01418020063", #""sex": "M", "municipality": "5001""#)
    XCTAssertEqual(try SyncPush.send([first], station, token: nurse).map(\.state), ["applied"])
    // Another visit from a workstation that holds her otherwise: the server keeps what it has.
    let other = relation("01418020063", #""sex": "F", "municipality": "5028""#)
    XCTAssertEqual(try SyncPush.send([other], station, token: nurse).map(\.state), ["applied"])
    XCTAssertEqual(try server(admin, "01418020063"), ["M", "5001"])

    // A new patient whose sex and municipality are not what they should be is registered anyway,
    // with both unknown.
    let malformed = relation("13497248005", #""sex": "X", "municipality": "50a1""#, given: "Kari", family: "Fjeld", born: "1972-09-13")
    XCTAssertEqual(try SyncPush.send([malformed], station, token: nurse).map(\.state), ["applied"])
    XCTAssertEqual(try server(admin, "13497248005"), [nil, nil])
    let fetched = try PatientStore(path: folder + "/fetched.sqlite", kind: .production)
    _ = try PatientFetch.fetch(fetched, station, token: nurse, identifier: "13497248005", today: testToday)
    XCTAssertEqual(try local(fetched, "13497248005"), ["U", nil])
  }

  private func relation(
    _ identifier: String, _ extra: String, given: String = "Ukjent", family: String = "Mann", born: String = "1980-01-01"
  ) -> SyncPush.Operation {
    SyncPush.Operation(
      opID: UUID().uuidString.lowercased(), kind: "care-relation", patient: identifier,
      payload: #"{"relation": "legevakt-visit", "given": "\#(given)", "family": "\#(family)", "birthDate": "\#(born)", \#(extra)}"#)
  }

  private func know(_ store: PatientStore, _ identifier: String, sex: String, home: String) throws {
    try PatientWriter.keepMunicipality(code: home, in: store.db)
    try store.db.statement(
      "UPDATE patient SET sex = ?, municipality_code = ? WHERE id = (SELECT patient_id FROM identifier WHERE value = ?)"
    ).bind(1, sex).bind(2, home).bind(3, identifier).run()
  }

  private func local(_ store: PatientStore, _ identifier: String) throws -> [String?] {
    let s = try store.db.statement(
      "SELECT p.sex, p.municipality_code FROM patient p JOIN identifier i ON i.patient_id = p.id WHERE i.value = ?"
    ).bind(1, identifier)
    defer { s.reset() }
    XCTAssertTrue(try s.step())
    return [s.optionalText(0), s.optionalText(1)]
  }

  private func server(_ admin: CentralConnection, _ identifier: String) throws -> [String?] {
    try admin.query("SELECT sex, municipality_code FROM core.patient WHERE identifier = $1", [identifier]).first ?? []
  }
}
