import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// The central schema on a real PostgreSQL 15 started by the test run: installed and migrated
/// idempotently; login roles reach the API only; without a user context nothing is visible or
/// writable; a patient is seen only through a care relation of the user's organisation; row-level
/// security holds even for the API's owner; the context ends with its transaction.
final class CentralSchemaTests: XCTestCase {
  private func sqlState(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch let error as CentralError {
      if case .statement(let state) = error.kind { return state }
      return "connection"
    } catch {
      return "other"
    }
  }

  func test_the_schema_installs_once_and_a_login_role_reaches_the_api_only() throws {
    let (_, url) = try CentralFixture.installed("ws_install")
    let station = try CentralConnection(url: url)
    XCTAssertEqual(sqlState { try station.query("SELECT * FROM core.patient") }, "42501", "no table access")
    XCTAssertEqual(sqlState { try station.query("SELECT core.current_hpr()") }, "42501", "no core function")
    XCTAssertEqual(sqlState { try station.query("SELECT * FROM api.find_patient('01815012190')") }, "28000", "no user context")
    XCTAssertEqual(try station.query("SELECT api.login('9000001', 'feil')"), [[nil]], "a wrong password gets no token")
  }

  func test_a_patient_is_seen_only_through_a_care_relation_and_the_context_ends_with_the_transaction() throws {
    let (admin, url) = try CentralFixture.installed("ws_access")
    let station = try CentralConnection(url: url)
    let nurse = try XCTUnwrap(try station.query("SELECT api.login('9000001', 'hemmelig')").first?.first ?? nil)
    let doctor = try XCTUnwrap(try station.query("SELECT api.login('9000002', 'annet')").first?.first ?? nil)
    try station.transaction { () throws(CentralError) in
      XCTAssertEqual(try station.query("SELECT api.begin($1::uuid)", [nurse]).first?.first, "nurse")
      try station.query("SELECT api.register_patient($1, 'Øystein', 'Ærøy', '1950-01-01', 'legevakt-visit')", ["01815012190"])
      XCTAssertEqual(try station.query("SELECT family FROM api.open_chart($1)", ["01815012190"]).first?.first, "Ærøy")
    }
    // The context ended with that transaction.
    XCTAssertEqual(sqlState { try station.query("SELECT * FROM api.find_patient('01815012190')") }, "28000")
    try station.transaction { () throws(CentralError) in
      _ = try station.query("SELECT api.begin($1::uuid)", [doctor])
      XCTAssertEqual(try station.query("SELECT * FROM api.find_patient($1)", ["01815012190"]).count, 0, "no relation, nothing seen")
    }
    XCTAssertEqual(sqlState {
      try station.transaction { () throws(CentralError) in
        _ = try station.query("SELECT api.begin($1::uuid)", [doctor])
        _ = try station.query("SELECT * FROM api.open_chart($1)", ["01815012190"])
      }
    }, "42501", "opening without a relation is refused")
    // The GP gets the patient on the list: now the doctor sees him.
    try admin.execute("INSERT INTO core.care_relation(patient_id, organisation_id, kind) SELECT id, 2, 'gp-list' FROM core.patient")
    try station.transaction { () throws(CentralError) in
      _ = try station.query("SELECT api.begin($1::uuid)", [doctor])
      XCTAssertEqual(try station.query("SELECT given FROM api.open_chart($1)", ["01815012190"]).first?.first, "Øystein")
    }
    XCTAssertEqual(try admin.query("SELECT hpr FROM core.access_event ORDER BY id").map { $0[0] }, ["9000001", "9000002"], "every opening logged")
    // The second wall: the tables' owner itself sees no patient without a user context.
    try admin.execute("BEGIN; SET LOCAL ROLE ws_owner")
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.patient").first?.first, "0")
    try admin.execute("ROLLBACK")
    XCTAssertEqual(sqlState { try station.query("SELECT api.begin('00000000-0000-0000-0000-000000000000')") }, "28000", "an unknown session")
  }

