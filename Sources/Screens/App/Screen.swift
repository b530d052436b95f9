/// The screens on the navigation stack; the bottom one is always patient lookup.
public enum Screen: Equatable, Sendable {
  case lookup(LookupState)
  case chart(ChartState)
  case accessLog(AccessLogState)
  case vitals(VitalsFormState)
  case vitalsHistory(VitalsHistoryState)
  case cave(CaveFormState)
  case nameForm(NameFormState)
  case dose(DoseFormState)
  case triage(TriageQueueState)
  case census(CensusState)
  case censusStats(CensusStatsState)
  case triageForm(TriageFormState)
  case medRec(MedRecState)
  case noteEditor(NoteEditorState)
  case notes(NoteListState)
  case note(NoteReaderState)
  case decisions(DecisionInboxState)
  case serviceCase(CaseState)
  case assessment(AssessmentFormState)
  case decisionForm(DecisionFormState)
  case letter(LetterState)
  case conflicts(ConflictListState)
  case breakGlass(BreakGlassState)

  /// The keymap sections of this screen, most specific first (global comes last, always).
  var contexts: [KeymapContext] {
    switch self {
    case .lookup: return [.field, .patientLookup, .list, .global]
    case .chart: return [.chart, .list, .global]
    case .accessLog, .vitalsHistory: return [.list, .global]
    case .conflicts: return [.conflicts, .list, .global]
    case .breakGlass: return [.form, .field, .global]
    case .vitals, .cave, .nameForm: return [.form, .field, .global]
    case .dose(let form): return form.fields.focus == .drug ? [.doseDrug, .form, .field, .global] : [.form, .field, .global]
    case .noteEditor(let editor):
      return editor.codeSearch == nil ? [.noteEditor, .field, .global] : [.codeSearch, .field, .list, .global]
    case .notes: return [.noteList, .field, .list, .global]
    case .triage(let queue): return queue.prompt == nil ? [.triage, .list, .global] : [.prompt, .form, .field, .global]
    case .triageForm: return [.form, .field, .global]
    case .census(let census): return census.prompt == nil ? [.census, .list, .global] : [.prompt, .field, .global]
    case .censusStats: return [.censusStats, .list, .global]
    case .medRec(let medrec):
      return medrec.prompt == nil ? [.medrec, .list, .global] : [.prompt, .form, .field, .global]
    case .decisions(let inbox): return inbox.prompt == nil ? [.decisions, .list, .global] : [.prompt, .form, .field, .global]
    case .serviceCase(let c): return c.prompt == nil ? [.serviceCase, .list, .global] : [.prompt, .form, .field, .global]
    // The field section makes digits arrive as typed text; they score, they edit nothing.
    case .assessment: return [.form, .field, .global]
    case .decisionForm: return [.form, .field, .global]
    case .letter(let l): return l.printPath == nil ? [.letter, .list, .global] : [.prompt, .field, .global]
    case .note(let reader):
      return reader.errorReason == nil ? [.noteReader, .list, .global] : [.prompt, .field, .global]
    }
  }
}
