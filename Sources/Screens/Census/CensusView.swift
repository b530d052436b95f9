import Clinical

/// The census: occupancy per stay type and today's movements on top, one line per bed grouped
/// by ward (free beds say so), the waiting list, and the prompt when one is open.
enum CensusView {
  private static let headerRows = 4
  private static let footerRows = 4

  static func visibleRows(_ size: Size) -> Int { max(3, AppView.contentHeight(size) - headerRows - footerRows) }

  static func render(_ s: CensusState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    buffer.put(app.text(.censusTitle), x: 1, y: top, style: .heading)
    guard s.isLoaded else { return }
    let occupancy = StayType.allCases.compactMap { type -> String? in
      let beds = s.beds.filter { $0.stayType == type }
      guard !beds.isEmpty else { return nil }
      return "\(app.text(.stayTypeShort(type))) \(beds.filter { $0.occupant != nil }.count)/\(beds.count)"
    }.joined(separator: " · ")
    buffer.put(occupancy, x: 1, y: top + 1, width: width - 2)
    let free = s.beds.filter { $0.occupant == nil }.count
    buffer.put(
      app.text(.censusMovements(free: free, admitted: s.movements.admitted, discharged: s.movements.discharged, expected: s.movements.expected)),
      x: 1, y: top + 2, width: width - 2, style: .dim)
    let rows = visibleRows(app.size)
    let lines = s.lines
    if lines.isEmpty {
      for (n, part) in WordWrap.lines(app.text(.censusNoWards), width: width - 2).prefix(rows).enumerated() {
        buffer.put(part, x: 1, y: top + headerRows - 1 + n, width: width - 2, style: .dim)
      }
    }
    var first = max(0, min(s.selection - rows + 1, lines.count - rows))
    // A ward's heading takes a row too: scroll on until the selected line is in view.
    func heads(_ i: Int) -> Bool { i == 0 || lines[i].bed.ward != lines[i - 1].bed.ward }
    while first < s.selection, (first...s.selection).count + (first...s.selection).filter(heads).count > rows { first += 1 }
    var ward = first > 0 ? lines[first - 1].bed.ward : ""
    var y = top + headerRows - 1
    for (offset, entry) in lines.dropFirst(first).enumerated() where y < top + headerRows - 1 + rows {
      if entry.bed.ward != ward {
        buffer.put(entry.bed.ward, x: 1, y: y, width: width - 2, style: Style(bold: true, underline: true))
        ward = entry.bed.ward
        y += 1
        guard y < top + headerRows - 1 + rows else { break }
      }
      line(entry, app, into: &buffer, y: y)
      if first + offset == s.selection {
        buffer.restyle(Rect(x: 0, y: y, width: width, height: 1), style: .selected)
      }
      y += 1
    }
    let footer = top + AppView.contentHeight(app.size) - footerRows
    buffer.put(String(repeating: "─", count: width), x: 0, y: footer, style: .dim)
    if let prompt = s.prompt {
      buffer.put(app.text(.censusPromptTitle(prompt.kind)), x: 1, y: footer + 1, width: width - 2, style: .heading)
      // Withdrawing asks nothing to be typed: Enter or Esc.
      if prompt.kind == .withdraw {
        buffer.put(hint(prompt, s, app), x: 1, y: footer + 2, width: width - 2)
        return
      }
      let hint = hint(prompt, s, app)
      FormRow.render(
        label: app.text(.censusPromptLabel(prompt.kind)), input: prompt.input.fields[0], inputWidth: 12, focused: true,
        hint: hint, hintStyle: .dim, into: &buffer, y: footer + 2)
      // A hint too long for its row (the destinations, the free beds) goes whole on the row below,
      // as far as the screen reaches.
      let whole = FormRow.overflow(of: hint, inputWidth: 12, screenWidth: width, width: width - 2)
      if !whole.isEmpty { buffer.put(whole.joined(separator: " "), x: 1, y: footer + 3, width: width - 2, style: .dim) }
      return
    }
    let waiting = s.waiting.enumerated().map { i, w in
      "\(i + 1) \(app.listed(w.patient.name)) (\(app.text(.stayTypeShort(w.stayType))), \(app.today.dayNumber - w.since.dayNumber) d)"
    }
    // The waiting list takes the rows under the line, broken between patients (an entry's own
    // spaces are held together while wrapping); a list longer still ends with "…".
    let rowsLeft = footerRows - 1
    let held = waiting.map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }
    var wrapped = WordWrap.lines(app.text(.censusWaiting(held)), width: width - 2)
      .map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    if wrapped.count > rowsLeft { wrapped = wrapped.prefix(rowsLeft - 1) + [wrapped.dropFirst(rowsLeft - 1).joined(separator: " ")] }
    for (offset, line) in wrapped.enumerated() {
      buffer.put(line, x: 1, y: footer + 1 + offset, width: width - 2, style: waiting.isEmpty ? .dim : .plain)
    }
  }

  /// "101 A  Berg, Ingrid, 85  Rehab  05.10  53 d  → 27.11  NEWS2 2 ▁▂  !CAVE FALL"; a stay
  /// merged into the bed after its occupant says so under it, for a clinician to move.
  private static func line(_ entry: CensusState.Line, _ app: AppState, into buffer: inout Buffer, y: Int) {
    let bed = entry.bed
    guard let o = entry.occupant else {
      buffer.put(bed.label, x: 1, y: y, width: 6)
      buffer.put(app.text(.censusFree(app.text(.stayTypeShort(bed.stayType)))), x: 8, y: y, style: .good)
      return
    }
    let p = o.patient
    if !entry.isDisplaced { buffer.put(bed.label, x: 1, y: y, width: 6) }
    if entry.isDisplaced || o.isWithdrawable {
      buffer.put(app.listed(p.name, age: p.birthDate.age(on: app.today), width: 22), x: 8, y: y, width: 22, style: .error)
      let said = entry.isDisplaced ? app.text(.censusBedConflict(bed.label)) : secondAdmission(o, app)
      buffer.put(said, x: 31, y: y, width: app.size.width - 32, style: .error)
      return
    }
    buffer.put(app.listed(p.name, age: p.birthDate.age(on: app.today), width: 22), x: 8, y: y, width: 22)
    buffer.put(app.text(.stayTypeShort(o.stayType)), x: 31, y: y, width: 7)
    buffer.put(String(o.admitted.description.prefix(5)), x: 39, y: y, width: 5)
    buffer.put("\(o.lengthOfStay(on: app.today)) d", x: 45, y: y, width: 6)
    let expected = o.expectedDischarge.map { "→" + String($0.description.prefix(5)) } ?? ""
    let due = o.expectedDischarge.map { $0 <= app.today } ?? false
    buffer.put(expected, x: 52, y: y, width: 6, style: due ? .warning : .plain)
    if let news2 = o.news2.last {
      buffer.put("N\(news2) \(Sparkline.render(o.news2))", x: 59, y: y, width: 9, style: news2 >= 7 ? .alert : (news2 >= 5 ? .warning : .plain))
    }
    var markers: [String] = []
    if o.hasCave { markers.append(app.text(.caveMarker)) }
    if o.fallRisk { markers.append(app.text(.fallRiskMarker)) }
    buffer.put(markers.joined(separator: " "), x: 69, y: y, width: 11, style: o.hasCave ? .error : .warning)
  }

  /// Why an occupant's admission is to be withdrawn, on their line.
  private static func secondAdmission(_ o: Bed.Occupant, _ app: AppState) -> String {
    if let home = o.placeTakenBy { return app.text(.censusPlaceTaken(home)) }
    if o.placeEndedBy != nil { return app.text(.censusPlaceEnded) }
    return app.text(.censusAdmittedTwice(o.alsoAdmittedIn ?? ""))
  }

  private static func hint(_ prompt: CensusPrompt, _ s: CensusState, _ app: AppState) -> String {
    switch prompt.kind {
    case .admit:
      let typed = prompt.input.texts[0]
      if let n = Int(typed), s.waiting.indices.contains(n - 1) { return app.listed(s.waiting[n - 1].patient.name) }
      return app.text(.censusAdmitHint)
    case .transfer: return s.beds.filter { $0.occupant == nil }.map(\.label).joined(separator: ", ")
    case .discharge:
      return DischargeDestination.allCases.enumerated().map { "\($0.offset + 1) \(app.text(.destination($0.element)))" }
        .joined(separator: " ")
    case .withdraw:
      let stay = s.lines.lazy.compactMap(\.occupant).first { $0.stayID == prompt.stayID }
      if let home = stay?.placeTakenBy { return app.text(.censusWithdrawPlaceHint(home)) }
      if let municipality = stay?.placeEndedBy { return app.text(.censusWithdrawEndedPlaceHint(municipality)) }
      return app.text(.censusWithdrawHint(stay?.alsoAdmittedIn ?? ""))
    }
  }
}
