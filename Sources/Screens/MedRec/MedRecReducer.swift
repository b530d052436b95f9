import Clinical

/// Classifying and deciding row by row, the prompts for change, stop and import, and signing.
/// After each answer the selection moves on to the next row that still needs one.
enum MedRecReducer {
  static func reduce(_ s: inout MedRecState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if case .medRecLoaded(let patientID, let current, let sources) = event, patientID == s.patient.id {
      s.load(current: current, sources: sources)
      return []
    }
    if s.prompt != nil { return reducePrompt(&s, event, &app) }
    if case .action(.medrecImport) = event {
      s.prompt = MedRecPrompt(kind: .importFile, atc: "")
      return []
    }
    if case .action(.medrecAddLine) = event {
      s.prompt = MedRecPrompt(kind: .addLine, atc: "")
      return []
    }
    guard case .action(let action) = event, let row = s.selectedRow else { return [] }
    switch action {
    case .medrecClassify:
      guard row.needsClassification else {
        app.message = .init(text: app.text(.medrecNothingToClassify), isError: false)
        return []
      }
      let all = DiscrepancyClass.allCases
      s.classifications[row.atc] = s.classifications[row.atc].map { all[((all.firstIndex(of: $0) ?? 0) + 1) % all.count] } ?? all[0]
    case .medrecContinue:
      if let alert = row.discrepancies.first(where: \.interrupts), s.decisions[row.atc] != .keep {
        app.confirm = ConfirmState(
          question: .medrecAlert(drug: row.name, alert), onYes: .confirmMedicationAlert(patientID: s.patient.id, atc: row.atc),
          isAlert: true)
        return []
      }
      decide(.keep, &s)
    case .medrecChange:
      s.prompt = MedRecPrompt(kind: .change, atc: row.atc, dose: row.latest(s.sources)?.dose ?? "")
    case .medrecPause:
      decide(.pause(reason: ""), &s)
    case .medrecStop:
      s.prompt = MedRecPrompt(kind: .stop, atc: row.atc)
    case .medrecSign:
      if let first = s.firstUnresolved(after: -1) {
        s.selection = first
        app.message = .init(text: app.text(.medrecUnresolved(s.unresolvedCount)), isError: true)
        return []
      }
      let list = Reconciliation.signedList(s.rows, sources: s.sources, decisions: s.decisions, today: app.today)
      var reasons = s.overrideReasons
      for (atc, decision) in s.decisions {
        switch decision {
        case .change(_, let reason), .stop(let reason): reasons[atc] = reason
        case .pause(let reason) where !reason.isEmpty: reasons[atc] = reason
        default: break
        }
      }
      return [
        .signMedicationList(
          patientID: s.patient.id, list, classifications: s.classifications, reasons: reasons,
          sources: s.sources.map(\.id)),
      ]
    case let move where move.movesInList:
      s.selection = ListMovement.move(s.selection, count: s.rows.count, move, page: MedRecView.tableRows(app.size))
    default:
      break
    }
    return []
  }

  /// Records the decision on the selected row and moves on.
  static func decide(_ decision: RowDecision, _ s: inout MedRecState) {
    guard let row = s.selectedRow else { return }
    s.decisions[row.atc] = decision
    if s.isResolved(row), let next = s.firstUnresolved(after: s.selection) { s.selection = next }
  }

  private static func reducePrompt(_ s: inout MedRecState, _ event: Event, _ app: inout AppState) -> [Effect] {
    guard var prompt = s.prompt else { return [] }
    switch prompt.input.apply(event) {
    case .edited:
      s.prompt = prompt
    case .cancelled:
      s.prompt = nil
    case .ignored:
      break
    case .submitted(let texts):
      switch prompt.kind {
      case .change:
        guard Dose(texts[0]) != nil else {
          prompt.input.focus = 0
          s.prompt = prompt
          app.message = .init(text: app.text(.doseProblem(.badDose)), isError: true)
          return []
        }
        guard !texts[1].isEmpty else {
          prompt.input.focus = 1
          s.prompt = prompt
          app.message = .init(text: app.text(.medrecNeedsReason), isError: true)
          return []
        }
        s.prompt = nil
        decide(.change(dose: texts[0], reason: texts[1]), &s)
      case .override:
        guard !texts[0].isEmpty else {
          app.message = .init(text: app.text(.medrecNeedsReason), isError: true)
          return []
        }
        s.prompt = nil
        s.overrideReasons[prompt.atc] = texts[0]
        decide(.keep, &s)
      case .stop:
        guard !texts[0].isEmpty else {
          app.message = .init(text: app.text(.medrecNeedsReason), isError: true)
          return []
        }
        s.prompt = nil
        decide(.stop(reason: texts[0]), &s)
      case .importFile:
        guard !texts[0].isEmpty else { return [] }
        s.prompt = nil
        return [.importMedicationSource(patientID: s.patient.id, path: texts[0])]
      case .addLine:
        // The medicine is the catalogue's first match for what was typed, as in the dose form.
        guard let medication = MedicationCatalogue.shipped.search(texts[0], limit: 1).first else {
          prompt.input.focus = 0
          s.prompt = prompt
          app.message = .init(text: app.text(.medrecUnknownDrug(texts[0])), isError: true)
          return []
        }
        guard Dose(texts[1]) != nil else {
          prompt.input.focus = 1
          s.prompt = prompt
          app.message = .init(text: app.text(.doseProblem(.badDose)), isError: true)
          return []
        }
        guard let kind = Int(texts[3]).flatMap({ (1...MedRecPrompt.typedKinds.count).contains($0) ? MedRecPrompt.typedKinds[$0 - 1] : nil }) else {
          prompt.input.focus = 3
          s.prompt = prompt
          app.message = .init(text: app.text(.medrecChooseSourceKind), isError: true)
          return []
        }
        s.prompt = nil
        let line = MedicationLine(
          atc: medication.atc, drug: medication.name, dose: texts[1], frequency: texts[2],
          route: medication.route, prescriber: kind == .patientAccount ? "" : app.session.clinician.name)
        return [.addSourceLine(patientID: s.patient.id, kind, line)]
      }
    }
    return []
  }
}
