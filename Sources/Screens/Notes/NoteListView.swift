import Clinical

/// The note list: the filter on top, then one line per note with date, type, author, codes and
/// its first line. Addenda and notes entered in error say so at the start of the line.
enum NoteListView {
  private static let headerRows = 4

  static func visibleRows(_ size: Size) -> Int { max(1, AppView.contentHeight(size) - headerRows) }

  static func render(_ s: NoteListState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.patient
    let width = app.size.width
    buffer.put(app.text(.notesTitle(name: app.listed(p.name), identifier: p.identifier)), x: 1, y: top, style: .heading)
    FormRow.render(
      label: app.text(.notesFilterLabel), input: s.filter, inputWidth: 30, focused: true,
      hint: app.text(.notesTypeFilter(s.type)), hintStyle: .dim, into: &buffer, y: top + 1)
    guard !s.list.items.isEmpty else {
      let empty: Text = s.filter.text.isEmpty && s.type == nil ? .notesNone : .notesNoMatch
      buffer.put(app.text(empty), x: 1, y: top + headerRows, style: .dim)
      return
    }
    let (first, window) = s.list.window(rows: visibleRows(app.size))
    for (offset, note) in window.enumerated() {
      let y = top + headerRows - 1 + offset
      buffer.put(line(note, app), x: 1, y: y, width: width - 2, style: note.enteredInError == nil ? .plain : .dim)
      if first + offset == s.list.selection {
        buffer.restyle(Rect(x: 0, y: y, width: width, height: 1), style: .selected)
      }
    }
  }

  static func line(_ note: ClinicalNote, _ app: AppState) -> String {
    var text = "\(ClockText.dateTime(note.signedAt))  \(app.text(.noteTypeShort(note.type)))  \(note.author)  "
    if !note.codes.isEmpty { text += note.codes.map(\.code).joined(separator: ",") + "  " }
    if note.enteredInError != nil { text += app.text(.enteredInErrorMarker) + " " }
    if note.addendumTo != nil { text += app.text(.addendumMarker) + " " }
    return text + note.firstLine
  }
}