  /// Without a care relation a doctor may still open the chart by giving a reason: access for a
  /// limited time, logged as break-glass, and on the privacy officer's review list until reviewed.
  func test_break_glass_needs_a_reason_is_logged_and_reviewed() throws {
    let (admin, url) = try CentralFixture.installed("ws_break_glass")
    let station = try CentralConnection(url: url)
    func token(_ hpr: String, _ password: String) throws -> String {
      try XCTUnwrap(try station.query("SELECT api.login($1, $2)", [hpr, password]).first?.first ?? nil)
    }
    let nurse = try token("9000001", "hemmelig")
    let doctor = try token("9000002", "annet")
    let officer = try token("9000003", "tilsyn")
    try station.transaction { () throws(CentralError) in
      _ = try station.query("SELECT api.begin($1::uuid)", [nurse])
      try station.query("SELECT api.register_patient('01815012190', 'Øystein', 'Ærøy', '1950-01-01', 'legevakt-visit')")
    }
    func asDoctor(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
      try station.transaction { () throws(CentralError) -> [[String?]] in
        _ = try station.query("SELECT api.begin($1::uuid)", [doctor])
        return try station.query(sql, parameters)
      }
    }
    XCTAssertEqual(sqlState { _ = try asDoctor("SELECT * FROM api.open_chart('01815012190')") }, "42501")
    XCTAssertEqual(sqlState { _ = try asDoctor("SELECT api.break_glass('01815012190', 'akutt')") }, "22023", "a reason of substance")
    XCTAssertEqual(sqlState { _ = try asDoctor("SELECT api.break_glass('01815012191', 'Bevisstløs pasient på legevakten')") }, "P0002")
    let expires = try XCTUnwrap(try asDoctor("SELECT api.break_glass('01815012190', 'Bevisstløs pasient på legevakten', NULL) - now() < interval '4 hours 1 minute'").first?.first ?? nil)
    XCTAssertEqual(expires, "t", "four hours by default")
    XCTAssertEqual(try asDoctor("SELECT family FROM api.open_chart('01815012190')").first?.first, "Ærøy")
    XCTAssertEqual(try admin.query("SELECT basis FROM core.access_event WHERE hpr = '9000002'").map { $0[0] }, ["break-glass"])
    // Access runs out.
    try admin.execute("UPDATE core.break_glass SET expires = now() - interval '1 minute'")
    XCTAssertEqual(try asDoctor("SELECT * FROM api.find_patient('01815012190')").count, 0, "expired")
    // Only the privacy officer sees the review list; reviewing takes the entry off it.
    XCTAssertEqual(sqlState { _ = try asDoctor("SELECT * FROM api.break_glass_review()") }, "42501")
    // The same list as `workstation audit --review` reads it.
    let listed = try BreakGlassReview.unreviewed(on: try CentralConnection(url: url), hpr: "9000003", password: "tilsyn")
    XCTAssertEqual(listed.map(\.userName), ["Lars Lege"])
    XCTAssertThrowsError(try BreakGlassReview.unreviewed(on: try CentralConnection(url: url), hpr: "9000003", password: "feil"))
    let review = try station.transaction { () throws(CentralError) -> [[String?]] in
      _ = try station.query("SELECT api.begin($1::uuid)", [officer])
      let list = try station.query("SELECT id, hpr, user_name, patient, reason FROM api.break_glass_review()")
      if let id = list.first?.first ?? nil { try station.query("SELECT api.mark_reviewed($1::bigint, 'Forsvarlig')", [id]) }
      return list
    }
    XCTAssertEqual(review.map { Array($0.dropFirst()) }, [["9000002", "Lars Lege", "01815012190", "Bevisstløs pasient på legevakten"]])
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.break_glass WHERE reviewed_at IS NULL").first?.first, "0")
  }
}

