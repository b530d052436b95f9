/// Moving through the access log; moving past the last loaded row loads a page more.
enum AccessLogReducer {
  static func reduce(_ s: inout AccessLogState, _ event: Event, _ app: AppState) -> [Effect] {
    switch event {
    case .accessLogLoaded(let patientID, let entries) where patientID == s.patient.id:
      s.entries = entries
      s.selection = min(s.selection, max(0, entries.count - 1))
      return []
    case .action(let action) where action.movesInList:
      let page = AccessLogView.visibleRows(app.size)
      let wanted = ListMovement.move(s.selection, count: Int.max, action, page: page)
      s.selection = ListMovement.move(s.selection, count: s.entries.count, action, page: page)
      guard wanted >= s.entries.count - 1, s.hasMore else { return [] }
      s.limit += page
      s.selection = min(wanted, s.limit - 1)
      return [.loadAccessLog(patientID: s.patient.id, limit: s.limit)]
    default:
      return []
    }
  }
}
