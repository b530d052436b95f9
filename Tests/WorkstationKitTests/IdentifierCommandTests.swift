import Foundation
import XCTest

/// `workstation id` as a user runs it: arguments or one number per line on stdin.
final class IdentifierCommandTests: XCTestCase {
  static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/workstation").path

  func run(_ arguments: [String], stdin: String? = nil) throws -> (String, Int32) {
    let result = try Subprocess.run([try builtWorkstation()] + arguments, input: stdin ?? "")
    return (result.output, result.status)
  }

  func test_all_valid_numbers_exit_zero() throws {
    let (text, status) = try run(["id", "12834823460", "01418010181"])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(
      text,
      "12834823460: Gyldig syntetisk fødselsnummer (Tenor), født 12.03.1948\n"
        + "01418010181: Gyldig H-nummer, født 01.01.1980\n")
  }

  func test_numbers_on_stdin_with_one_invalid_exit_one_and_say_why() throws {
    let (text, status) = try run(["id", "--lang", "en"], stdin: "12834823460\n\n31029912345\n")
    XCTAssertEqual(status, 1)
    XCTAssertTrue(text.contains("12834823460: Valid synthetic birth number (Tenor), born 12.03.1948"))
    XCTAssertTrue(text.contains("31029912345: Invalid birth number:"), text)
    XCTAssertTrue(text.contains("the date does not exist"), text)
  }

  func test_nothing_to_explain_is_not_success() throws {
    XCTAssertEqual(try run(["id"], stdin: "").1, 1)
  }
}