extension CentralSchemaTests {
  /// Logging in against the server gives the user's name, role and organisation; the hash cached
  /// for offline use is yescrypt from crypt_r and accepts only the right password.
  func test_a_session_ended_by_the_server_is_a_lost_connection_not_a_statement_fault() throws {
    let (admin, url) = try CentralFixture.installed("ws_lost")
    let station = try CentralConnection(url: url)
    let pid = try XCTUnwrap(try station.query("SELECT pg_backend_pid()").first?.first ?? nil)
    // What a fast shutdown or a restart of the server does to each session.
    try admin.execute("SELECT pg_terminate_backend(\(Int(pid)!))")
    XCTAssertEqual(sqlState { try station.query("SELECT api.login('9000001', 'hemmelig')") }, "connection")
    XCTAssertTrue(CentralConnection.isLost("57P01"))
    XCTAssertTrue(CentralConnection.isLost("08006"))
    XCTAssertFalse(CentralConnection.isLost("42501"), "a refusal is the statement's")
  }

  func test_central_login_and_the_offline_cache() throws {
    let (_, url) = try CentralFixture.installed("ws_login")
    let user = try CentralLogin.login(url: url, hpr: "9000001", password: "hemmelig")
    XCTAssertEqual(user, Clinician(userID: "hpr:9000001", name: "Nina Natt", role: "nurse", organisation: "Trondheim legevakt"))
    XCTAssertThrowsError(try CentralLogin.login(url: url, hpr: "9000001", password: "feil")) {
      XCTAssertEqual(($0 as? CentralError)?.kind, .statement(sqlState: "28P01"))
    }
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 20))
    let cache = LoginCache(store: store)
    try cache.remember(hpr: "9000001", password: "hemmelig", as: user, at: Date())
    let stored = try XCTUnwrap(try store.db.prepare("SELECT password_hash FROM login_cache").rows { $0.text(0) }.first)
    XCTAssertTrue(stored.hasPrefix("$y$"), stored)
    XCTAssertEqual(try cache.verify(hpr: "9000001", password: "hemmelig"), user)
    XCTAssertNil(try cache.verify(hpr: "9000001", password: "Hemmelig"))
    XCTAssertNil(try cache.verify(hpr: "9000002", password: "hemmelig"))
  }
}

extension CentralSchemaTests {
  /// Writes carry their operation in the same transaction; a push applies each operation once,
  /// rejects one for a patient without a care relation with the reason, and a push repeated after
  /// a lost answer applies nothing twice.
  func test_push_applies_each_operation_once_and_rejects_without_a_care_relation() throws {
    let (station, token, _, url) = try CentralFixture.withPatient("ws_push")
    let admin = try CentralFixture.superuser(url)
    // A workstation's own store (a demo store keeps no outbox): two unidentified walk-ins under
    // H-numbers, which belong to no registered person.
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try PatientStore(path: folder + "/own.sqlite", kind: .production)
    for (number, born) in [("01418020063", "1980-01-01"), ("02418030065", "1980-01-02")] {
      let bundle = #"{"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.3", "value": "\#(number)"}], "name": [{"family": "Mann", "given": ["Ukjent"]}], "birthDate": "\#(born)"}"#
      XCTAssertNil(try FHIRImporter(store: store, today: testToday, origin: "test").importData(Data(bundle.utf8)).rejected)
    }
    let outbox = Outbox(store: store)
    let before = try outbox.pendingCount()
    XCTAssertEqual(before, 0)
    let kari = try DecisionLog(store: store).patientID(identifier: "01418020063")
    let ola = try DecisionLog(store: store).patientID(identifier: "02418030065")
    let nurse = CentralFixture.nurse
    let now = Date(timeIntervalSince1970: 1_795_768_200)
    try VitalsLog(store: store).save(VitalSigns(respirationRate: 22, pulse: 104), for: kari, by: nurse, at: now)
    _ = try AuditLog(store: store).openChart(kari, by: nurse, basis: .directLookup, at: now)
    try VitalsLog(store: store).save(VitalSigns(pulse: 80), for: ola, by: nurse, at: now)
    XCTAssertThrowsError(try VitalsLog(store: store).save(VitalSigns(pulse: 400), for: kari, by: nurse, at: now))
    XCTAssertEqual(try outbox.pendingCount(), before + 3, "a refused write leaves no operation")
    // One operation a batch: each batch's answers are kept while the server works on the next.
    let first = try SyncPush.push(store, station, token: token, batch: 1)
    XCTAssertEqual(first.applied, 2)
    XCTAssertEqual(first.rejected, ["no care relation with this patient"])
    XCTAssertEqual(try outbox.pendingCount(), 0)
    XCTAssertEqual(try admin.query("SELECT vitals->>'pulse' FROM core.vital_signs").map { $0[0] }, ["104"])
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.access_event").first?.first, "1")
    // The answers were lost: everything is sent again, and nothing is applied twice.
    try store.db.execute("UPDATE outbox SET state = 'pending' WHERE id > \(before)")
    let again = try SyncPush.push(store, station, token: token)
    XCTAssertEqual(again.duplicate, 3)
    XCTAssertEqual(again.applied, 0)
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.vital_signs").first?.first, "1")
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.applied_op WHERE result = 'rejected'").first?.first, "1", "the refused attempt is logged")
    XCTAssertEqual(try admin.query("SELECT pushed_by FROM core.vital_signs").map { $0[0] }, ["9000001"], "who pushed it")
    // Sent again after the care relation ended: the first answers still, found past the wall.
    try admin.execute("UPDATE core.care_relation SET valid_to = now()")
    try store.db.execute("UPDATE outbox SET state = 'pending' WHERE id > \(before)")
    let late = try SyncPush.push(store, station, token: token, batch: 2)
    XCTAssertEqual(late.duplicate, 3)
    XCTAssertEqual(late.rejected, [])
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.applied_op WHERE result = 'rejected'").first?.first, "1")
    // A batch the server fails on: the answers to the batch before it are kept all the same,
    // and the failed one waits.
    try VitalsLog(store: store).save(VitalSigns(pulse: 90), for: kari, by: nurse, at: now + 60)
    try store.db.execute(
      "INSERT INTO outbox(op_id, kind, patient_identifier, payload, created_at) VALUES ('not-a-uuid', 'vitals', '01418020063', '{}', '2026-11-27')")
    XCTAssertThrowsError(try SyncPush.push(store, station, token: token, batch: 1))
    XCTAssertEqual(try outbox.pendingCount(), 1, "the measurement's answer is kept; the broken operation waits")
    // A demo store never syncs and keeps no outbox.
    let demo = try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 20))
    try VitalsLog(store: demo).save(VitalSigns(pulse: 80), for: 1, by: nurse, at: now)
    XCTAssertEqual(try Outbox(store: demo).pendingCount(), 0)
  }
}

