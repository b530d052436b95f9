import Clinical
import Foundation

/// The queue: one line per open visit with the level as colour and word, who, why, when they
/// came, time left to the level's target (overdue stands out), status, and a re-triage mark; under
/// a visit two nurses triaged at once, the other level.
enum TriageQueueView {
  private static let headerRows = 3
  private static let promptRows = 4

  static func visibleRows(_ size: Size) -> Int { max(1, AppView.contentHeight(size) - headerRows - promptRows) }

  static func render(_ s: TriageQueueState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    buffer.put(app.text(.triageTitle), x: 1, y: top, style: .heading)
    let counts = TriageLevel.allCases.map { level in s.visits.filter { $0.level == level }.count }
    let summary = zip(TriageLevel.allCases, counts).filter { $0.1 > 0 }
      .map { "\(app.text(.triageLevelName($0.0))) \($0.1)" }.joined(separator: "  ")
    buffer.put(summary, x: width - 1 - DisplayWidth.of(summary), y: top, style: .dim)
    // "Left" takes eight columns: "+133 min", how long a patient has waited past the level's time.
    let widths = [8, 20, 15, 5, 8, 11, max(4, width - 2 - 8 - 20 - 15 - 5 - 8 - 11 - 6)]
    func row(_ texts: [String], y: Int, styles: [Style]) {
      var x = 1
      for (index, (text, w)) in zip(texts, widths).enumerated() {
        buffer.put(text, x: x, y: y, width: w, style: styles[min(index, styles.count - 1)])
        x += w + 1
      }
    }
    row([.level, .patient, .complaint, .arrived, .left, .status, .retriage].map { app.text(.triageColumn($0)) },
      y: top + 2, styles: [Style(underline: true)])
    guard let now = s.now else { return }
    guard !s.visits.isEmpty else {
      buffer.put(app.text(.triageEmpty), x: 1, y: top + headerRows, style: .dim)
      return
    }
    let rows = visibleRows(app.size)
    // A visit in a triage conflict takes a second line, saying the other level: the window keeps
    // the selected visit and that line in view.
    let lines = s.visits.indices.flatMap { i in s.visits[i].dispute == nil ? [(i, false)] : [(i, false), (i, true)] }
    let selectedLast = lines.lastIndex { $0.0 == s.selection } ?? 0
    let first = max(0, min(selectedLast - rows + 1, lines.count - rows))
    for (offset, (index, isDispute)) in lines.dropFirst(first).prefix(rows).enumerated() {
      let y = top + headerRows + offset
      let visit = s.visits[index]
      if isDispute, let dispute = visit.dispute {
        buffer.put(
          app.text(.triageLevelDispute(dispute.level, origin: dispute.origin)), x: 10, y: y, width: width - 11, style: .warning)
        continue
      }
      let left = visit.minutesLeft(at: now, app.triageSettings)
      let p = visit.patient
      row(
        [
          app.text(.triageLevelName(visit.level)),
          app.listed(p.name, age: p.birthDate.age(on: app.today), width: widths[1]),
          app.text(.complaintShort(visit.complaint)),
          ClockText.time(visit.arrivedAt),
          left < 0 ? app.text(.triageOverdue(-left)) : app.text(.triageMinutes(left)),
          app.text(.triageStatus(visit.status)),
          visit.needsRetriage(at: now, app.triageSettings) ? app.text(.triageRetriageDue) : "",
        ], y: y,
        styles: [levelStyle(visit.level), .plain, .plain, .plain, left < 0 ? .alert : .plain, .plain, .warning])
      if index == s.selection {
        buffer.restyle(Rect(x: 10, y: y, width: width - 10, height: 1), style: .selected)
      }
    }
    if let prompt = s.prompt {
      let y = top + headerRows + rows + 1
      buffer.put(app.text(.triagePromptTitle(prompt.kind)), x: 1, y: y, width: width - 2, style: .heading)
      for (index, field) in prompt.input.fields.enumerated() {
        FormRow.render(
          label: app.text(.triagePromptLabel(prompt.kind, index)), input: field, inputWidth: index == 0 ? 2 : 40,
          focused: index == prompt.input.focus, hint: index == 0 ? app.text(.triagePromptHint(prompt.kind)) : "",
          hintStyle: .dim, into: &buffer, y: y + 1 + index)
      }
    }
  }

  /// The level's colour, with the word in the cell so it reads on a monochrome terminal too.
  static func levelStyle(_ level: TriageLevel) -> Style {
    switch level {
    case .red: return .alert
    case .orange: return .triageOrange
    case .yellow: return .warning
    case .green: return .good
    case .blue: return .triageBlue
    }
  }
}
