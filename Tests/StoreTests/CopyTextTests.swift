import XCTest

@testable import Store

/// COPY's text format read back exactly: tabs, line breaks and backslashes inside a value, NULL
/// apart from the text "\N", and æøå.
final class CopyTextTests: XCTestCase {
  private func row(_ line: String) -> [String?] {
    Array(line.utf8).withUnsafeBytes { CopyText.row($0) }
  }

  func test_escapes_null_and_unicode() {
    XCTAssertEqual(row("a\\tb\t\\N\tæøå\\nny linje\t\\\\N\t\n"), ["a\tb", nil, "æøå\nny linje", "\\N", ""])
    XCTAssertEqual(row("{\"body\": \"C:\\\\\\\\\"}\n"), ["{\"body\": \"C:\\\\\"}"])
  }
}
