import Clinical
import Foundation
import XCTest

@testable import Store

/// `workstation audit --patient NUMBER`: who opened the record here, newest first.
final class AuditCommandTests: XCTestCase {
  func test_every_opening_of_a_chart_is_listed_with_who_role_organisation_time_and_basis() throws {
    let binary = try builtWorkstation()
    let folder = NSTemporaryDirectory() + "ws-audit-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/demo.sqlite"
    do {
      let store = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: 100))
      let kari = try DecisionLog(store: store).patientID(identifier: "12834823460")
      let nurse = Clinician(userID: "hpr:9000001", name: "Nina Natt", role: "sykepleier", organisation: "Trondheim legevakt")
      _ = try AuditLog(store: store).openChart(kari, by: nurse, basis: .breakGlass, at: Date(timeIntervalSince1970: 1_795_768_200))
      _ = try AuditLog(store: store).openChart(kari, by: .demo, basis: .directLookup, at: Date(timeIntervalSince1970: 1_795_771_800))
    }
    let run = try Subprocess.run([binary, "--demo", "--store", path, "audit", "--patient", "12834823460"], input: "")
    XCTAssertEqual(run.status, 0, run.output)
    let lines = run.output.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2, run.output)
    XCTAssertTrue(lines[0].contains("Demo Demosen"), "newest first: \(run.output)")
    XCTAssertTrue(lines[1].hasSuffix("Nina Natt (sykepleier), Trondheim legevakt – nødtilgang"), run.output)
    let unknown = try Subprocess.run([binary, "--demo", "--store", path, "audit", "--patient", "01815012190"], input: "")
    XCTAssertEqual(unknown.status, 1)
  }
}
