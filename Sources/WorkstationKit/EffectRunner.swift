import Clinical
import Foundation
import Screens
import Store

/// Performs the reducers' effects against the store and answers with events. Local SQLite calls
/// are synchronous: they fit well inside a frame.
public final class EffectRunner {
  /// Who is working: set again when someone logs in.
  var clinician: Clinician
  /// The central server logins are checked against; nil for a store that works locally only.
  public var centralURL: String?
  /// Told who logged in and with which password, so sync can run as them.
  var onLogin: ((_ hpr: String, _ password: String) -> Void)?
  /// Who logged in, kept in memory only: break-glass asks the server as them.
  private var credentials: (hpr: String, password: String)?
  let clock: @Sendable () -> Date
  /// The legevakt's triage targets; the queue is ordered by them.
  public var triageSettings = TriageSettings.standard
  /// The open store and what reads and writes it; nil only if a reset failed to reopen it.
  private var services: StoreServices?

  /// Takes ownership of `store`: the runner must be its only holder, so that a trainer's reset
  /// can close it before the file is replaced.
  public init(store: PatientStore, clinician: Clinician, clock: @escaping @Sendable () -> Date) {
    self.clinician = clinician
    self.clock = clock
    services = StoreServices(store)
  }

  public func isStoreEmpty() -> Bool { (try? services?.store.isEmpty()) ?? true }

  /// The store's file, for a second connection of its own (the sync thread).
  var storePath: String? { services?.store.path }

