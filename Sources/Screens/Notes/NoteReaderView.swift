import Clinical

/// A signed note in full: type, time, author and codes; a banner when it was entered in error;
/// the text wrapped to the screen; then each addendum with its own header.
enum NoteReaderView {
  private static let headerRows = 3

  static func textRows(_ s: NoteReaderState, _ app: AppState) -> Int {
    max(1, AppView.contentHeight(app.size) - headerRows - (s.errorReason == nil ? 0 : 2))
  }

  static func render(_ s: NoteReaderState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    let p = s.patient
    buffer.put(app.text(.noteReaderTitle(name: app.listed(p.name), identifier: p.identifier)), x: 1, y: top, style: .heading)
    buffer.put(meta(s.note, app), x: 1, y: top + 1, width: width - 2)
    buffer.put(String(repeating: "─", count: width), x: 0, y: top + 2, style: .dim)
    let rows = textRows(s, app)
    for (offset, line) in lines(s, app).dropFirst(s.scroll).prefix(rows).enumerated() {
      buffer.put(line.text, x: 1, y: top + headerRows + offset, width: width - 2, style: line.style)
    }
    if let reason = s.errorReason {
      let y = top + headerRows + rows
      buffer.put(app.text(.enteredInErrorPrompt), x: 1, y: y, width: width - 2, style: .warning)
      FormRow.render(
        label: app.text(.enteredInErrorReason), input: reason.fields[0], inputWidth: 40, focused: true,
        hint: "", hintStyle: .dim, into: &buffer, y: y + 1)
    }
  }

  static func meta(_ note: ClinicalNote, _ app: AppState) -> String {
    var text = "\(app.text(.noteTypeName(note.type))) · \(ClockText.dateTime(note.signedAt)) · \(note.author)"
    if !note.codes.isEmpty { text += " · " + note.codes.map { "\($0.code) \($0.title)" }.joined(separator: ", ") }
    return text
  }

  /// The note's lines, the entered-in-error banner first, then each addendum.
  static func lines(_ s: NoteReaderState, _ app: AppState) -> [(text: String, style: Style)] {
    let width = app.size.width - 2
    var out: [(String, Style)] = []
    if let error = s.note.enteredInError {
      let banner = app.text(.enteredInErrorBanner(by: error.by, at: ClockText.dateTime(error.at), reason: error.reason))
      out += WordWrap.lines(banner, width: width).map { ($0, Style.alert) }
    }
    let bodyStyle: Style = s.note.enteredInError == nil ? .plain : .dim
    out += body(s.note.body, width: width).map { ($0, bodyStyle) }
    for addendum in s.addenda {
      out.append(("", .plain))
      out.append((app.text(.addendumHeading(meta(addendum, app))), .heading))
      out += body(addendum.body, width: width).map { ($0, .plain) }
    }
    return out
  }

  /// The text wrapped as the editor wrapped it, so a note reads as it was written.
  private static func body(_ text: String, width: Int) -> [String] {
    let characters = Array(text)
    return VisualLines(characters, width: width).ranges.map { String(characters[$0]) }
  }
}
