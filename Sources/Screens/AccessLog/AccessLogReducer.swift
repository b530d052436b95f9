/// Moving through the access log; moving past the last loaded row loads a page more.
enum AccessLogReducer {
  static func reduce(_ s: inout AccessLogState, _ event: Event, _ app: AppState) -> [Effect] {
    switch event {
    case .accessLogLoaded(let patientID, let entries) where patientID == s.patient.id:
      s.list.loaded(entries)
    case .action(let action) where action.movesInList:
      if let limit = s.list.move(action, page: AccessLogView.visibleRows(app.size)) {
        return [.loadAccessLog(patientID: s.patient.id, limit: limit)]
      }
    default:
      break
    }
    return []
  }
}
