import Clinical

/// Finding the drug, picking it (which fills in dose and route), and recording. A dose that hits
/// CAVE or a dose limit is asked about first; anything else is recorded at once.
enum DoseFormReducer {
  static func reduce(_ s: inout DoseFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .recentDosesLoaded(let patientID, let doses, let now) where patientID == s.patient.id:
      s.recent = doses
      s.now = now
      s.fields.inputs[.time] = TextField(capacity: 5)
      s.fields.inputs[.time]?.insert(ClockText.time(now))
      return []
    case .action(.dosePick):
      guard s.matches.indices.contains(s.selection) else { return [] }
      pick(s.matches[s.selection], &s)
      return []
    case .action(let action) where action.movesInList && s.fields.focus == .drug:
      s.selection = ListMovement.move(s.selection, count: s.matches.count, action, page: DoseFormState.visibleMatches)
      return []
    case .action(.formSubmit):
      switch s.given(by: app.session.clinician) {
      case .failure(let problem):
        s.fields.focus = focus(for: problem)
        app.message = .init(text: app.text(.doseProblem(problem)), isError: true)
        return []
      case .success(let (medication, dose)):
        let effect = Effect.giveDose(patientID: s.patient.id, dose)
        let warnings = DoseCheck.warnings(
          medication, dose.dose, cave: s.cave, givenLast24Hours: s.recent, inUse: s.patientList)
        if warnings.isEmpty { return [effect] }
        app.confirm = ConfirmState(question: .doseWarnings(medication: medication.name, dose: dose.dose, warnings), onYes: effect, isAlert: true)
        return []
      }
    default:
      break
    }
    let typedInDrug = s.fields.focus == .drug
    guard s.fields.handle(event) else { return [] }
    if typedInDrug, case .action(let action) = event, !action.editsField { return [] }
    if typedInDrug {
      // Typing again means choosing again.
      s.medication = nil
      s.listLine = nil
      s.matches = s.options(for: s.fields.text(.drug))
      s.selection = 0
    }
    return []
  }

  /// Takes the drug, fills in its dose (the patient's list's, else the usual one) and route, and
  /// moves on to the dose.
  private static func pick(_ option: DoseOption, _ s: inout DoseFormState) {
    let medication = option.medication
    s.medication = medication
    s.listLine = option.listLine
    s.matches = []
    var name = TextField(capacity: 40)
    name.insert(medication.name)
    s.fields.inputs[.drug] = name
    var dose = TextField(capacity: 20)
    if let listed = option.listLine, Dose(listed.dose) != nil {
      dose.insert(listed.dose)
    } else if let usual = medication.usualDose {
      dose.insert(usual.description)
    }
    s.fields.inputs[.dose] = dose
    var route = TextField(capacity: 5)
    route.insert(String((DoseFormState.routes.firstIndex(of: option.listLine?.route ?? medication.route) ?? 0) + 1))
    s.fields.inputs[.route] = route
    s.fields.focus = .dose
  }

  private static func focus(for problem: DoseProblem) -> DoseField {
    switch problem {
    case .pickDrug: return .drug
    case .badDose: return .dose
    case .chooseRoute: return .route
    case .badTime: return .time
    }
  }
}
