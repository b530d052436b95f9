import Clinical

/// Moving through the conflicts and opening one where it is resolved: the patient's chart (the
/// opening is logged as any other), then the screen that resolves this kind; a service case on
/// the case screen, a bed conflict on the census with the stay selected, a triage conflict on
/// the legevakt's queue with the visit selected.
enum ConflictListReducer {
  static func reduce(_ s: inout ConflictListState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .conflictsLoaded(let conflicts):
      s.conflicts = conflicts
      s.loaded = true
      s.selection = min(s.selection, max(0, conflicts.count - 1))
    case .action(.conflictResolve):
      guard let conflict = s.selected else { return [] }
      // A case is resolved on the case itself, not the chart.
      if conflict.kind == .serviceCase, let caseID = conflict.caseID {
        app.screens.append(.serviceCase(CaseState(caseID: caseID)))
        return [.loadCase(caseID)]
      }
      if conflict.kind == .bed, let stayID = conflict.stayID {
        app.screens.append(.census(CensusState(selectingStay: stayID)))
        return [.loadCensus]
      }
      if conflict.kind == .triage, let visitID = conflict.visitID {
        app.screens.append(.triage(TriageQueueState(selectingVisit: visitID)))
        return [.loadTriageQueue]
      }
      s.resolving = .init(patientID: conflict.patient.id, kind: conflict.kind)
      return [.openChart(patientID: conflict.patient.id)]
    case .action(let action) where action.movesInList:
      s.selection = ListMovement.move(s.selection, count: s.conflicts.count, action, page: ConflictListView.visibleRows(app.size))
    default:
      break
    }
    return []
  }
}
