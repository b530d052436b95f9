import Clinical

/// Work a reducer asks for instead of doing I/O itself. The effect runner performs it against
/// the store and answers with an `Event`.
public enum Effect: Equatable, Sendable {
  /// Find at most `limit` patients; the generation lets the reducer drop answers to older
  /// keystrokes.
  case search(LookupQuery, generation: Int, limit: Int)
  case loadRecent(limit: Int)
  /// Log the opening, then load the summary: one transaction.
  case openChart(patientID: Int64)
  /// Put the demo store back to its seeded state (trainer mode, after a confirm).
  case resetDemoStore
  /// Store a set of vital signs and reload the chart summary (no new opening is logged).
  case saveVitals(patientID: Int64, VitalSigns)
  /// Register critical information and reload the chart summary.
  case registerCave(patientID: Int64, CaveEntry)
  /// The latest `limit` sets of a patient's vital signs.
  case loadVitalsHistory(patientID: Int64, limit: Int)
  /// The latest `limit` openings of a patient's chart.
  case loadAccessLog(patientID: Int64, limit: Int)
  /// Every bed with its occupant, the waiting list and today's movements.
  case loadCensus
  /// Admit a waiting patient (by id) or any patient (by identifier) to a free bed.
  case admitToBed(bedID: Int64, patientID: Int64?, identifier: String?, StayType)
  case transferStay(Int64, toBed: Int64)
  case dischargeStay(Int64, DischargeDestination)
  /// Withdraws one of two stays of a patient admitted twice at once.
  case withdrawStay(Int64)
  case loadCensusStatistics
  /// The open legevakt visits, in queue order, and the time now.
  case loadTriageQueue
  /// Register a walk-in (nil identifier: a new unidentified patient under an H-number).
  case registerWalkIn(identifier: String?, ComplaintGroup, VitalSigns)
  case setTriageLevel(Int64, TriageLevel, reason: String?)
  case moveTriageVisit(Int64, to: TriageVisit.Status)
  /// The patient's signed medication list and the sources waiting to be reconciled.
  case loadMedRec(patientID: Int64)
  /// Sign the reconciled list, with each line's classification and reason and the sources used.
  case signMedicationList(
    patientID: Int64, [MedicationLine], classifications: [String: DiscrepancyClass],
    reasons: [String: String], sources: [Int64])
  /// Read a discharge list from a FHIR R4 JSON file and record it as a source, whole or not at all.
  case importMedicationSource(patientID: Int64, path: String)
  /// Add a typed line to today's list of that kind (what the patient or a relative says, or a
  /// paper list typed in), then reload.
  case addSourceLine(patientID: Int64, MedicationSource.Kind, MedicationLine)
  /// A clinician went ahead past a severe alert (answered with the decision to keep the medicine).
  case confirmMedicationAlert(patientID: Int64, atc: String)
  /// The doses given to the patient in the last 24 hours, and the time now.
  case loadRecentDoses(patientID: Int64)
  /// Record a dose given and reload the chart summary.
  case giveDose(patientID: Int64, GivenDose)
  /// The author's draft for this patient, if one was left; answered only when there is one.
  case openDraft(patientID: Int64)
  /// Save the note being written as it is now.
  case saveDraft(patientID: Int64, NoteDraft)
  case discardDraft(patientID: Int64)
  /// Sign the draft (the store checks it again) and reload the chart summary.
  case signNote(patientID: Int64, NoteDraft)
  case loadNotes(patientID: Int64, type: NoteType?, containing: String, limit: Int)
  case loadAddenda(patientID: Int64, noteID: Int64)
  case markEnteredInError(patientID: Int64, noteID: Int64, reason: String)
  /// A page of the open service cases, and how many there are.
  case loadConflicts(limit: Int)
  case reconcileCave(patientID: Int64)
  /// The open chart read again after sync brought changes; not logged as an opening.
  case refreshChart(patientID: Int64)
  /// The name as the record holds it, with the other record's value of fields in conflict.
  case loadParticulars(patientID: Int64)
  case saveParticulars(patientID: Int64, Demographics)
  /// Asks the central server for break-glass access and fetches the record.
  case breakGlass(identifier: String, reason: String, hours: Int)
  case loadInbox(offset: Int, limit: Int)
  /// Register an application for the patient with this identifier, then reload the inbox.
  case registerApplication(identifier: String, ServiceApplication)
  /// Register every application of a citizen-portal JSON file, or none.
  case importApplications(path: String)
  case loadCase(Int64)
  case saveAssessment(caseID: Int64, IPLOSAssessment)
  case makeDecision(caseID: Int64, ServiceDecision)
  /// Write the letter for the decision in force, dated today, and mark it sent.
  case sendLetter(caseID: Int64)
  case caseStep(caseID: Int64, CaseLifecycle.Step, detail: String?)
  case preliminaryAnswer(caseID: Int64)
  /// The case officer has seen the case as the server has it after a conflict.
  case acceptCaseConflict(caseID: Int64)
  /// The running service was evaluated; the next evaluation, if one is set.
  case evaluateService(caseID: Int64, next: CivilDate?)
  /// Write the letter to a text file.
  case printLetter(body: String, path: String)
  /// Check the HPR number and password: against the central server, or the cached hash offline.
  case login(hpr: String, password: String)
  /// Check the password of the user who logged in, against the cached hash.
  case unlock(hpr: String, password: String)
  case quit
}
