/// Keys in the chart summary: the list actions scroll the sections under the fixed header.
enum ChartReducer {
  static func reduce(_ s: inout ChartState, _ event: Event, _ app: AppState) -> [Effect] {
    guard case .action(let action) = event else { return [] }
    let lines = ChartView.sectionLines(s.summary, app).count
    let rows = ChartView.sectionRows(s.summary, app)
    s.scroll = ListMovement.move(s.scroll, count: max(1, lines - rows + 1), action, page: rows)
    return []
  }
}
