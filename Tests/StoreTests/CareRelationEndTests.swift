import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// A discharge ends the nursing home's care relation: it holds the days for documentation at
/// every workstation of the home and on the server, then the chart no longer opens without
/// asking again; a patient admitted again before that is in care again. Over a real PostgreSQL.
final class CareRelationEndTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  func test_a_discharge_ends_the_ward_stay_after_the_days_for_documentation_everywhere() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_relation_end")
    let admin = try CentralFixture.superuser(url)
    let homeNurse = try CentralFixture.organisation(
      "nursing-home", "Lerkendal sykehjem", municipality: "5001", user: "9000005", named: "Siri Sykehjem", password: "sykehjem1",
      on: admin, at: station)
    let siri = Clinician(userID: "hpr:9000005", name: "Siri Sykehjem", role: "nurse", organisation: "Lerkendal sykehjem")

    // The home's ward station admits the legevakt's patient; the office station syncs after.
    let ward = try CentralFixture.workstation(folder, "ward")
    try ward.db.execute(
      """
      INSERT INTO municipality(code, name, county) VALUES ('5001', 'Trondheim', 'Trøndelag');
      INSERT INTO ward(name, municipality_code) VALUES ('Avdeling 1', '5001');
      INSERT INTO bed(ward_id, label, stay_type) VALUES (1, '1A', 'short-term');
      """)
    let patient = try DecisionLog(store: ward).patientID(identifier: CentralFixture.patient)
    let census = CensusLog(store: ward)
    let stay = try census.admit(patient, to: 1, type: .shortTerm, on: testToday, by: siri, at: at)
    XCTAssertEqual(try SyncRound.run(ward, station, token: homeNurse, today: testToday).pushed.applied, 1)
    let office = try PatientStore(path: folder + "/office.sqlite", kind: .production)
    XCTAssertEqual(try SyncRound.run(office, station, token: homeNurse, today: testToday).first.patients, 1)
    let there = try DecisionLog(store: office).patientID(identifier: CentralFixture.patient)

    // Discharged: the stay's relation holds the days for documentation, and the note written
    // the day after is still taken.
    try census.discharge(stay, to: .home, on: testToday, by: siri, at: at + 3_600)
    try NoteLog(store: ward).sign(NoteDraft(type: .nursing, body: "Utskrevet til hjemmet i god form."), for: patient, by: siri, at: at + 86_400)
    XCTAssertEqual(try SyncRound.run(ward, station, token: homeNurse, today: testToday).pushed.applied, 2)
    let days = try admin.query(
      "SELECT extract(day FROM valid_to - now())::int FROM core.care_relation r JOIN core.organisation o ON o.id = r.organisation_id WHERE o.name = 'Lerkendal sykehjem'")
    XCTAssertEqual(days.first?.first, String(CareRelationEnd.documentationDays - 1), "ends by the server's clock, the days for documentation on")
    XCTAssertGreaterThan(try SyncRound.run(office, station, token: homeNurse, today: testToday).pulled, 0, "the end, and the note")
    let later = Date().addingTimeInterval(Double(CareRelationEnd.documentationDays + 1) * 86_400)
    for (store, id) in [(ward, patient), (office, there)] {
      XCTAssertNil(try CareBasis(store: store).closed(id, at: Date() + 86_400), "open for the documentation")
      XCTAssertEqual(try CareBasis(store: store).closed(id, at: later), .relationEnded)
    }
    // The legevakt's own relation is not touched.
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.care_relation WHERE valid_to IS NULL").first?.first, "1")

    // Break-glass after the end opens the chart again, until it runs out.
    try CareBasis(store: office).brokeGlass(there, until: later + 3_600)
    XCTAssertNil(try CareBasis(store: office).closed(there, at: later))
    XCTAssertEqual(try CareBasis(store: office).basis(for: there), .breakGlass)

    // Admitted again before the end: the relation is in force again, at the other station too.
    _ = try census.admit(patient, to: 1, type: .shortTerm, on: testToday, by: siri, at: at + 2 * 86_400)
    XCTAssertEqual(try SyncRound.run(ward, station, token: homeNurse, today: testToday).pushed.applied, 1)
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.care_relation WHERE valid_to IS NULL").first?.first, "2", "one relation, not two")
    _ = try SyncRound.run(office, station, token: homeNurse, today: testToday)
    XCTAssertNil(try CareBasis(store: office).closed(there, at: later))
    XCTAssertEqual(try CareBasis(store: office).basis(for: there), .careRelation)

    // An end sent again after a lost answer changes nothing; one for a patient the home has no
    // relation with is refused with its reason.
    try ward.db.execute("UPDATE outbox SET state = 'pending' WHERE kind = 'care-relation-end'")
    XCTAssertEqual(try SyncPush.push(ward, station, token: homeNurse).duplicate, 1)
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.care_relation WHERE valid_to IS NULL").first?.first, "2")
    let stranger = SyncPush.Operation(
      opID: UUID().uuidString.lowercased(), kind: "care-relation-end", patient: "13497248005", payload: #"{"relation": "ward-stay"}"#)
    XCTAssertEqual(try SyncPush.send([stranger], station, token: nurse).map(\.reason), ["no care relation with this patient"])
  }

  /// The legevakt's relation ends when the patient leaves (sent home, admitted, referred on), and
  /// begins again if the visit is opened again; a second open visit keeps it.
  func test_leaving_the_legevakt_ends_the_visit_relation_and_opening_the_visit_again_begins_it() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_visit_end")
    let admin = try CentralFixture.superuser(url)
    let legevakt = try CentralFixture.workstation(folder, "legevakt")
    let patient = try DecisionLog(store: legevakt).patientID(identifier: CentralFixture.patient)
    let triage = TriageLog(store: legevakt)
    let first = try triage.register(patientID: patient, complaint: .chestPain, vitals: VitalSigns(pulse: 100), by: CentralFixture.nurse, at: at)
    let second = try triage.register(patientID: patient, complaint: .chestPain, vitals: VitalSigns(pulse: 96), by: CentralFixture.nurse, at: at + 60)
    try triage.move(first, to: .discharged, by: CentralFixture.nurse, at: at + 600)
    let ends = try legevakt.db.statement("SELECT count(*) FROM outbox WHERE kind = 'care-relation-end'")
    func endsSent() throws -> Int64 {
      defer { ends.reset() }
      _ = try ends.step()
      return ends.int(0)
    }
    XCTAssertEqual(try endsSent(), 0, "the other visit is still open")
    try triage.move(second, to: .admitted, by: CentralFixture.nurse, at: at + 1_200)
    XCTAssertEqual(try endsSent(), 1)
    _ = try SyncRound.run(legevakt, station, token: nurse, today: testToday)
    let open = "SELECT count(*) FROM core.care_relation WHERE valid_to IS NULL"
    XCTAssertEqual(try admin.query(open).first?.first, "0")
    let later = Date().addingTimeInterval(Double(CareRelationEnd.documentationDays + 1) * 86_400)
    XCTAssertEqual(try CareBasis(store: legevakt).closed(patient, at: later), .relationEnded)
    // Sent home by mistake: opened again, and in care again.
    try triage.move(second, to: .observation, by: CentralFixture.nurse, at: at + 1_300)
    _ = try SyncRound.run(legevakt, station, token: nurse, today: testToday)
    XCTAssertEqual(try admin.query(open).first?.first, "1")
    XCTAssertNil(try CareBasis(store: legevakt).closed(patient, at: later))
  }
}
