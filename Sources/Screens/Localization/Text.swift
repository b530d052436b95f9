import Clinical

/// Every string shown to a user, by meaning. Each language's catalogue switches over all of them,
/// so a string missing in one language is a compile error, not a blank on screen.
public enum Text: Equatable, Sendable {
  case demoBanner
  case localOnly
  case syncState(SyncStatus)
  case userLine(name: String, role: String, organisation: String)
  /// A role as stored (the server's codes, or a record's Norwegian word) in the user's language.
  case roleName(String)
  case tooSmall(width: Int, height: Int)
  /// In place of the name of a patient met by number alone, until the server's comes.
  case nameNotKnown

  case lookupTitle
  case promptLabel
  case promptHelp
  case recentHeading
  /// The opening list's heading when some charts have news not yet seen (notes, new patients).
  case recentWithNews(patients: Int)
  case noRecent
  case emptyStore
  case emptyStoreHowTo
  case noMatches(String)
  /// A workstation with a central server holds only the patients its organisation cares for.
  case emptyWorkstation
  /// Under "no match" for a number, with a central server: the way to a patient not held here.
  case notHeldBreakGlass
  case moreMatches(Int)
  case matchCount(Int)
  case column(Column)
  case sexLabel(Sex)
  case age(Int)
  case kindName(IdentifierKind)
  case kindShort(IdentifierKind)
  case identifierValid(kind: IdentifierKind, born: CivilDate?)
  case identifierInvalid(kind: IdentifierKind?, problems: [IdentifierProblem])
  case identifierProblem(IdentifierProblem)
  case partialNumber(digits: Int)
  case birthDateQuery(dates: [CivilDate], words: [String])
  case initialAndDigits(initial: String, digits: String)
  case nameQuery([String])

  case caveMarker
  case caveNone
  case caveCategory(CaveEntry.Category)
  case caveSeverity(CaveEntry.Severity)
  case caveCertainty(CaveEntry.Certainty)
  case caveRegistered(on: CivilDate, by: String)
  case identityLine(born: CivilDate, age: Int, sex: Sex, municipality: String?)
  case gpHeading
  case gpNone
  /// On the list of a GP office the server names; the doctor is not known here.
  case gpOfficeLine(String)
  case gpLine(name: String, office: String, hpr: String)
  case contactsHeading
  case contactsNone
  case relation(PatientContact.Relation)
  case nextOfKin
  case accessHeading
  case accessNone
  case vitalsTitle(name: String, identifier: String)
  case vitalsHistoryTitle(name: String, identifier: String)
  case caveFormTitle(name: String, identifier: String)
  case caveLabel(CaveField)
  case caveHint(CaveField)
  case caveProblem(CaveProblem)
  case caveSaved
  case doctorsOnly
  case vitalsLabel(VitalsField)
  case vitalsUnit(VitalsField)
  case vitalsProblem(VitalsProblem)
  case vitalsSaved
  case news2Points(Int)
  case news2Total(total: Int, response: NEWS2.Response)
  case news2Advice(NEWS2.Response)
  case news2Incomplete(missing: Int)
  case vitalsHeading
  case vitalsNone
  case vitalsLatest(at: String, by: String)
  case news2Short(total: Int?, response: NEWS2.Response?)
  case trendLabel(NEWS2.Parameter)
  case accessLogTitle(name: String, identifier: String)
  case accessColumn(AccessColumn)
  case accessBasis(AccessBasis)

  case helpTitle
  case helpColumns
  case helpClose
  case actionSummary(Action)
  case actionShort(Action)
  case noteFromKeymap(String)
  case disabledNoSelection

  case keymapProblem(KeymapProblem)
  case keymapError(file: String, line: Int, reason: String)
  case usage
  case badArgument(String)
  case buildingDemo(Int)
  case noDefaultKeymap
  case terminalProblem(TerminalProblem)
  case trainerCounter(keys: Int, seconds: Int)
  case scenarioProblem(ScenarioProblem)
  case scenarioCounter(keys: Int, budget: Int, seconds: Int)
  case scenarioBrief(title: String, story: String, hint: String, budget: Int)
  case scenarioResult(title: String, keys: Int, budget: Int, seconds: Int, keyboard: Double, mouse: Double)
  case pickerTitle
  case noScenarios
  case recordingOn
  case recordingSaved(String)
  case scenarioError(file: String, line: Int, reason: String)
  case scenarioListLine(id: String, title: String, budget: Int)
  case replayGoal(met: Bool, keys: Int, budget: Int)
  case confirmReset
  case confirmKeys(yes: String, no: String)
  case closeKeys(String)
  case demoWasReset
  case trainerOnly
  case failure(Failure)
  case pasteShortened(Int)

