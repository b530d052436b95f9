import Screens
import XCTest

final class BufferTests: XCTestCase {
  func test_escape_sequences_controls_and_bidi_overrides_are_removed() {
    XCTAssertEqual(TextSanitiser.clean("Kari\u{1B}[2J\u{1B}]0;title\u{07}\u{202E}Nord\u{0}mann\nX"), "KariNordmann X")
  }

  func test_wide_characters_take_two_columns_and_clip_with_an_ellipsis() {
    var b = Buffer(size: Size(width: 6, height: 1))
    b.put("日本語です", x: 0, y: 0)
    XCTAssertEqual(b.rowText(0), "日本… ")
  }

  func test_aeoeaa_and_combining_marks_take_one_column_each() {
    var b = Buffer(size: Size(width: 10, height: 1))
    XCTAssertEqual(b.put("Ødegåe\u{301}", x: 0, y: 0), 6)
  }

  func test_changes_since_the_last_frame_are_only_the_changed_cells() {
    var a = Buffer(size: Size(width: 5, height: 2))
    a.put("abc", x: 0, y: 0)
    var b = a
    b.put("x", x: 1, y: 1)
    XCTAssertEqual(b.changes(since: a).map { "\($0.x),\($0.y)" }, ["1,1"])
    XCTAssertEqual(b.changes(since: nil).count, 10)
  }
}
