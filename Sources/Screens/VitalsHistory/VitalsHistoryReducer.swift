/// Moving through the history; moving past the last loaded row loads a page more.
enum VitalsHistoryReducer {
  static func reduce(_ s: inout VitalsHistoryState, _ event: Event, _ app: AppState) -> [Effect] {
    switch event {
    case .vitalsHistoryLoaded(let patientID, let sets) where patientID == s.patient.id:
      s.list.loaded(sets)
    case .action(let action) where action.movesInList:
      if let limit = s.list.move(action, page: VitalsHistoryView.visibleRows(app.size)) {
        return [.loadVitalsHistory(patientID: s.patient.id, limit: limit)]
      }
    default:
      break
    }
    return []
  }
}
