import Foundation
import XCTest

@testable import Store

/// The export's JSON strings: quotes, backslashes and control characters escaped, everything
/// else copied as it is, so any parser reads back the very text that was written.
final class JSONValueTests: XCTestCase {
  func testStringsReadBackAsWritten() throws {
    for text in ["", "Kari Nordmann", "«Ødegård» – 5 mg", "sa \"nei\"", #"C:\journal"#, "linje 1\nlinje 2\t\u{1b}[2J", "\u{0}\u{1f}"] {
      var bytes: [UInt8] = []
      JSONValue.string(text, into: &bytes)
      let written = String(decoding: bytes, as: UTF8.self)
      XCTAssertFalse(written.unicodeScalars.contains { $0.value < 0x20 }, "no raw control character: \(written.debugDescription)")
      let read = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
      XCTAssertEqual(read, text, written)
    }
    var bytes: [UInt8] = []
    JSONValue.string("a\"b\u{1}", into: &bytes)
    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), #""a\"b\u0001""#)
  }
}
