import Clinical

/// Moving in the census, the admit, transfer and discharge prompts (withdrawal, for a patient
/// admitted twice at once), and the statistics' keys.
enum CensusReducer {
  static func reduce(_ s: inout CensusState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if case .censusLoaded(let beds, let waiting, let movements) = event {
      s.beds = beds
      s.waiting = waiting
      s.movements = movements
      s.isLoaded = true
      let lines = s.lines
      if let stay = s.selectingStay, let line = lines.firstIndex(where: { $0.occupant?.stayID == stay }) {
        s.selection = line
        s.selectingStay = nil
      }
      s.selection = min(s.selection, max(0, lines.count - 1))
      return []
    }
    if var prompt = s.prompt {
      switch prompt.input.apply(event) {
      case .edited: s.prompt = prompt
      case .cancelled: s.prompt = nil
      case .submitted: return submit(prompt, &s, &app)
      case .ignored: break
      }
      return []
    }
    guard case .action(let action) = event else { return [] }
    // The statistics count ended stays, so they open without a bed too.
    if action == .censusStats {
      app.screens.append(.censusStats(CensusStatsState()))
      return [.loadCensusStatistics]
    }
    guard let line = s.selected else { return [] }
    let bed = line.bed
    switch action {
    case .censusAdmit:
      guard line.occupant == nil else {
        app.message = .init(text: app.text(.failure(.bedOccupied)), isError: true)
        return []
      }
      // The first waiting for this kind of bed is the usual one to admit.
      let first = s.waiting.firstIndex { $0.stayType == bed.stayType }
      s.prompt = CensusPrompt(kind: .admit, bedID: bed.id, suggested: first.map { $0 + 1 })
    case .censusTransfer, .censusDischarge:
      guard let occupant = line.occupant else {
        app.message = .init(text: app.text(.censusBedFree), isError: true)
        return []
      }
      // A second admission of a patient already in a bed was never a stay: it is withdrawn.
      let ending: CensusPrompt.Kind = occupant.isWithdrawable ? .withdraw : .discharge
      s.prompt = CensusPrompt(kind: action == .censusTransfer ? .transfer : ending, bedID: bed.id, stayID: occupant.stayID)
    case .lookupOpenChart:
      guard let occupant = line.occupant else { return [] }
      return [.openChart(patientID: occupant.patient.id)]
    case let move where move.movesInList:
      s.selection = ListMovement.move(s.selection, count: s.lines.count, move, page: CensusView.visibleRows(app.size))
    default:
      break
    }
    return []
  }

  private static func submit(_ prompt: CensusPrompt, _ s: inout CensusState, _ app: inout AppState) -> [Effect] {
    let typed = prompt.input.texts[0]
    guard let bed = s.beds.first(where: { $0.id == prompt.bedID }) else { return [] }
    switch prompt.kind {
    case .admit:
      guard !typed.isEmpty else {
        app.message = .init(text: app.text(.censusChooseWaiting(s.waiting.count)), isError: true)
        return []
      }
      if let n = Int(typed), typed.count <= 3 {
        guard s.waiting.indices.contains(n - 1) else {
          app.message = .init(text: app.text(.censusChooseWaiting(s.waiting.count)), isError: true)
          return []
        }
        let waiting = s.waiting[n - 1]
        s.prompt = nil
        return [.admitToBed(bedID: bed.id, patientID: waiting.patient.id, identifier: nil, waiting.stayType)]
      }
      s.prompt = nil
      return [.admitToBed(bedID: bed.id, patientID: nil, identifier: typed, bed.stayType)]
    case .transfer:
      let folded = NameKey.fold(typed)
      guard let target = s.beds.first(where: { NameKey.fold($0.label) == folded }), let stayID = prompt.stayID else {
        app.message = .init(text: app.text(.censusNoSuchBed(typed)), isError: true)
        return []
      }
      s.prompt = nil
      return [.transferStay(stayID, toBed: target.id)]
    case .discharge:
      let all = DischargeDestination.allCases
      guard let n = Int(typed), (1...all.count).contains(n), let stayID = prompt.stayID else {
        app.message = .init(text: app.text(.censusChooseDestination), isError: true)
        return []
      }
      s.prompt = nil
      return [.dischargeStay(stayID, all[n - 1])]
    case .withdraw:
      s.prompt = nil
      return prompt.stayID.map { [.withdrawStay($0)] } ?? []
    }
  }

  static func reduceStats(_ s: inout CensusStatsState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .censusStatisticsLoaded(let aggregates, let open, let home):
      s.aggregates = aggregates
      s.openStays = open
      s.home = home
      s.municipality = s.municipality ?? home ?? s.municipalities.first
    case .action(let action) where action.movesInList:
      let all = StayType.allCases
      let index = ListMovement.move(all.firstIndex(of: s.stayType) ?? 0, count: all.count, action, page: 1)
      s.stayType = all[index]
    case .action(.statsNextMunicipality), .action(.statsPreviousMunicipality):
      let all = s.municipalities
      guard !all.isEmpty else { return [] }
      let step = action(event) == .statsNextMunicipality ? 1 : all.count - 1
      let index = ((s.municipality.flatMap { all.firstIndex(of: $0) } ?? 0) + step) % all.count
      s.municipality = all[index]
    default:
      break
    }
    return []
  }

  private static func action(_ event: Event) -> Action? {
    if case .action(let a) = event { return a }
    return nil
  }
}