  public func run(_ effect: Effect) -> [Event] {
    do throws(StoreError) {
      if case .resetDemoStore = effect { return try resetDemoStore() }
      guard let services else { throw .cannotOpen(path: "") }
      switch effect {
      case .search(let query, let generation, let limit):
        let ids = try services.search.ids(for: query, limit: limit)
        return [.searchFinished(generation: generation, try services.reader.listings(ids))]
      case .loadRecent(let limit):
        return [.recentLoaded(try services.reader.recent(for: clinician.userID, limit: limit))]
      case .openChart(let patientID):
        let now = clock()
        let held = try CareBasis(store: services.store).held(patientID)
        if let closed = held.closed(at: now) { return [.failed(Self.failure(closed))] }
        let summary = try services.audit.openChart(patientID, by: clinician, basis: held.basis, at: now)
        guard let until = held.until else { return [.chartOpened(summary)] }
        return [.chartOpened(summary), .accessRunsOut(held.basis, at: until)]
      case .saveVitals(let patientID, let signs):
        try services.vitals.save(signs, for: patientID, by: clinician, at: clock())
        return [.vitalsSaved(try services.reader.summary(patientID))]
      case .registerCave(let patientID, let entry):
        try services.cave.register(entry, for: patientID, at: clock())
        return [.caveRegistered(try services.reader.summary(patientID))]
      case .loadVitalsHistory(let patientID, let limit):
        return [.vitalsHistoryLoaded(patientID: patientID, try services.vitals.latest(patientID, limit: limit))]
      case .breakGlass(let identifier, let reason, let hours):
        return [breakGlass(identifier: identifier, reason: reason, hours: hours, services)]
      case .loadParticulars(let patientID):
        let (particulars, others) = try DemographicsLog(store: services.store).particulars(patientID)
        return [.particularsLoaded(try services.reader.summary(patientID).listing, particulars, others: others)]
      case .saveParticulars(let patientID, let particulars):
        try DemographicsLog(store: services.store).save(patientID, particulars, by: clinician, at: clock())
        return [.particularsSaved(try services.reader.summary(patientID))]
      case .refreshChart(let patientID):
        // Access that ended while the chart stood open closes it (and sync then removes the
        // record, see `RecordPurge`).
        if let closed = try CareBasis(store: services.store).closed(patientID, at: clock()) {
          return [.chartClosed(patientID: patientID, Self.failure(closed))]
        }
        do {
          let summary = try services.reader.summary(patientID)
          // Drawn again with what arrived: a note that came is seen, not news for the lookup. A
          // store that cannot take the mark (a full disk) still shows the chart; the note stays
          // marked as news, which errs on the side of reading it.
          try? ChartNews(store: services.store).seen(patientID, by: clinician.userID)
          return [.chartRefreshed(summary)]
        } catch .patientNotFound {
          return [.chartClosed(patientID: patientID, .careRelationEnded)]
        }
      case .reconcileCave(let patientID):
        try services.cave.reconcile(patientID, by: clinician, at: clock())
        return [.caveReconciled(try services.reader.summary(patientID))]
      case .loadConflicts(let limit):
        return [.conflictsLoaded(try SyncConflicts(store: services.store).open(limit: limit))]
      case .loadAccessLog(let patientID, let limit):
        return [.accessLogLoaded(patientID: patientID, try services.reader.access(patientID, limit: limit))]
      case .loadCensus:
        return [try census(services)]
      case .admitToBed(let bedID, let patientID, let identifier, let type):
        let now = clock()
        let patient: Int64
        if let patientID {
          patient = patientID
        } else {
          // Only an existing patient is admitted here; an unknown one is registered first.
          guard let identifier else { throw .patientNotFound }
          patient = try services.triage.patient(identifier: identifier, at: now)
        }
        try services.census.admit(patient, to: bedID, type: type, on: Today.civilDate(now), by: clinician, at: now)
        return [try census(services)]
      case .transferStay(let stayID, let bedID):
        try services.census.transfer(stayID, to: bedID, by: clinician, at: clock())
        return [try census(services)]
      case .dischargeStay(let stayID, let destination):
        let now = clock()
        try services.census.discharge(stayID, to: destination, on: Today.civilDate(now), by: clinician, at: now)
        return [try census(services)]
      case .withdrawStay(let stayID):
        try services.census.withdraw(stayID, by: clinician, at: clock())
        return [try census(services)]
      case .loadCensusStatistics:
        let first = LengthOfStay.Quarter(Today.civilDate(clock()))
        var from = first
        for _ in 0..<12 { from = from.previous }
        return [
          .censusStatisticsLoaded(
            try services.census.statistics(from: from), openStays: try services.census.openStays(),
            home: try services.census.homeMunicipality())
        ]
      case .loadTriageQueue:
        let now = clock()
        return [.triageQueueLoaded(try services.triage.queue(at: now, triageSettings, of: clinician.organisation), now: now)]
      case .registerWalkIn(let identifier, let complaint, let vitals):
        let now = clock()
        let patientID = try services.triage.patient(identifier: identifier, at: now)
        try services.triage.register(patientID: patientID, complaint: complaint, vitals: vitals, by: clinician, at: now)
        return [.walkInRegistered(try services.triage.queue(at: now, triageSettings, of: clinician.organisation), now: now)]
      case .setTriageLevel(let visitID, let level, let reason):
        let now = clock()
        try services.triage.setLevel(visitID, to: level, reason: reason, by: clinician, at: now)
        return [.triageQueueLoaded(try services.triage.queue(at: now, triageSettings, of: clinician.organisation), now: now)]
      case .moveTriageVisit(let visitID, let status):
        let now = clock()
        try services.triage.move(visitID, to: status, by: clinician, at: now)
        return [.triageQueueLoaded(try services.triage.queue(at: now, triageSettings, of: clinician.organisation), now: now)]
      case .loadMedRec(let patientID):
        return [
          .medRecLoaded(
            patientID: patientID, current: try services.medication.currentList(patientID),
            sources: try services.medication.sources(patientID)),
        ]
      case .signMedicationList(let patientID, let lines, let classifications, let reasons, let sources):
        try services.medication.sign(
          lines, classifications: classifications, reasons: reasons, sources: sources, for: patientID,
          by: clinician, at: clock())
        return [.medicationListSigned(try services.reader.summary(patientID))]
      case .importMedicationSource(let patientID, let path):
        return try importMedicationSource(patientID, path: path, services)
      case .addSourceLine(let patientID, let kind, let line):
        let now = clock()
        try services.medication.addLine(
          line, to: kind, dated: Today.civilDate(now), origin: "\(clinician.name) (\(kind.rawValue))",
          for: patientID, at: now)
        return [
          .medRecLoaded(
            patientID: patientID, current: try services.medication.currentList(patientID),
            sources: try services.medication.sources(patientID)),
        ]
      case .confirmMedicationAlert(let patientID, let atc):
        return [.medicationAlertConfirmed(patientID: patientID, atc: atc)]
      case .loadRecentDoses(let patientID):
        let now = clock()
        let doses = try services.doses.given(patientID, since: now.addingTimeInterval(-86_400), limit: 100)
        return [.recentDosesLoaded(patientID: patientID, doses, now: now)]
      case .giveDose(let patientID, let dose):
        try services.doses.record(dose, for: patientID, at: clock())
        return [.doseGiven(try services.reader.summary(patientID), dose)]
      case .openDraft(let patientID):
        return try services.notes.draft(for: patientID, by: clinician).map {
          [.draftFound(patientID: patientID, $0)]
        } ?? []
      case .saveDraft(let patientID, let draft):
        let at = clock()
        do {
          try services.notes.saveDraft(draft, for: patientID, by: clinician, at: at)
        } catch {
          return [.draftNotSaved(patientID: patientID, Self.failure(error))]
        }
        return [.draftSaved(patientID: patientID, at: at)]
      case .discardDraft(let patientID):
        try services.notes.discardDraft(for: patientID, by: clinician)
        return [.draftDiscarded(patientID: patientID)]
      case .signNote(let patientID, let draft):
        try services.notes.sign(draft, for: patientID, by: clinician, at: clock())
        return [.noteSigned(try services.reader.summary(patientID))]
      case .loadNotes(let patientID, let type, let text, let limit):
        return [.notesLoaded(patientID: patientID, try services.notes.notes(patientID, type: type, containing: text, limit: limit))]
      case .loadAddenda(let patientID, let noteID):
        return [.addendaLoaded(noteID: noteID, try services.notes.addenda(of: noteID, patientID: patientID))]
      case .markEnteredInError(let patientID, let noteID, let reason):
        let mark = try services.notes.markEnteredInError(noteID, of: patientID, reason: reason, by: clinician, at: clock())
        return [.noteMarkedInError(noteID: noteID, mark, try services.reader.summary(patientID))]
      case .loadInbox, .registerApplication, .importApplications, .loadCase, .saveAssessment, .makeDecision,
        .sendLetter, .caseStep, .preliminaryAnswer, .acceptCaseConflict, .evaluateService, .printLetter:
        return try decisionEffect(effect, services.decisions)
      case .login(let hpr, let password):
        return [try login(hpr: hpr, password: password, services.store)]
      case .unlock(let hpr, let password):
        return [try LoginCache(store: services.store).verify(hpr: hpr, password: password) == nil ? .loginRefused(.wrongPassword) : .unlocked]
      case .resetDemoStore, .quit:
        return []
      }
    } catch {
      return [.failed(Self.failure(error))]
    }
  }

