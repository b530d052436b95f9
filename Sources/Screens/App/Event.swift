import Clinical
import Foundation

/// Everything that reaches the reducer: a resolved action, typed text, a new terminal size, or
/// the answer to an effect.
public enum Event: Equatable, Sendable {
  case action(Action)
  case text(String)
  case resized(Size)
  /// The keys typed so far start a longer binding ("g" of "g g"); nil when that is over.
  case pendingKeys(String?)
  case searchFinished(generation: Int, [PatientListing])
  case recentLoaded([PatientListing])
  case chartOpened(PatientSummary)
  case accessLogLoaded(patientID: Int64, [ChartAccess])
  case vitalsHistoryLoaded(patientID: Int64, [RecordedVitals])
  /// Vital signs were stored; the chart's summary as it now is.
  case vitalsSaved(PatientSummary)
  /// Critical information was registered; the chart's summary as it now is.
  case caveRegistered(PatientSummary)
  case failed(Failure)
  case censusLoaded([Bed], waiting: [CensusState.WaitingPatient], CensusState.Movements)
  /// `home` is the municipality of the home's wards, shown first even before any stay ended.
  case censusStatisticsLoaded([LengthOfStay.Aggregate], openStays: Int, home: String?)
  case triageQueueLoaded([TriageVisit], now: Date)
  /// A walk-in was registered: the queue as it now is.
  case walkInRegistered([TriageVisit], now: Date)
  case medRecLoaded(patientID: Int64, current: [MedicationLine], sources: [MedicationSource])
  /// The reconciled list was signed; the chart's summary as it now is.
  case medicationListSigned(PatientSummary)
  case medicationAlertConfirmed(patientID: Int64, atc: String)
  /// A source list was imported: how many lines, from which file.
  case medicationSourceImported(patientID: Int64, lines: Int)
  /// An import was refused, whole: why, naming the entry and field.
  case medicationImportRefused(MedicationImportProblem)
  case recentDosesLoaded(patientID: Int64, [GivenDose], now: Date)
  /// A dose was recorded; the chart's summary as it now is.
  case doseGiven(PatientSummary, GivenDose)
  /// A draft left from before, to take up.
  case draftFound(patientID: Int64, NoteDraft)
  case draftSaved(patientID: Int64, at: Date)
  /// The draft could not be saved: it is on screen only until a save succeeds.
  case draftNotSaved(patientID: Int64, Failure)
  case draftDiscarded(patientID: Int64)
  /// A note was signed; the chart's summary as it now is.
  case noteSigned(PatientSummary)
  case notesLoaded(patientID: Int64, [ClinicalNote])
  case addendaLoaded(noteID: Int64, [ClinicalNote])
  /// A note was marked entered in error; the chart's summary as it now is.
  case noteMarkedInError(noteID: Int64, ClinicalNote.EnteredInError, PatientSummary)
  case inboxLoaded(total: Int, offset: Int, [ServiceCase])
  /// Applications were registered (from the prompt or a file); the inbox reloads.
  case applicationsRegistered(count: Int)
  case applicationImportRefused(ApplicationImportProblem)
  case caseLoaded(CaseFile)
  /// A step was stored; the case as it now is, and which step.
  case caseUpdated(CaseFile, CaseChange)
  case letterPrinted(path: String)
  /// The user logged in (online against the central server, or offline against the cache).
  case loggedIn(Clinician, hpr: String, online: Bool)
  case unlocked
  case loginRefused(LoginProblem)
  /// A physical key was pressed (trainer mode counts them).
  case keystroke(at: Date)
  /// Time passed: the trainer's clock in the status line moves on.
  case tick(Date)
  /// The demo store is back in its seeded state.
  case demoReset(at: Date)
  /// The running scenario's goal holds in the store.
  case scenarioGoalMet(at: Date)
  /// Break-glass access was granted until then: the chart as it now is in this store.
  case breakGlassGranted(PatientSummary, until: Date)
  /// The chart just opened is held until then: by break-glass, or by a care relation that ended.
  case accessRunsOut(AccessBasis, at: Date)
  case breakGlassRefused(BreakGlassProblem)
  /// CAVE from other records was reconciled; the chart's summary as it now is.
  case caveReconciled(PatientSummary)
  case chartRefreshed(PatientSummary)
  /// Access to the open chart ended: it closes, with what was in front of it.
  case chartClosed(patientID: Int64, Failure)
  case particularsLoaded(PatientListing, Demographics, others: [DemographicField: DemographicField.Other])
  case particularsSaved(PatientSummary)
  /// The open conflicts, oldest first.
  case conflictsLoaded([SyncConflict])
  /// The background sync has news for the status line.
  case syncStatusChanged(SyncStatus)
  /// Patients arrived in a store that had none (the first sync).
  case storeFilled
  /// A recording of keys was written to this file.
  case recordingSaved(path: String)
}
