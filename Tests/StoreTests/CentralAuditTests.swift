import Clinical
import Foundation
import TestSupport
import XCTest

@testable import Store

/// The server's audit log: logins (failed ones too, slowed down), chart openings and break-glass
/// are appended in the same transaction as what they record; the hash chain finds a row removed
/// or altered, even by a superuser who switched the guards off.
final class CentralAuditTests: XCTestCase {
  private func verify(_ station: CentralConnection) throws -> AuditChain.Result {
    try AuditChain.verify(on: station, hpr: "9000003", password: "tilsyn")
  }

  func test_logins_openings_and_break_glass_are_chained_and_a_removed_or_altered_row_is_found() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_audit")
    let admin = try CentralFixture.superuser(url)
    try station.transaction { () throws(CentralError) in
      try station.query("SELECT api.begin($1::uuid)", [nurse])
      try station.query("SELECT * FROM api.open_chart($1)", [CentralFixture.patient])
    }
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    try station.transaction { () throws(CentralError) in
      try station.query("SELECT api.begin($1::uuid)", [doctor])
      try station.query("SELECT api.break_glass($1, 'bevisstløs, ingen pårørende', 2)", [CentralFixture.patient])
    }
    XCTAssertThrowsError(try CentralLogin.token(station, hpr: "9000002", password: "gjett"))
    let events = try admin.query("SELECT event, hpr FROM core.audit_log ORDER BY seq").map { "\($0[0] ?? "") \($0[1] ?? "")" }
    XCTAssertEqual(events, [
      "login 9000001", "login 9000004", "chart-open 9000001", "login 9000002", "break-glass 9000002",
      "login-failed 9000002",
    ])
    var result = try verify(station)
    XCTAssertNil(result.firstBroken)
    XCTAssertEqual(result.checked, 7, "six, and the officer's own login")

    // The guards refuse a change; a superuser who turns them off is found by the chain.
    XCTAssertThrowsError(try admin.execute("DELETE FROM core.audit_log WHERE seq = 3"))
    try admin.execute("ALTER TABLE core.audit_log DISABLE TRIGGER USER; UPDATE core.audit_log SET detail = '{\"basis\": \"care-relation\"}' WHERE seq = 5")
    result = try verify(station)
    XCTAssertEqual(result.firstBroken, 5, "an altered row")
    try admin.execute("DELETE FROM core.audit_log WHERE seq = 3")
    result = try verify(station)
    XCTAssertEqual(result.firstBroken, 3, "a removed row")
  }

  func test_wrong_passwords_are_logged_and_slowed_down() throws {
    let (station, _, _, url) = try CentralFixture.withPatient("ws_guess")
    var durations: [TimeInterval] = []
    for _ in 0..<3 {
      let start = Date()
      XCTAssertThrowsError(try CentralLogin.token(station, hpr: "9000001", password: "gjett"))
      durations.append(Date().timeIntervalSince(start))
    }
    XCTAssertLessThan(durations[0], 0.4, "the first mistake costs nothing")
    XCTAssertGreaterThanOrEqual(durations[2], 0.95, "the third waits a second")
    let admin = try CentralFixture.superuser(url)
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.audit_log WHERE event = 'login-failed' AND hpr = '9000001'"), [["3"]])
  }

  /// Who saw the record, in every organisation, as the privacy officer reads it; nobody else may.
  func test_the_privacy_officer_reads_who_opened_a_record_anywhere() throws {
    let (station, nurse, _, _) = try CentralFixture.withPatient("ws_access_log")
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    try station.transaction { () throws(CentralError) in
      try station.query("SELECT api.begin($1::uuid)", [nurse])
      try station.query("SELECT * FROM api.open_chart($1)", [CentralFixture.patient])
    }
    try station.transaction { () throws(CentralError) in
      try station.query("SELECT api.begin($1::uuid)", [doctor])
      try station.query("SELECT api.break_glass($1, 'bevisstløs, ingen pårørende', 2)", [CentralFixture.patient])
      try station.query("SELECT * FROM api.open_chart($1)", [CentralFixture.patient])
    }
    let openings = try CentralAccessLog.openings(on: station, identifier: CentralFixture.patient, hpr: "9000003", password: "tilsyn")
    XCTAssertEqual(openings.map { "\($0.userName) (\($0.role)), \($0.organisation) – \($0.basis)" }, [
      "Lars Lege (doctor), Fjordgløtt legekontor – breakGlass", "Nina Natt (nurse), Trondheim legevakt – careRelation",
    ])
    XCTAssertThrowsError(try CentralAccessLog.openings(on: station, identifier: CentralFixture.patient, hpr: "9000001", password: "hemmelig"))
  }
}
