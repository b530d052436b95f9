import XCTest

@testable import Screens

final class TextEditorTests: XCTestCase {
  func editor(_ text: String) -> TextEditor { TextEditor(text: text, capacity: 1000) }

  func lines(_ text: String, width: Int) -> [String] {
    let chars = Array(text)
    return VisualLines(chars, width: width).ranges.map { String(chars[$0]) }
  }

  func test_words_wrap_at_spaces_and_line_breaks_are_kept() {
    XCTAssertEqual(lines("hodepine og kvalme siden i går", width: 12), ["hodepine og ", "kvalme siden ", "i går"])
    XCTAssertEqual(lines("a\n\nb", width: 10), ["a", "", "b"])
    XCTAssertEqual(lines("blodtrykksmåling", width: 6), ["blodtr", "ykksmå", "ling"])
    XCTAssertEqual(lines("", width: 10), [""])
  }

  func test_up_and_down_keep_the_column_across_a_short_line() {
    var e = editor("første linje\nkort\nsiste linje her")
    _ = e.apply(.fieldHome, width: 40)  // start of "siste linje her"
    for _ in 0..<8 { _ = e.apply(.fieldRight, width: 40) }
    _ = e.apply(.editorLineUp, width: 40)
    XCTAssertEqual(e.cursor, "første linje\nkort".count, "clamped to the end of the short line")
    _ = e.apply(.editorLineUp, width: 40)
    XCTAssertEqual(e.cursor, 8, "back at column 8 on the long line")
    _ = e.apply(.editorLineUp, width: 40)
    XCTAssertEqual(e.cursor, 0)
  }

  func test_word_moves_and_delete_word() {
    var e = editor("Tar paracetamol 1 g")
    _ = e.apply(.editorWordLeft, width: 40)
    _ = e.apply(.editorWordLeft, width: 40)
    XCTAssertEqual(e.cursor, "Tar paracetamol ".count)
    _ = e.apply(.editorWordRight, width: 40)
    XCTAssertEqual(e.cursor, "Tar paracetamol 1".count)
    _ = e.apply(.fieldEnd, width: 40)
    _ = e.apply(.fieldDeleteWord, width: 40)
    XCTAssertEqual(e.text, "Tar paracetamol 1 ")
  }

  func test_undo_takes_back_a_word_at_a_time_and_redo_brings_it_back() {
    var e = editor("")
    for ch in "Øre vondt" { e.insert(String(ch)) }
    _ = e.apply(.editorUndo, width: 40)
    XCTAssertEqual(e.text, "Øre ")
    _ = e.apply(.editorUndo, width: 40)
    XCTAssertEqual(e.text, "")
    _ = e.apply(.editorRedo, width: 40)
    _ = e.apply(.editorRedo, width: 40)
    XCTAssertEqual(e.text, "Øre vondt")
    _ = e.apply(.fieldDeleteBackward, width: 40)
    _ = e.apply(.fieldDeleteBackward, width: 40)
    _ = e.apply(.editorUndo, width: 40)
    XCTAssertEqual(e.text, "Øre vondt")
  }

  func test_pasted_control_characters_and_escape_sequences_never_reach_the_text() {
    var e = editor("")
    e.insert("Linje 1\r\nLinje\t2\u{1B}[2J\u{1B}]0;tittel\u{07}\u{202E}slutt\u{0}")
    XCTAssertEqual(e.text, "Linje 1\nLinje 2slutt")
  }

  func test_a_paste_longer_than_the_capacity_is_cut_and_says_so() {
    var e = TextEditor(capacity: 10)
    XCTAssertFalse(e.insert(String(repeating: "x", count: 10_000_000)))
    XCTAssertEqual(e.characters.count, 10)
    XCTAssertFalse(e.insert("y"))
  }
}
