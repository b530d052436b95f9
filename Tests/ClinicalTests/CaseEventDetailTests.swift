import Clinical
import XCTest

/// A history detail the workstation made reads back as fields; one a person wrote, or an older
/// store's Norwegian text, reads back as written.
final class CaseEventDetailTests: XCTestCase {
  func test_made_details_read_back_as_fields_and_written_ones_as_text() {
    XCTAssertEqual(CaseEventDetail.read(step: "assess", CaseEventDetail.need(tenths: 41)), .need("4.1"))
    XCTAssertEqual(
      CaseEventDetail.read(step: "decide", CaseEventDetail.decided(.granted, hours: WeeklyHours(minutes: 420))),
      .decided(.granted, hours: WeeklyHours(minutes: 420)))
    XCTAssertEqual(CaseEventDetail.read(step: "decide", CaseEventDetail.decided(.refused, hours: nil)), .decided(.refused, hours: nil))
    let deadline = CivilDate(year: 2026, month: 12, day: 18)!
    XCTAssertEqual(CaseEventDetail.read(step: "send-letter", CaseEventDetail.deadline(deadline)), .deadline(deadline))
    XCTAssertEqual(CaseEventDetail.read(step: "received", CaseEventDetail.citizenPortalOrigin), .citizenPortal)
    let next = CivilDate(year: 2027, month: 3, day: 1)!
    XCTAssertEqual(
      CaseEventDetail.read(step: "evaluate", CaseEventDetail.evaluated(note: "Fungerer · godt", next: next)),
      .evaluated(note: "Fungerer · godt", next: next))
    XCTAssertEqual(CaseEventDetail.read(step: "evaluate", CaseEventDetail.evaluated(note: nil, next: next)), .evaluated(note: nil, next: next))
    XCTAssertEqual(CaseEventDetail.read(step: "evaluate", "Fungerer"), .evaluated(note: "Fungerer", next: nil))
    XCTAssertEqual(CaseEventDetail.read(step: "assess", "behov 4.1"), .written("behov 4.1"), "an older store's text")
    XCTAssertEqual(CaseEventDetail.read(step: "appeal", "need=5 er for lite"), .written("need=5 er for lite"), "a person's words")
  }
}
