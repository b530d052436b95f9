import Clinical

/// Average length of stay per quarter for one stay type: one municipality beside the region, as
/// a table and as bars, with how stays are counted said on the screen.
enum CensusStatsView {
  static func render(_ s: CensusStatsState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    let name = s.municipality.map(municipalityName) ?? "—"
    buffer.put(app.text(.statsTitle(type: app.text(.stayTypeName(s.stayType)), municipality: name)), x: 1, y: top, width: width - 2, style: .heading)
    // How stays are counted takes the row under the title and the blank one after it.
    for (offset, line) in WordWrap.lines(app.text(.statsHowCounted(open: s.openStays)), width: width - 2).prefix(2).enumerated() {
      buffer.put(line, x: 1, y: top + 1 + offset, width: width - 2, style: .dim)
    }
    let own = LengthOfStay.averages(s.aggregates, type: s.stayType, municipality: s.municipality)
    let region = LengthOfStay.averages(s.aggregates, type: s.stayType, municipality: nil)
    let quarters = Array(Set(region.keys)).sorted().suffix(8)
    guard !quarters.isEmpty else {
      buffer.put(app.text(.statsNone), x: 1, y: top + 3, style: .dim)
      return
    }
    let maximum = max(1, quarters.map { max(own[$0]?.nights ?? 0, region[$0]?.nights ?? 0) }.max() ?? 1)
    buffer.put(app.text(.statsColumns(municipality: name)), x: 1, y: top + 3, width: width - 2, style: Style(underline: true))
    let barWidth = max(10, width - 44)
    for (offset, quarter) in quarters.enumerated() {
      let y = top + 4 + offset * 2
      let mine = own[quarter]
      let all = region[quarter]
      let label = "\(quarter.year) K\(quarter.quarter)"
      let number: (LengthOfStay.Average?) -> String = { $0.map { String(format: "%.1f (%d)", $0.nights, $0.stays) } ?? "—" }
      buffer.put(label, x: 1, y: y, width: 8)
      buffer.put(number(mine), x: 10, y: y, width: 12)
      buffer.put(number(all), x: 23, y: y, width: 12)
      buffer.put(bar(mine?.nights ?? 0, maximum, barWidth), x: 36, y: y, style: .good)
      buffer.put(bar(all?.nights ?? 0, maximum, barWidth), x: 36, y: y + 1, style: .dim)
    }
    buffer.put(app.text(.statsLegend), x: 1, y: top + 5 + quarters.count * 2, width: width - 2, style: .dim)
  }

  private static func bar(_ value: Double, _ maximum: Double, _ width: Int) -> String {
    let eighths = Int((value / maximum * Double(width) * 8).rounded())
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
    return String(repeating: "█", count: eighths / 8) + partial
  }

  static func municipalityName(_ code: String) -> String {
    DemoMunicipalities.name(of: code) ?? code
  }
}