extension CentralSchemaTests {
  /// A set measured on one workstation is pushed, then pulled by another that holds the same
  /// patient, once; pulling again, or pulling it back to where it was made, adds nothing.
  func test_pull_brings_another_workstations_vital_signs_once() throws {
    let (station, token, _, _) = try CentralFixture.withPatient("ws_pull")
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    let nurse = CentralFixture.nurse
    let patientA = try DecisionLog(store: a).patientID(identifier: "01418020063")
    let at = Date(timeIntervalSince1970: 1_795_768_200.25)
    try VitalsLog(store: a).save(VitalSigns(respirationRate: 24, oxygenSaturation: 93, onOxygen: false, pulse: 112, temperatureTenths: 389), for: patientA, by: nurse, at: at)
    XCTAssertEqual(try SyncPush.push(a, station, token: token).applied, 1)
    XCTAssertEqual(try SyncPull.pull(b, station, token: token), 1)
    let patientB = try DecisionLog(store: b).patientID(identifier: "01418020063")
    let pulled = try XCTUnwrap(try VitalsLog(store: b).latest(patientB, limit: 5).first)
    XCTAssertEqual(pulled.signs, VitalSigns(respirationRate: 24, oxygenSaturation: 93, onOxygen: false, pulse: 112, temperatureTenths: 389))
    XCTAssertEqual(pulled.takenAt, at)
    XCTAssertEqual(pulled.recordedBy, "Nina Natt")
    XCTAssertEqual(try SyncPull.pull(b, station, token: token), 0, "the cursor moved on")
    XCTAssertEqual(try SyncPull.pull(a, station, token: token), 0, "its own set is already there")
    XCTAssertEqual(try VitalsLog(store: a).latest(patientA, limit: 5).count, 1)
    XCTAssertEqual(try Outbox(store: b).pendingCount(), 0, "a pulled set is not pushed back")
  }
}
