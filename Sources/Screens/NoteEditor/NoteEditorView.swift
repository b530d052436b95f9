import Clinical

/// The editor: who and what on top (type, codes, the note an addendum corrects), the text
/// below with the cursor kept in view, and the code search over it when open.
enum NoteEditorView {
  static func textWidth(_ size: Size) -> Int { max(10, size.width - 2) }

  static func codeRows(_ size: Size) -> Int { max(3, AppView.contentHeight(size) - 8) }

  static func render(_ s: NoteEditorState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    let p = s.patient
    let status: String
    let statusStyle: Style
    if s.saveFailed {
      (status, statusStyle) = (app.text(.draftUnsaved), .error)
    } else if let at = s.savedAt {
      (status, statusStyle) = (app.text(.draftSavedAt(ClockText.time(at))), .dim)
    } else {
      (status, statusStyle) = ("", .dim)
    }
    let isNote = s.original == nil
    TitleRow.render(
      name: app.listed(p.name),
      title: { app.text(isNote ? .noteEditorTitle(name: $0, identifier: p.identifier) : .addendumTitle(name: $0, identifier: p.identifier)) },
      status: status, statusStyle: statusStyle, width: width, y: top, into: &buffer)
    var y = top + 1
    buffer.put(app.text(.noteTypeLine(s.type)), x: 1, y: y, width: width - 2)
    y += 1
    let codes = s.codes.map { "\($0.code) \($0.title)" }.joined(separator: " · ")
    if codes.isEmpty {
      let needed = s.original == nil && s.type.needsICPC2
      buffer.put(app.text(.noteCodesNone(needed: needed)), x: 1, y: y, width: width - 2, style: needed ? .warning : .dim)
    } else {
      buffer.put(app.text(.noteCodesLine(codes)), x: 1, y: y, width: width - 2)
    }
    y += 1
    if let original = s.original {
      let line = app.text(
        .addendumTo(date: ClockText.dateTime(original.signedAt), author: original.author, firstLine: original.firstLine))
      buffer.put(line, x: 1, y: y, width: width - 2, style: .dim)
      y += 1
    }
    buffer.put(String(repeating: "─", count: width), x: 0, y: y, style: .dim)
    y += 1
    let rows = max(1, top + AppView.contentHeight(app.size) - y)
    renderText(s.editor, at: y, rows: rows, width: textWidth(app.size), into: &buffer)
    if let search = s.codeSearch { renderCodeSearch(search, s.codes, app, into: &buffer, top: top + 3) }
  }

  /// The text from the line that keeps the cursor in view, the cursor as a highlighted cell.
  private static func renderText(
    _ editor: TextEditor, at top: Int, rows: Int, width: Int, into buffer: inout Buffer
  ) {
    let chars = editor.characters
    let lines = VisualLines(chars, width: width)
    let cursorLine = lines.line(of: editor.cursor)
    let first = max(0, cursorLine - rows + 1)
    for (offset, range) in lines.ranges.dropFirst(first).prefix(rows).enumerated() {
      buffer.put(String(chars[range]), x: 1, y: top + offset, width: width)
    }
    let column = min(width - 1, lines.column(of: editor.cursor, in: chars))
    let under = editor.cursor < chars.count && chars[editor.cursor] != "\n" ? String(chars[editor.cursor]) : " "
    buffer.put(under, x: 1 + column, y: top + cursorLine - first, width: 1, style: .selected)
  }

  private static func renderCodeSearch(
    _ search: CodeSearchState, _ chosen: [DiagnosisCode], _ app: AppState,
    into buffer: inout Buffer, top: Int
  ) {
    let width = app.size.width
    let rows = codeRows(app.size)
    buffer.fill(Rect(x: 0, y: top, width: width, height: rows + 3), style: .plain)
    buffer.put(String(repeating: "─", count: width), x: 0, y: top, style: .warning)
    buffer.put(String(repeating: "─", count: width), x: 0, y: top + rows + 2, style: .warning)
    FormRow.render(
      label: app.text(.codeSearchLabel), input: search.query, inputWidth: 30, focused: true,
      hint: app.text(.codeSearchHint(matches: search.matches.count)), hintStyle: .dim,
      into: &buffer, y: top + 1)
    guard !search.matches.isEmpty else {
      let text: Text = search.query.text.isEmpty ? .codeSearchStart : .codeSearchNone(search.query.text)
      for (offset, line) in WordWrap.lines(app.text(text), width: width - 2).prefix(rows).enumerated() {
        buffer.put(line, x: 1, y: top + 2 + offset, width: width - 2, style: .dim)
      }
      return
    }
    let first = max(0, search.selection - rows + 1)
    for (offset, code) in search.matches.dropFirst(first).prefix(rows).enumerated() {
      let y = top + 2 + offset
      let mark = chosen.contains(code) ? "✓" : " "
      let system = code.system == .icpc2 ? "" : "\(code.system.rawValue) "
      buffer.put("\(mark) \(code.code.padding(toLength: 5, withPad: " ", startingAt: 0)) \(system)\(code.title)", x: 1, y: y, width: width - 2)
      if first + offset == search.selection {
        buffer.restyle(Rect(x: 0, y: y, width: width, height: 1), style: .selected)
      }
    }
  }
}