  case problemsHeading
  case problemsNone
  case notesHeading
  case notesNone
  case notesNoMatch
  case noteTypeName(NoteType)
  case noteTypeShort(NoteType)
  case noteEditorTitle(name: String, identifier: String)
  case addendumTitle(name: String, identifier: String)
  case addendumTo(date: String, author: String, firstLine: String)
  case noteTypeLine(NoteType)
  case noteCodesLine(String)
  case noteCodesNone(needed: Bool)
  case noteProblem(NoteProblem)
  case draftSavedAt(String)
  case draftUnsaved
  case draftNotSaved(Failure)
  case draftResumed
  case draftKept
  case draftDiscarded
  case confirmDiscardDraft
  case noteSigned
  case codeSearchLabel
  case codeSearchHint(matches: Int)
  case codeSearchStart
  case codeSearchNone(String)
  case notesTitle(name: String, identifier: String)
  case notesFilterLabel
  case notesTypeFilter(NoteType?)
  case noteReaderTitle(name: String, identifier: String)
  case addendumMarker
  case addendumHeading(String)
  case enteredInErrorMarker
  case enteredInErrorBanner(by: String, at: String, reason: String)
  case enteredInErrorPrompt
  case enteredInErrorReason
  case enteredInErrorNeedsReason
  case alreadyEnteredInError
  case noAddendumToErroneous
  case noteMarked
  case dosesHeading
  case dosesNone
  case doseFormTitle(name: String, identifier: String)
  case doseLabel(DoseField)
  case doseDrugHint
  case doseLimits(single: Dose?, daily: Dose?)
  case routeName(Medication.Route)
  case routeChoices
  case doseTimeHint
  case doseGivenBy(String)
  case doseRecentHeading
  case doseRecentNone
  case doseProblem(DoseProblem)
  case doseWarnings(medication: String, dose: Dose, [DoseWarning])
  case doseRecorded(medication: String, dose: Dose, at: String)
  case doseFromList(String)
  case doseOnList(String)
  case doseWeighed(String)
  case severityName(Interaction.Severity)
  case decision(DecisionText)
  case loginTitle
  /// The footer's name for Enter at the login gate: log in, or open the locked screen again.
  case loginSubmitShort(unlock: Bool)
  case lockedTitle(String)
  case resumeHint
  case hprLabel
  case passwordLabel
  case loggedIn(name: String, online: Bool)
  case loginProblem(LoginProblem)
  case demoRefusesCentral
  case syncPushed(applied: Int, duplicate: Int, rejected: [String])
  case syncPulled(Int)
  case syncPurged(Int)
  case firstSynced(patients: Int, changes: Int)
  case fhirImported(file: String, FHIRImportReport)
  case centralInstalled(version: Int)
  case centralAdded(String)
  /// `central list`: an organisation with its kind, municipality and patients in care; its users;
  /// its wards; or that nothing is set up.
  case centralOrganisationLine(name: String, kind: String, municipality: String?, patients: Int)
  case centralUserLine(hpr: String, name: String, role: String)
  case centralWardLine(name: String, beds: Int, retired: Int)
  case centralNothingSetUp
  case organisationKind(String)
  case careListUnreadable(line: Int)
  case exportNeedsHPR
  case careListLoaded(listed: Int, made: Int, ended: Int)
  case careListEmptyWhole
  case wardBedsUnreadable
  case wardStayTypeUnknown(String)
  case wardSetUp(ward: String, added: Int, listed: Int)
  case wardBedsRetired(ward: String, retired: Int, listed: Int)
  case passwordPrompt
  case breakGlassNone
  case auditChain(checked: Int, firstBroken: Int?)
  case breakGlassEntry(at: String, user: String, hpr: String, patient: String, reason: String)
  case centralFailed(connection: Bool, message: String)
  case censusTitle
  case censusMovements(free: Int, admitted: Int, discharged: Int, expected: Int)
  case censusFree(String)
  case censusWaiting([String])
  case censusPromptTitle(CensusPrompt.Kind)
  case censusPromptLabel(CensusPrompt.Kind)
  case censusAdmitHint
  case censusChooseWaiting(Int)
  case censusBedFree
  /// A workstation whose organisation has no wards set up: where they come from.
  case censusNoWards
  /// A stay merged into a bed that has an occupant: a bed conflict.
  case censusBedConflict(String)
  /// A patient admitted at two workstations at once: the bed of the first admission.
  case censusAdmittedTwice(String)
  /// Under the question withdrawing a second admission: the bed the patient stays in.
  case censusWithdrawHint(String)
  /// A patient admitted here from the waiting list while another home took the place: that home.
  case censusPlaceTaken(String)
  /// Under the question withdrawing such an admission: the home that has the place.
  case censusWithdrawPlaceHint(String)
  /// A patient admitted here from the waiting list while the municipality ended the place.
  case censusPlaceEnded
  /// Under the question withdrawing such an admission: the municipality that ended it.
  case censusWithdrawEndedPlaceHint(String)
  case censusChooseDestination
  case censusNoSuchBed(String)
  case stayTypeShort(StayType)
  case stayTypeName(StayType)
  case destination(DischargeDestination)
  case fallRiskMarker
  case statsTitle(type: String, municipality: String)
  case statsHowCounted(open: Int)
  case statsNone
  case statsColumns(municipality: String)
  case statsLegend
  case triageTitle
  case triageLevelName(TriageLevel)
  case triageColumn(TriageColumn)
  case triageEmpty
  case triageOverdue(Int)
  case triageMinutes(Int)
  case triageStatus(TriageVisit.Status)
  case triageRetriageDue
  /// Under a visit in a triage conflict: the other level, who set it when, and how to settle it.
  case triageLevelDispute(TriageLevel, origin: String)
  case triagePromptTitle(TriagePrompt.Kind)
  case triagePromptLabel(TriagePrompt.Kind, Int)
  case triagePromptHint(TriagePrompt.Kind)
  case triageChooseLevel
  case triageChooseOutcome
  case triageLowerNeedsReason(TriageLevel)
  case triageFormTitle
  case triageLabel(TriageField)
  case triageProblem(TriageProblem)
  case triageUnidentifiedHint
  case triageLevelLine(TriageLevel, vitals: TriageLevel, complaint: TriageLevel)
  case complaintName(ComplaintGroup)
  /// The name in the queue's fifteen columns: the same word where it fits.
  case complaintShort(ComplaintGroup)
  case walkInRegistered
  case notesVerified(checked: Int, changed: [Int64])
  case medicationsHeading
  case medicationsNone
  case medicationsWaiting(Int)
  case medicationsConflict(Int)
  case caveFromElsewhere
  case caveNotReconciled(Int)
  case nameConflict
  case nameTitle(String)
  case nameExplained
  case nameLabel(DemographicField)
  /// What the typed value means: the sex's letters, the municipality's name.
  case nameHint(DemographicField, typed: String)
  case nameOtherValue(DemographicField, DemographicField.Other)
  case renamed
  case caveReconciled
  case conflictsTitle(Int)
  case conflictsNone
  case breakGlassTitle
  case breakGlassExplained
  case breakGlassLabel(Int)
  case breakGlassAsking
  case breakGlassGranted(until: String)
  case accessRunsOut(AccessBasis, at: String)
  case breakGlassProblem(BreakGlassProblem)
  case conflictColumn(ConflictColumn)
  case conflictKind(SyncConflict.Kind)
  case medicationStatus(MedicationStatus)
  case medrecTitle(name: String, identifier: String)
  case medrecOpen(Int)
  case medrecNoSources
  case medrecDrugColumn
  case medrecCurrentColumn
  case medrecFindingColumn
  case sourceKind(MedicationSource.Kind)
  case sourceName(MedicationSource.Kind)
  case medicationPausedShort
  case medicationStoppedShort
  case rowDecision(RowDecision)
  case discrepancyClassShort(DiscrepancyClass)
  case discrepancy(Discrepancy)
  case discrepancyDetail(Discrepancy)
  case medrecAgrees
  case medrecAgreesDetail
  /// What the answer given for the row will do when the list is signed, with its reason.
  case medrecDecisionDetail(RowDecision)
  case medrecClassifyHint
  case medrecNothingToClassify
  case medrecPromptTitle(MedRecPrompt.Kind)
  case medrecPromptLabel(MedRecPrompt.Kind, Int)
  case medrecNeedsReason
  case medrecUnknownDrug(String)
  case medrecChooseSourceKind
  case medrecUnresolved(Int)
  case medrecAlert(drug: String, Discrepancy)
  case medicationListSigned
  case medicationImported(lines: Int)
  case medicationImportRefused(MedicationImportProblem)

  /// Why the terminal could not be used.
  public enum TerminalProblem: Equatable, Sendable {
    case noUTF8, unknownTerminal, notATerminal
  }

  /// Column headings of the triage queue.
  public enum TriageColumn: Equatable, Sendable {
    case level, patient, complaint, arrived, left, status, retriage
  }

  /// Column headings of the access log.
  public enum AccessColumn: Equatable, Sendable {
    case time, user, role, organisation, basis
  }

  /// Column headings of the patient list.
  public enum Column: Equatable, Sendable {
    case name, born, age, sex, identifier, kind, municipality, gp
  }
}

/// The columns of the conflicts list.
public enum ConflictColumn: Sendable {
  case detected, identifier, patient, what, otherVersion
}
