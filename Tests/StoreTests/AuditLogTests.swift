import Clinical
import Foundation
import XCTest

@testable import Store

final class AuditLogTests: XCTestCase {
  var folder = ""
  var store: PatientStore!

  override func setUpWithError() throws {
    folder = temporaryFolder()
    store = try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 50))
  }

  override func tearDown() {
    store = nil
    try? FileManager.default.removeItem(atPath: folder)
  }

  let nurse = Clinician(userID: "hpr:9000500", name: "Sykepleier Test", role: "sykepleier", organisation: "Test sykehjem")

  func test_opening_a_chart_logs_who_role_organisation_time_and_basis() throws {
    let at = Date(timeIntervalSince1970: 1_790_000_000)
    let summary = try AuditLog(store: store).openChart(1, by: nurse, basis: .directLookup, at: at)
    XCTAssertEqual(summary.listing.name.full, "Kari Nordmann")
    let access = try XCTUnwrap(summary.recentAccess.first, "the summary shows its own opening")
    XCTAssertEqual(access.userName, "Sykepleier Test")
    XCTAssertEqual(access.role, "sykepleier")
    XCTAssertEqual(access.organisation, "Test sykehjem")
    XCTAssertEqual(access.basis, .directLookup)
    XCTAssertEqual(access.at.timeIntervalSince1970, at.timeIntervalSince1970, accuracy: 0.001)
  }

  func test_kari_nordmanns_summary_has_her_penicillin_cave_gp_and_next_of_kin() throws {
    let summary = try AuditLog(store: store).openChart(1, by: nurse, basis: .directLookup, at: Date())
    XCTAssertEqual(summary.cave.map(\.agent), ["Penicillin (ATC J01C)"])
    XCTAssertEqual(summary.cave.first?.severity, .lifeThreatening)
    XCTAssertNotNil(summary.gp)
    XCTAssertEqual(summary.contacts.first?.name, "Liv Nordmann")
    XCTAssertEqual(summary.contacts.first?.isNextOfKin, true)
  }

  func test_recent_patients_are_the_users_own_newest_first_each_once() throws {
    let log = AuditLog(store: store)
    for id: Int64 in [1, 2, 1, 3] { _ = try log.openChart(id, by: nurse, basis: .directLookup, at: Date()) }
    _ = try log.openChart(4, by: .demo, basis: .directLookup, at: Date())
    let recent = try PatientReader(store: store).recent(for: nurse.userID, limit: 10)
    XCTAssertEqual(recent.map(\.id), [3, 1, 2])
  }

  func test_opening_a_patient_that_does_not_exist_logs_nothing() throws {
    XCTAssertThrowsError(try AuditLog(store: store).openChart(999_999, by: nurse, basis: .directLookup, at: Date())) {
      XCTAssertEqual($0 as? StoreError, .patientNotFound)
    }
    let count = try store.db.prepare("SELECT count(*) FROM audit_event")
    _ = try count.step()
    XCTAssertEqual(count.int(0), 0)
  }
}
