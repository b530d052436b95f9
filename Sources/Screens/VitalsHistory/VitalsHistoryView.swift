import Clinical

/// The history as a table: one row per set, each value with the NEWS2 total at the end; a
/// value that scored 3 is shown as an error, one that scored at all as a warning.
enum VitalsHistoryView {
  private static let headerRows = 3
  private static let widths = [16, 4, 8, 3, 6, 5, 5, 6, 8]

  static func visibleRows(_ size: Size) -> Int { max(1, AppView.contentHeight(size) - headerRows) }

  static func render(_ s: VitalsHistoryState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.patient
    buffer.put(app.text(.vitalsHistoryTitle(name: app.listed(p.name), identifier: p.identifier)), x: 1, y: top, style: .heading)
    let headings = [
      app.text(.accessColumn(.time)), app.text(.trendLabel(.respirationRate)),
      app.text(.trendLabel(.oxygenSaturation)), app.text(.trendLabel(.airOrOxygen)),
      app.text(.trendLabel(.systolicPressure)), app.text(.trendLabel(.pulse)),
      app.text(.trendLabel(.consciousness)), app.text(.trendLabel(.temperature)), "NEWS2",
    ]
    put(headings.map { ($0, Style(underline: true)) }, into: &buffer, y: top + 2)
    guard !s.list.items.isEmpty else {
      buffer.put(app.text(.vitalsNone), x: 1, y: top + headerRows + 1)
      return
    }
    let (first, window) = s.list.window(rows: visibleRows(app.size))
    for (offset, set) in window.enumerated() {
      let y = top + headerRows + offset
      put(cells(set, app), into: &buffer, y: y)
      if first + offset == s.list.selection {
        buffer.restyle(Rect(x: 0, y: y, width: app.size.width, height: 1), style: .selected)
      }
    }
  }

  private static func cells(_ set: RecordedVitals, _ app: AppState) -> [(String, Style)] {
    let v = set.signs
    let score = NEWS2.score(v)
    func cell(_ text: String?, _ parameter: NEWS2.Parameter) -> (String, Style) {
      let points = score.parameters[parameter] ?? 0
      return (text ?? "–", points >= 3 ? .error : (points > 0 ? .warning : .plain))
    }
    let comma = app.language == .nb ? "," : "."
    let spo2 = v.oxygenSaturation.map { "\($0)" + (v.scale == .two ? " (S2)" : "") }
    return [
      (ClockText.dateTime(set.takenAt), .plain),
      cell(v.respirationRate.map(String.init), .respirationRate),
      cell(spo2, .oxygenSaturation),
      cell(v.onOxygen.map { $0 ? "O₂" : "–" }, .airOrOxygen),
      cell(v.systolicPressure.map(String.init), .systolicPressure),
      cell(v.pulse.map(String.init), .pulse),
      cell(v.consciousness?.rawValue, .consciousness),
      cell(v.temperatureTenths.map { "\($0 / 10)\(comma)\($0 % 10)" }, .temperature),
      (app.text(.news2Short(total: score.total, response: score.response)),
       score.response == .high ? .alert : (score.response == .medium ? .warning : .plain)),
    ]
  }

  private static func put(_ cells: [(String, Style)], into buffer: inout Buffer, y: Int) {
    var x = 1
    for ((text, style), width) in zip(cells, widths) {
      buffer.put(text, x: x, y: y, width: width == widths.last ? nil : width, style: style)
      x += width + 1
    }
  }
}
