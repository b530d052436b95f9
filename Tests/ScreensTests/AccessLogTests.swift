import Clinical
import Screens
import XCTest

final class AccessLogTests: XCTestCase {
  func log(_ h: Harness) -> AccessLogState? {
    if case .accessLog(let s) = h.state.top { return s }
    return nil
  }

  func test_the_access_log_lists_every_opening_newest_first() throws {
    let h = try Harness()
    for _ in 0..<3 {
      h.type("12834823460")
      h.perform(.lookupOpenChart)
      h.perform(.goLookup)
    }
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    h.perform(.chartAccessLog)
    XCTAssertEqual(log(h)?.list.items.count, 4)
    XCTAssertEqual(log(h)?.list.items.first?.userName, "Demo Demosen")
    assertSnapshot(h.screen, named: "access-log")
    h.perform(.goBack)
    guard case .chart = h.state.top else { return XCTFail("back to the chart") }
  }

  func test_moving_past_the_first_page_loads_more_openings() throws {
    let h = try Harness()
    for _ in 0..<30 {
      h.type("N23460")
      h.perform(.lookupOpenChart)
      h.perform(.goLookup)
    }
    h.type("N23460")
    h.perform(.lookupOpenChart)
    h.perform(.chartAccessLog)
    XCTAssertEqual(log(h)?.list.items.count, 19, "18 visible rows plus one to know there are more")
    h.perform(.listPageDown)
    h.perform(.listPageDown)
    XCTAssertEqual(log(h)?.list.items.count, 31)
    XCTAssertFalse(log(h)?.list.hasMore ?? true)
  }
}
