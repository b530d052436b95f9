import Foundation
import XCTest

@testable import Store

/// The store's own time parser must give exactly the `Date` Foundation's ISO 8601 parser gives,
/// for every time the store writes, and leave every other form to Foundation.
final class StoredTimeTests: XCTestCase {
  private let foundation = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

  func testEveryWrittenTimeReadsAsFoundationReadsIt() throws {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      // 1906–2096, to the microsecond: the store keeps milliseconds of it.
      let seconds = Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &random))
        + Double(Int.random(in: 0..<1_000_000, using: &random)) / 1_000_000
      let text = AuditLog.format(Date(timeIntervalSince1970: seconds))
      XCTAssertEqual(StoredTime.parse(text), try foundation.parse(text), text)
      let whole = String(text.prefix(19)) + "Z"
      XCTAssertEqual(StoredTime.parse(whole), try foundation.parse(whole), whole)
    }
  }

  func testTheDaysAroundTheReferenceDateAndLeapDays() throws {
    for text in [
      "2000-12-31T21:26:35.836Z", "2001-01-01T00:00:00.000Z", "2001-01-08T09:12:36.886Z", "2000-02-29T23:59:59.999Z",
      "2024-02-29T12:00:00Z", "1900-03-01T00:00:00.001Z", "2199-12-31T23:59:59.999Z",
    ] {
      XCTAssertEqual(StoredTime.parse(text), try foundation.parse(text), text)
    }
  }

  func testOtherFormsGoToFoundation() {
    for text in [
      "2026-11-27T10:30:00.123+01:00", "2026-11-27T09:30:00.5Z", "2026-11-27T09:30:00.123456Z", "2026-02-30T09:30:00Z",
      "2026-11-27T24:00:00Z", "1850-01-01T00:00:00Z", "2026-11-27 09:30:00Z", "2026-1x-27T09:30:00.000Z", "", "Z",
    ] {
      XCTAssertEqual(StoredTime.parse(text), try? foundation.parse(text), text)
    }
  }
}
