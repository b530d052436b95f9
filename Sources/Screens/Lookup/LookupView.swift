import Clinical

/// Draws the patient prompt, what the typed text is read as, and the matching patients.
enum LookupView {
  /// Rows of the content area above the list: title, prompt, explanation, column headings.
  private static let headerRows = 4

  static func visibleRows(_ size: Size) -> Int { max(1, AppView.contentHeight(size) - headerRows) }

  static func render(_ s: LookupState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    buffer.put(app.text(.lookupTitle), x: 1, y: top, style: .heading)
    if !s.results.isEmpty {
      let note: String
      if s.query == .recent {
        let news = s.results.filter(\.hasNews).count
        note = news == 0 ? app.text(.recentHeading) : app.text(.recentWithNews(patients: news))
      } else if s.hasMore {
        // The last row was fetched only to know that there are more.
        note = app.text(.moreMatches(s.results.count - 1))
      } else {
        note = app.text(.matchCount(s.results.count))
      }
      buffer.put(note, x: max(20, width - DisplayWidth.of(note) - 1), y: top, style: .dim)
    }
    renderPrompt(s.field, app, into: &buffer, y: top + 1)
    let (explanation, style) = describe(s.query, app)
    buffer.put(explanation, x: 1, y: top + 2, style: style)
    let columns = PatientColumns(width: width)
    columns.renderHeadings(app, into: &buffer, y: top + 3)
    renderRows(s, app, columns, into: &buffer, top: top + headerRows)
  }

  private static func renderPrompt(_ field: TextField, _ app: AppState, into buffer: inout Buffer, y: Int) {
    let label = app.text(.promptLabel)
    let x = 1 + buffer.put(label, x: 1, y: y, style: .heading)
    let room = app.size.width - x - 2
    // Keep the cursor in view when the text is wider than the line.
    let before = field.characters[..<field.cursor]
    var start = 0
    while DisplayWidth.of(String(before[start...])) > room { start += 1 }
    let shown = String(field.characters[start...])
    buffer.put(shown, x: x, y: y, width: room + 1)
    let cursorX = x + DisplayWidth.of(String(before[start...]))
    let under = field.cursor < field.characters.count ? String(field.characters[field.cursor]) : " "
    buffer.put(under, x: cursorX, y: y, width: 2, style: .selected)
  }

  private static func describe(_ query: LookupQuery, _ app: AppState) -> (String, Style) {
    switch query {
    case .recent:
      return (app.text(.promptHelp), .dim)
    case .identifier(let e) where e.isValid:
      return (app.text(.identifierValid(kind: e.kind ?? .birthNumber, born: e.birthDate)), .good)
    case .identifier(let e):
      return (app.text(.identifierInvalid(kind: e.kind, problems: e.problems)), .error)
    case .identifierPrefix(let digits):
      return (app.text(.partialNumber(digits: digits.count)), .dim)
    case .birthDate(let dates, _, let words):
      return (app.text(.birthDateQuery(dates: dates, words: words)), .dim)
    case .initialAndDigits(let initial, let digits):
      return (app.text(.initialAndDigits(initial: initial, digits: digits)), .dim)
    case .name(let words):
      return (app.text(.nameQuery(words)), .dim)
    }
  }

  private static func renderRows(
    _ s: LookupState, _ app: AppState, _ columns: PatientColumns, into buffer: inout Buffer,
    top: Int
  ) {
    let rows = visibleRows(app.size)
    if s.results.isEmpty {
      // A workstation with a central server holds only its organisation's patients: anyone else
      // is reached by break-glass, not by importing or the demo.
      let central = app.sync != nil
      var lines: [String]
      if app.session.storeIsEmpty {
        lines = central ? [app.text(.emptyWorkstation)] : [app.text(.emptyStore), app.text(.emptyStoreHowTo)]
      } else if s.query == .recent {
        lines = [app.text(.noRecent)]
      } else if s.shownGeneration == s.generation {
        lines = [app.text(.noMatches(s.field.text))]
      } else {
        lines = []
      }
      if central, case .identifier(let e) = s.query, e.isValid, !lines.isEmpty { lines.append(app.text(.notHeldBreakGlass)) }
      let wrapped = lines.flatMap { WordWrap.lines($0, width: app.size.width - 2) }
      for (i, line) in wrapped.enumerated() { buffer.put(line, x: 1, y: top + 1 + i) }
      return
    }
    let (first, window) = s.list.window(rows: rows)
    for (offset, listing) in window.enumerated() {
      let y = top + offset
      columns.render(listing, app, into: &buffer, y: y)
      // A chart with news not yet seen (notes by others, a patient new here): marked in the
      // margin, as the heading explains.
      if listing.hasNews { buffer.put("●", x: 0, y: y, style: .warning) }
      if first + offset == s.selection {
        buffer.restyle(Rect(x: 0, y: y, width: app.size.width, height: 1), style: .selected)
      }
    }
  }
}