  /// Whether a scenario's goal holds in the store now.
  public func goalMet(_ goal: ScenarioGoal, since: Date) -> Bool {
    guard let services else { return false }
    switch goal {
    case .chartOpened(let identifier):
      return (try? services.audit.chartOpened(identifier: identifier, by: clinician.userID, since: since)) ?? false
    case .bedHandedOver(let identifier):
      return (try? services.census.handedOver(identifier: identifier, since: since)) ?? false
    case .walkInTriaged(let identifier, let level):
      return (try? services.triage.triaged(identifier: identifier, atMost: level, since: since)) ?? false
    case .medicationListSigned(let identifier):
      return (try? services.medication.signed(identifier: identifier, by: clinician, since: since)) ?? false
    case .doseGiven(let identifier, let atc):
      return (try? services.doses.recorded(identifier: identifier, atc: atc, since: since)) ?? false
    case .decisionLetterSent(let identifier, let service, let hours):
      return (try? services.decisions.letterSent(identifier: identifier, service: service, hours: hours, since: since)) ?? false
    case .noteSigned(let identifier, let code):
      return (try? services.notes.noteSigned(identifier: identifier, code: code, by: clinician, since: since)) ?? false
    }
  }

  /// Checks a login with the central server and caches it for offline use; when the server
  /// cannot be reached, checks it against the cache. A wrong password at the server is never
  /// tried against the cache.
  private func login(hpr: String, password: String, _ store: PatientStore) throws(StoreError) -> Event {
    let cache = LoginCache(store: store)
    if let url = centralURL {
      var accepted: Clinician?
      do throws(CentralError) {
        accepted = try CentralLogin.login(url: url, hpr: hpr, password: password)
      } catch {
        switch error.kind {
        case .statement(let state) where state == "28P01": return .loginRefused(.wrongPassword)
        case .statement: return .loginRefused(.server(error.message))
        case .connection: break
        }
      }
      if let user = accepted {
        try cache.remember(hpr: hpr, password: password, as: user, at: clock())
        clinician = user
        credentials = (hpr, password)
        onLogin?(hpr, password)
        return .loggedIn(user, hpr: hpr, online: true)
      }
    }
    guard let user = try cache.verify(hpr: hpr, password: password) else {
      return .loginRefused(centralURL == nil ? .wrongPassword : .offlineNoCache)
    }
    clinician = user
    credentials = (hpr, password)
    onLogin?(hpr, password)
    return .loggedIn(user, hpr: hpr, online: false)
  }

