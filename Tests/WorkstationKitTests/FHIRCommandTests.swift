import Clinical
import Foundation
import XCTest

@testable import Store

/// `workstation export` and `workstation import` as an operator runs them: the export of a
/// patient imports back into the same store changing nothing, a bad file is named with its entry
/// and field and exits 1, and a large bundle shows a progress bar on stderr.
final class FHIRCommandTests: XCTestCase {
  func test_export_then_import_reports_what_it_did_and_a_bad_file_exits_1() throws {
    let binary = try builtWorkstation()
    let folder = NSTemporaryDirectory() + "ws-fhir-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/demo.sqlite"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    _ = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: 100))
    let export = try Subprocess.run([binary, "--demo", "--store", path, "export", "--patient", "12834823460", "--out", folder + "/kari.json"], input: "")
    XCTAssertEqual(export.status, 0, export.output)
    let log = try Subprocess.run([binary, "--demo", "--store", path, "audit", "--patient", "12834823460"], input: "")
    XCTAssertTrue(log.output.contains("Demo Demosen (lege), Demo legevakt – eksport"), "the export is in the access log: \(log.output)")
    let again = try Subprocess.run([binary, "--demo", "--store", path, "import", folder + "/kari.json"], input: "")
    XCTAssertEqual(again.status, 0, again.output)
    XCTAssertTrue(again.output.contains("opprettet ingen; oppdatert ingen; hoppet over"), again.output)
    // A bundle of 1,500 heart rates shows its progress; a broken one is named.
    var entries: [String] = [
      #"{"fullUrl": "urn:uuid:p", "resource": {"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.1", "value": "12834823460"}], "name": [{"family": "Nordmann", "given": ["Kari"]}], "birthDate": "1948-03-12"}}"#
    ]
    for i in 0..<1_500 {
      entries.append(
        #"{"resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "urn:uuid:p"}, "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}, "effectiveDateTime": "2026-01-01T00:00:00Z", "valueQuantity": {"value": \#(60 + i % 40)}}}"#
          .replacingOccurrences(of: "2026-01-01T00:00:00Z", with: "2026-01-01T\(String(format: "%02d", i / 60 % 24)):\(String(format: "%02d", i % 60)):\(String(format: "%02d", i / 1440))Z"))
    }
    try Data(#"{"resourceType": "Bundle", "type": "collection", "entry": [\#(entries.joined(separator: ","))]}"#.utf8).write(to: URL(fileURLWithPath: folder + "/many.json"))
    try Data(#"{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.1", "value": "12834823461"}]}}]}"#.utf8)
      .write(to: URL(fileURLWithPath: folder + "/bad.json"))
    let run = try Subprocess.run([binary, "--demo", "--store", path, "--lang", "en", "import", folder + "/many.json", folder + "/bad.json"], input: "")
    XCTAssertEqual(run.status, 1, run.output)
    XCTAssertTrue(run.output.contains("many.json: created 1500 Observation"), run.output)
    XCTAssertTrue(run.output.contains("100 % (1501/1501)"), "the progress bar: \(run.output)")
    XCTAssertTrue(run.output.contains("bad.json: nothing imported – entry 1 (Patient), field “identifier.value” is not a valid number."), run.output)
  }
}
