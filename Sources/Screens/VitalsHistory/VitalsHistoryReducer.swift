/// Moving through the history; moving past the last loaded row loads a page more.
enum VitalsHistoryReducer {
  static func reduce(_ s: inout VitalsHistoryState, _ event: Event, _ app: AppState) -> [Effect] {
    switch event {
    case .vitalsHistoryLoaded(let patientID, let sets) where patientID == s.patient.id:
      s.sets = sets
      s.selection = min(s.selection, max(0, sets.count - 1))
      return []
    case .action(let action) where action.movesInList:
      let page = VitalsHistoryView.visibleRows(app.size)
      let wanted = ListMovement.move(s.selection, count: Int.max, action, page: page)
      s.selection = ListMovement.move(s.selection, count: s.sets.count, action, page: page)
      guard wanted >= s.sets.count - 1, s.hasMore else { return [] }
      s.limit += page
      s.selection = min(wanted, s.limit - 1)
      return [.loadVitalsHistory(patientID: s.patient.id, limit: s.limit)]
    default:
      return []
    }
  }
}