  /// Break-glass: the server grants it (or not) and the record comes to this store; the chart
  /// opening is logged here with break-glass as its basis, and travels to the server.
  private func breakGlass(identifier: String, reason: String, hours: Int, _ services: StoreServices) -> Event {
    guard let url = centralURL, let credentials else { return .breakGlassRefused(.noCentral) }
    do {
      let connection = try CentralConnection(url: url, connectTimeout: 3)
      let token = try CentralLogin.token(connection, hpr: credentials.hpr, password: credentials.password)
      let granted = try PatientFetch.breakGlass(
        services.store, connection, token: token, identifier: identifier, reason: reason, hours: hours,
        today: Today.civilDate(clock()))
      let summary = try services.audit.openChart(granted.patientID, by: clinician, basis: .breakGlass, at: clock())
      return .breakGlassGranted(summary, until: granted.expires)
    } catch let error as CentralError {
      switch error.kind {
      case .connection: return .breakGlassRefused(.offline)
      case .statement(let state) where state == "P0002": return .breakGlassRefused(.notFound)
      case .statement: return .breakGlassRefused(.server(error.message))
      }
    } catch let error as StoreError {
      return .failed(Self.failure(error))
    } catch {
      return .breakGlassRefused(.server(String(describing: error)))
    }
  }

  /// Service cases: the inbox, registering and importing applications, and each step of a case.
  private func decisionEffect(_ effect: Effect, _ log: DecisionLog) throws(StoreError) -> [Event] {
    let now = clock()
    switch effect {
    case .loadInbox(let offset, let limit):
      try log.markEvaluationsDue(on: Today.civilDate(now))
      return [.inboxLoaded(total: try log.openCaseCount(), offset: offset, try log.inbox(offset: offset, limit: limit))]
    case .registerApplication(let identifier, let application):
      try log.register(application, for: try log.applicant(identifier: identifier, on: Today.civilDate(now)), by: clinician, at: now)
      return [.applicationsRegistered(count: 1)]
    case .importApplications(let path):
      let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
      let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
      if let size, size > CitizenPortalApplications.maximumBytes {
        return [.applicationImportRefused(.init(.tooLarge(bytes: size)))]
      }
      guard let data = try? Data(contentsOf: url) else { return [.applicationImportRefused(.init(.unreadable))] }
      switch CitizenPortalApplications.parse(data, today: Today.civilDate(now)) {
      case .failure(let problem): return [.applicationImportRefused(problem)]
      case .success(let entries):
        switch try log.register(entries, by: clinician, at: now) {
        case .failure(let problem): return [.applicationImportRefused(problem)]
        case .success(let count): return [.applicationsRegistered(count: count)]
        }
      }
    case .loadCase(let caseID):
      return [.caseLoaded(try log.caseFile(caseID))]
    case .saveAssessment(let caseID, let assessment):
      try log.assess(caseID, assessment, by: clinician, at: now)
      return [.caseUpdated(try log.caseFile(caseID), .assessed)]
    case .makeDecision(let caseID, let decision):
      try log.decide(caseID, decision, by: clinician, at: now)
      return [.caseUpdated(try log.caseFile(caseID), .decided)]
    case .sendLetter(let caseID):
      try log.sendLetter(caseID, dated: Today.civilDate(now), by: clinician, at: now)
      return [.caseUpdated(try log.caseFile(caseID), .letterSent)]
    case .caseStep(let caseID, let step, let detail):
      try log.step(caseID, step, detail: detail, by: clinician, at: now)
      return [.caseUpdated(try log.caseFile(caseID), .step(step))]
    case .evaluateService(let caseID, let next):
      try log.evaluate(caseID, next: next, note: nil, by: clinician, at: now)
      return [.caseUpdated(try log.caseFile(caseID), .step(.evaluate))]
    case .preliminaryAnswer(let caseID):
      try log.preliminaryAnswer(caseID, on: Today.civilDate(now), by: clinician, at: now)
      return [.caseUpdated(try log.caseFile(caseID), .preliminaryAnswer)]
    case .acceptCaseConflict(let caseID):
      try log.acceptConflict(caseID, by: clinician, at: now)
      return [.caseUpdated(try log.caseFile(caseID), .conflictAccepted)]
    case .printLetter(let body, let path):
      let expanded = (path as NSString).expandingTildeInPath
      do {
        try Data((body + "\n").utf8).write(to: URL(fileURLWithPath: expanded), options: .atomic)
      } catch {
        return [.failed(.cannotWrite(path: path))]
      }
      return [.letterPrinted(path: expanded)]
    default:
      return []
    }
  }

  /// The census as it now is.
  private func census(_ services: StoreServices) throws(StoreError) -> Event {
    let waiting = try services.census.waitingList().map {
      CensusState.WaitingPatient(id: $0.id, patient: $0.patient, stayType: $0.stayType, since: $0.since)
    }
    let m = try services.census.movements(on: Today.civilDate(clock()))
    return .censusLoaded(
      try services.census.beds(), waiting: waiting,
      CensusState.Movements(admitted: m.admitted, discharged: m.discharged, expected: m.expected))
  }

