import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// A record leaves the workstation once access to it has ended, and only then: every row of it
/// in every table goes, nothing of another patient's does, and nothing still waiting to be sent
/// or refused by the server is lost. A relation begun again brings the record back from the
/// server. Over a real PostgreSQL.
final class RecordPurgeTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  /// Rows naming the patient, table by table, in every table with a patient column.
  private func rows(of patientID: Int64, in store: PatientStore) throws -> [String: Int] {
    let tables = try store.db.prepare(
      "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'patient_id'"
    ).rows { $0.text(0) }
    var out: [String: Int] = [:]
    for table in tables {
      let n = try store.db.prepare("SELECT count(*) FROM \"\(table)\" WHERE patient_id = ?").bind(1, patientID).rows { Int($0.int(0)) }.first ?? 0
      if n > 0 { out[table] = n }
    }
    return out
  }

  func test_a_record_leaves_when_its_relation_has_ended_and_comes_back_with_the_next() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_purge")
    let admin = try CentralFixture.superuser(url)
    let store = try PatientStore(path: folder + "/legevakt.sqlite", kind: .production)
    XCTAssertEqual(try SyncRound.run(store, station, token: nurse, today: testToday).first.patients, 1)
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    // A record with a little of everything: a note with an addendum marked in error, vital
    // signs, a dose, a legevakt visit the patient has left.
    let note = try NoteLog(store: store).sign(NoteDraft(type: .nursing, body: "Feber i tre dager."), for: patient, by: CentralFixture.nurse, at: at)
    let addendum = try NoteLog(store: store).sign(
      NoteDraft(type: .nursing, body: "Tillegg: skrevet på feil pasient.", addendumTo: note), for: patient, by: CentralFixture.nurse, at: at + 60)
    _ = try NoteLog(store: store).markEnteredInError(addendum, of: patient, reason: "Feil pasient", by: CentralFixture.nurse, at: at + 120)
    try VitalsLog(store: store).save(VitalSigns(pulse: 92), for: patient, by: CentralFixture.nurse, at: at)
    try DoseLog(store: store).record(
      GivenDose(atc: "N02BE01", medication: "Paracetamol", dose: Dose(amount: 1_000, unit: .mg), route: .oral, givenAt: at, givenBy: "Nina Natt"),
      for: patient, at: at)
    let visit = try TriageLog(store: store).register(patientID: patient, complaint: .fever, vitals: VitalSigns(pulse: 92), by: CentralFixture.nurse, at: at)
    try TriageLog(store: store).move(visit, to: .discharged, by: CentralFixture.nurse, at: at + 600)
    _ = try SyncRound.run(store, station, token: nurse, today: testToday)
    XCTAssertEqual(try Outbox(store: store).pendingCount(), 0)
    XCTAssertNotNil(try rows(of: patient, in: store)["note"])

    // The patient left the legevakt, which ended the relation after the days for documentation:
    // the record stays while they last, and goes once they are over, row by row, in every table.
    XCTAssertEqual(try SyncRound.run(store, station, token: nurse, today: testToday).purged, 0)
    let later = Date() + Double(CareRelationEnd.documentationDays + 1) * 86_400
    XCTAssertEqual(try RecordPurge(store: store).run(at: later), 1)
    XCTAssertEqual(try rows(of: patient, in: store), [:], "nothing of the record is left")
    for table in ["patient", "note_error", "triage_event", "patient_name_fts"] {
      XCTAssertEqual(try store.db.prepare("SELECT count(*) FROM \(table)").rows { $0.int(0) }, [0], "nor in \(table)")
    }
    XCTAssertFalse(try store.db.prepare("PRAGMA foreign_key_check").step(), "no row points at one removed")
    XCTAssertEqual(try store.db.prepare("SELECT count(*) FROM outbox").rows { $0.int(0) }, [0], "nor the operations that carried it")

    // In care again: the record comes back from the server, the note with its addendum.
    try admin.execute("UPDATE core.care_relation SET valid_to = NULL, seq = nextval('core.change_seq')")
    _ = try SyncRound.run(store, station, token: nurse, today: testToday)
    let back = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    XCTAssertEqual(try rows(of: back, in: store)["note"], 2)
    XCTAssertEqual(try NoteLog(store: store).verifyAll().changed, [], "and verifies")
    XCTAssertEqual(try rows(of: back, in: store)["vital_signs"], 2, "the visit's set and the one taken after")
    XCTAssertEqual(try rows(of: back, in: store)["dose_given"], 1)
  }

  func test_nothing_waiting_is_removed_and_the_guards_still_hold() throws {
    let store = try CentralFixture.workstation(folder, "ward")
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    _ = try NoteLog(store: store).sign(NoteDraft(type: .nursing, body: "Sover godt."), for: patient, by: CentralFixture.nurse, at: at)
    let purge = RecordPurge(store: store)
    XCTAssertEqual(try purge.run(at: at + 86_400), 0, "no care basis: a record that never came through the server stays")

    try CareBasis(store: store).inCare(patient, until: at)
    XCTAssertEqual(try purge.run(at: at - 60), 0, "access has not ended yet")
    XCTAssertEqual(try purge.run(at: at + 60), 0, "the note is still to be sent")
    try store.db.execute("UPDATE outbox SET state = 'rejected', reason = 'test'")
    XCTAssertEqual(try purge.run(at: at + 60), 0, "the server refused it: a person must see it first")
    try store.db.execute("UPDATE outbox SET state = 'applied', reason = NULL")
    XCTAssertThrowsError(try store.db.execute("DELETE FROM note"), "outside a removal a signed note is still kept")
    XCTAssertEqual(try purge.run(at: at + 60), 1)
    XCTAssertEqual(try rows(of: patient, in: store), [:])
  }
}
