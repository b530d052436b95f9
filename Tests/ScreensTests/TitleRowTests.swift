import XCTest

@testable import Screens

final class TitleRowTests: XCTestCase {
  func test_a_long_name_is_shortened_so_the_number_and_the_status_both_show() {
    var b = Buffer(size: Size(width: 80, height: 1))
    TitleRow.render(
      name: "Kristiansen-Andersen, Ingrid Marie", title: { "Legemiddelsamstemming · \($0) · 13497248005" },
      status: "alt avklart – F12 signerer", statusStyle: .good, width: 80, y: 0, into: &b)
    let row = b.rowText(0)
    XCTAssertTrue(row.contains("· 13497248005"), row)
    XCTAssertTrue(row.contains(" Kristiansen-… "), row)
    XCTAssertTrue(row.hasSuffix("alt avklart – F12 signerer "), row)
  }

  func test_a_name_that_fits_is_kept_whole() {
    var b = Buffer(size: Size(width: 80, height: 1))
    TitleRow.render(
      name: "Prøve, Gunnhild", title: { "Nytt notat · \($0) · 13497248005" },
      status: "Utkast lagret 20:14", statusStyle: .dim, width: 80, y: 0, into: &b)
    XCTAssertTrue(b.rowText(0).hasPrefix(" Nytt notat · Prøve, Gunnhild · 13497248005 "), b.rowText(0))
  }
}