  /// Reads a FHIR medication list from a file and records it as a discharge source, or tells why
  /// nothing was recorded.
  private func importMedicationSource(
    _ patientID: Int64, path: String, _ services: StoreServices
  ) throws(StoreError) -> [Event] {
    let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
    if let size, size > FHIRMedicationList.maximumBytes {
      return [.medicationImportRefused(.init(.tooLarge(bytes: size)))]
    }
    guard let data = try? Data(contentsOf: url) else { return [.medicationImportRefused(.init(.unreadable))] }
    switch FHIRMedicationList.parse(data) {
    case .failure(let problem):
      return [.medicationImportRefused(problem)]
    case .success(let parsed):
      try services.medication.addSource(
        .discharge, dated: parsed.date ?? Today.civilDate(clock()), origin: "FHIR: \(url.lastPathComponent)",
        lines: parsed.lines, for: patientID, at: clock())
      return [.medicationSourceImported(patientID: patientID, lines: parsed.lines.count)]
    }
  }

  /// Closes the demo store, restores the seeded file and opens it again.
  private func resetDemoStore() throws(StoreError) -> [Event] {
    guard let current = services, current.store.kind == .demo else {
      throw .wrongKind(expected: .demo, found: .production)
    }
    let path = current.store.path
    services = nil
    services = StoreServices(try DemoStoreBuilder.restoreSeeded(at: path))
    return [.demoReset(at: clock())]
  }

  /// Why a chart does not open, or closes: its access has ended, or has not begun.
  static func failure(_ closed: CareBasis.Closed) -> Failure {
    switch closed {
    case .breakGlassRanOut: return .breakGlassExpired
    case .relationEnded: return .careRelationEnded
    case .waitingForPlace: return .waitingForPlace
    }
  }

  /// The store's error as the screens name it.
  public static func failure(_ error: StoreError) -> Failure {
    switch error {
    case .cannotOpen(let path): return .cannotOpen(path: path)
    case .corrupt(let path): return .storeCorrupt(path: path)
    case .locked: return .storeLocked
    case .readOnly: return .storeReadOnly
    case .diskFull: return .diskFull
    case .unsafeSettings(let s): return .unsafeSettings(s)
    case .newerSchema: return .newerSchema
    case .wrongKind(let expected, _): return .wrongStoreKind(demoExpected: expected == .demo)
    case .syntheticNumberInProductionStore: return .syntheticNumberInProductionStore
    case .realNumberInDemoStore: return .realNumberInDemoStore
    case .patientNotFound: return .patientNotFound
    case .refusedVitals: return .refusedVitals
    case .refusedNote: return .refusedNote
    case .refusedDose: return .refusedDose
    case .refusedMedication: return .refusedMedication
    case .refusedTriage: return .refusedTriage
    case .bedOccupied: return .bedOccupied
    case .alreadyAdmitted: return .alreadyAdmitted
    case .notAdmitted: return .notAdmitted
    case .dischargeBeforeAdmission: return .dischargeBeforeAdmission
    case .notAdmittedTwice: return .notAdmittedTwice
    case .noteNotFound: return .noteNotFound
    case .caseNotFound: return .caseNotFound
    case .refusedImport: return .refusedImport
    case .refusedName: return .refusedName
    case .refusedMunicipality: return .refusedMunicipality
    case .refusedStep(let refusal): return .refusedStep(refusal)
    case .refusedDecision(let problem): return .refusedDecision(problem)
    case .sqlite(let code, let message): return .other(code: code, message: message)
    }
  }
}

/// One open store with its search, reader and access log, replaced as a whole on reset.
private struct StoreServices {
  let store: PatientStore
  let search: PatientSearch
  let reader: PatientReader
  let audit: AuditLog
  let vitals: VitalsLog
  let cave: CaveLog
  let notes: NoteLog
  let doses: DoseLog
  let medication: MedicationLog
  let triage: TriageLog
  let census: CensusLog
  let decisions: DecisionLog

  init(_ store: PatientStore) {
    self.store = store
    decisions = DecisionLog(store: store)
    census = CensusLog(store: store)
    triage = TriageLog(store: store)
    medication = MedicationLog(store: store)
    doses = DoseLog(store: store)
    notes = NoteLog(store: store)
    cave = CaveLog(store: store)
    vitals = VitalsLog(store: store)
    search = PatientSearch(store: store)
    reader = PatientReader(store: store)
    audit = AuditLog(store: store)
  }
}
