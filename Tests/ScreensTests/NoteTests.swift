import Clinical
import Screens
import XCTest

final class NoteTests: XCTestCase {
  func editor(_ h: Harness) -> NoteEditorState? {
    if case .noteEditor(let s) = h.state.top { return s }
    return nil
  }

  func chart(_ h: Harness) -> ChartState? {
    if case .chart(let s) = h.state.top { return s }
    return nil
  }

  func openOla(_ h: Harness) {
    h.type("07917513311")
    h.perform(.lookupOpenChart)
  }

  func test_a_consultation_note_needs_an_icpc2_code_found_by_words_and_shows_in_the_summary_when_signed() throws {
    let h = try Harness()
    openOla(h)
    h.perform(.chartNewNote)
    XCTAssertEqual(editor(h)?.type, .legevakt, "legevakt staff write legevakt notes")
    h.type("Hodepine i tre dager.")
    h.perform(.editorNewline)
    h.type("Ingen nakkestivhet, normal nevrologi.")
    h.perform(.noteSign)
    XCTAssertTrue(h.text.contains("minst én ICPC-2-kode"), h.text)
    XCTAssertNotNil(editor(h)?.codeSearch, "the code search opens by itself")
    h.type("hodep")
    assertSnapshot(h.screen, named: "note-code-search")
    h.perform(.codePick)
    XCTAssertEqual(editor(h)?.codes.map(\.code), ["N01"])
    assertSnapshot(h.screen, named: "note-editor-mid-entry")
    h.perform(.noteSign)
    guard let chart = chart(h) else { return XCTFail("back to the chart: \(h.text)") }
    XCTAssertEqual(chart.summary.notes.first?.firstLine, "Hodepine i tre dager.")
    XCTAssertEqual(chart.summary.notes.first?.codes.map(\.code), ["N01"])
    XCTAssertTrue(h.text.contains("Notatet er signert"), h.text)
  }

  func test_a_draft_is_taken_up_again_after_leaving_the_editor() throws {
    let h = try Harness()
    openOla(h)
    h.perform(.chartNewNote)
    h.type("Halvferdig")
    XCTAssertNotNil(editor(h)?.savedAt, "saved as it is typed")
    h.perform(.goBack)
    XCTAssertTrue(h.text.contains("Utkastet er lagret"), h.text)
    h.perform(.chartNewNote)
    XCTAssertEqual(editor(h)?.editor.text, "Halvferdig")
    XCTAssertTrue(h.text.contains("hentet fram igjen"), h.text)
    h.perform(.noteDiscard)
    h.perform(.confirmYes)
    XCTAssertNotNil(chart(h))
    h.perform(.chartNewNote)
    XCTAssertEqual(editor(h)?.editor.text, "")
  }

  func test_codes_are_toggled_off_by_picking_them_again_and_the_type_cycles() throws {
    let h = try Harness()
    openOla(h)
    h.perform(.chartNewNote)
    h.perform(.codeSearch)
    XCTAssertTrue(h.text.contains("først, så ICD-10."), "the hint whole: \(h.text)")
    h.type("K86")
    h.perform(.codePick)
    h.perform(.codeSearch)
    h.type("K86")
    h.perform(.codePick)
    XCTAssertEqual(editor(h)?.codes, [])
    h.perform(.noteType)
    h.perform(.noteType)
    XCTAssertEqual(editor(h)?.type, .telephone)
    h.type("Ringte om prøvesvar.")
    h.perform(.noteSign)
    XCTAssertEqual(chart(h)?.summary.notes.first?.type, .telephone, "a telephone note needs no code")
  }

  func test_the_note_list_filters_and_an_addendum_and_an_error_mark_follow_the_note() throws {
    let h = try Harness()
    openOla(h)
    for (text, code) in [("Blodtrykk 150/95.", "K86"), ("Hoste, ingen feber.", "R05")] {
      h.perform(.chartNewNote)
      h.type(text)
      h.perform(.codeSearch)
      h.type(code)
      h.perform(.codePick)
      h.perform(.noteSign)
    }
    h.perform(.chartNotes)
    XCTAssertTrue(h.text.contains("Hoste, ingen feber."), h.text)
    h.type("blodtr")
    guard case .notes(let list) = h.state.top else { return XCTFail() }
    XCTAssertEqual(list.list.items.map(\.firstLine), ["Blodtrykk 150/95."])
    h.perform(.notesOpen)
    h.perform(.noteAddendum)
    XCTAssertNotNil(editor(h)?.original)
    h.type("Rettelse: 140/95.")
    h.perform(.noteSign)
    guard case .note(let reader) = h.state.top else { return XCTFail("back to the note: \(h.text)") }
    XCTAssertEqual(reader.addenda.map(\.body), ["Rettelse: 140/95."])
    h.perform(.noteEnteredInError)
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Skriv hvorfor"), h.text)
    h.type("Feil pasient")
    h.perform(.formSubmit)
    guard case .note(let marked) = h.state.top else { return XCTFail() }
    XCTAssertEqual(marked.note.enteredInError?.reason, "Feil pasient")
    assertSnapshot(h.screen, named: "note-entered-in-error")
    h.perform(.goBack)
    h.perform(.goBack)
    XCTAssertTrue(chart(h)?.summary.notes.contains { $0.enteredInError != nil } ?? false)
  }

  func test_a_ten_megabyte_paste_is_cut_with_a_message_and_the_draft_is_kept() throws {
    let h = try Harness()
    openOla(h)
    h.perform(.chartNewNote)
    h.session.dispatch(.text(String(repeating: "Lang tekst. ", count: 900_000)))
    XCTAssertEqual(editor(h)?.editor.characters.count, NoteDraft.maximumLength)
    XCTAssertEqual(h.state.message?.isError, true)
    XCTAssertTrue(h.text.contains("kortet ned"), h.text)
    XCTAssertFalse(editor(h)?.saveFailed ?? true)
  }
}
