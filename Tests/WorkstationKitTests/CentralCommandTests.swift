import Clinical
import Foundation
import XCTest

@testable import Store

/// `workstation central init URL` against a server that is not there: a clear message in the
/// user's language and exit 1 (the install itself is tested on a real PostgreSQL in StoreTests).
final class CentralCommandTests: XCTestCase {
  func test_a_dead_central_server_is_named_and_exits_1() throws {
    let binary = IdentifierCommandTests.binary
    let ready = FileManager.default.isExecutableFile(atPath: binary)
    if !ready && ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("needs .build/debug/workstation (run ./test)") }
    try XCTSkipUnless(ready, "needs a built workstation binary")
    let run = try Subprocess.run([binary, "--lang", "en", "central", "init", "host=127.0.0.1 port=1 connect_timeout=2"], input: "")
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.output.hasPrefix("Cannot reach the central server: "), run.output)
    XCTAssertFalse(run.output.contains("\u{1B}"), "no terminal control in the message")
  }
}

extension CentralCommandTests {
  func test_a_demo_store_refuses_a_central_server() throws {
    let binary = IdentifierCommandTests.binary
    let ready = FileManager.default.isExecutableFile(atPath: binary)
    if !ready && ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("needs .build/debug/workstation (run ./test)") }
    try XCTSkipUnless(ready, "needs a built workstation binary")
    let run = try Subprocess.run([binary, "--demo", "--central", "host=127.0.0.1 port=5432"], input: "")
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.output.contains("Demolageret har bare fiktive pasienter og kobles aldri til en sentralserver."), run.output)
  }
}

extension CentralCommandTests {
  func test_a_demo_store_never_syncs() throws {
    let binary = IdentifierCommandTests.binary
    let ready = FileManager.default.isExecutableFile(atPath: binary)
    if !ready && ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("needs .build/debug/workstation (run ./test)") }
    try XCTSkipUnless(ready, "needs a built workstation binary")
    let run = try Subprocess.run([binary, "--demo", "--lang", "en", "sync", "host=127.0.0.1 port=1", "--hpr", "9000001"], input: "x\n")
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.output.contains("never connects to a central server"), run.output)
  }
}
