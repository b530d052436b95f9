import Clinical
import Foundation
import XCTest

@testable import Store

/// `workstation notes verify` as an operator runs it on a store: exit 0 when every signed note
/// matches its hash, 1 naming a note changed behind the workstation's back.
final class NotesVerifyCommandTests: XCTestCase {
  func test_a_note_changed_outside_the_workstation_is_named_and_fails_the_check() throws {
    let binary = try builtWorkstation()
    let folder = NSTemporaryDirectory() + "ws-verify-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/demo.sqlite"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // Built and closed again before the command opens it.
    _ = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: 100))
    let intact = try Subprocess.run([binary, "--demo", "--store", path, "notes", "verify"], input: "")
    XCTAssertEqual(intact.status, 0, intact.output)
    XCTAssertTrue(intact.output.contains("7 signerte notater kontrollert: alle er uendret"), intact.output)
    do {
      let store = try PatientStore(path: path, kind: .demo)
      try store.db.execute("DROP TRIGGER note_is_immutable")
      try store.db.execute("UPDATE note SET body = 'Forfalsket.' WHERE id = 3")
    }
    let tampered = try Subprocess.run([binary, "--demo", "--store", path, "notes", "verify", "--lang", "en"], input: "")
    XCTAssertEqual(tampered.status, 1)
    XCTAssertTrue(tampered.output.contains("1 were changed outside Workstation (note 3)"), tampered.output)
  }
}
