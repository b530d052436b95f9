import Clinical
import Foundation

/// Municipal service cases: applications, IPLOS assessments, decisions, letters and every step
/// of the lifecycle, each kept with who and when. The lifecycle rule in `CaseLifecycle` decides
/// what may happen next; the store refuses what it refuses.
public struct DecisionLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// The patient with this identifier.
  public func patientID(identifier: String) throws(StoreError) -> Int64 {
    let s = try db.statement("SELECT patient_id FROM identifier WHERE value = ?").bind(1, identifier)
    defer { s.reset() }
    guard try s.step() else { throw .patientNotFound }
    return s.int(0)
  }

  /// The patient an application is for: one this store has not met is kept by number, as a
  /// walk-in is, and the referral the application begins brings the record from the server.
  public func applicant(identifier: String, on today: CivilDate) throws(StoreError) -> Int64 {
    try PatientByNumber(db: db).heldOrKept(identifier, on: today)
  }

  /// Registers an application; it waits in the inbox for an assessment.
  @discardableResult
  public func register(
    _ application: ServiceApplication, for patientID: Int64, officer: String? = nil, by clinician: Clinician, at time: Date
  ) throws(StoreError) -> Int64 {
    try db.inTransaction { () throws(StoreError) -> Int64 in
      try take(.received(application, officer: officer, origin: nil), on: nil, patientID: patientID, by: clinician.name, at: time)
    }
  }

  // MARK: Reading

  /// Cases with work to do (not running or ended, or appealed), for the inbox.
  public func openCaseCount() throws(StoreError) -> Int {
    let s = try db.statement("SELECT count(*) FROM service_case WHERE in_inbox = 1")
    defer { s.reset() }
    _ = try s.step()
    return Int(s.int(0))
  }

  /// A page of the inbox: urgent cases first, then the oldest, each with its patient — one
  /// query through the inbox index.
  public func inbox(offset: Int, limit: Int) throws(StoreError) -> [ServiceCase] {
    try db.statement(
      """
      SELECT p.id, p.given, p.middle, p.family, p.birth_date, p.sex, i.value, i.kind, m.name, coalesce(gp.name, p.gp_office),
        c.id, c.service_code, c.applicant, c.reason, c.received, c.urgent, c.stage, c.appeal, c.granted,
        c.case_officer, c.preliminary_answer, c.evaluation_due
      FROM service_case c INDEXED BY service_case_inbox
      JOIN patient p ON p.id = c.patient_id
      LEFT JOIN identifier i ON i.patient_id = p.id
      LEFT JOIN municipality m ON m.code = p.municipality_code
      LEFT JOIN practitioner gp ON gp.id = p.gp_id
      WHERE c.in_inbox = 1
      ORDER BY c.urgent DESC, c.received, c.id LIMIT ? OFFSET ?
      """
    ).bind(1, limit).bind(2, offset).rows { s in Self.serviceCase(s, listing: PatientReader.listing(s), from: 10) }
  }

  /// The whole case for the case screen.
  public func caseFile(_ caseID: Int64) throws(StoreError) -> CaseFile {
    let s = try db.statement(
      """
      SELECT c.patient_id, c.id, c.service_code, c.applicant, c.reason, c.received, c.urgent, c.stage, c.appeal,
        c.granted, c.case_officer, c.preliminary_answer, c.evaluation_due, c.decision_id, c.letter_id
      FROM service_case c WHERE c.id = ?
      """
    ).bind(1, caseID)
    guard try s.step() else {
      s.reset()
      throw .caseNotFound
    }
    let patientID = s.int(0)
    let decisionID = s.optionalInt(13)
    let letterID = s.optionalInt(14)
    let listing = try PatientReader(db: db).listings([patientID]).first
    guard let listing else {
      s.reset()
      throw .patientNotFound
    }
    let serviceCase = Self.serviceCase(s, listing: listing, from: 1)
    s.reset()
    let (assessment, own) = try self.assessment(caseID: caseID, patientID: patientID)
    var decision: ServiceDecision?
    if let decisionID { decision = try self.decision(decisionID) }
    var letter: CaseFile.Letter?
    if let letterID { letter = try self.letter(letterID) }
    return CaseFile(
      serviceCase: serviceCase, assessment: assessment, assessedOnThisCase: own,
      decision: decision, letter: letter,
      history: try history(caseID), diagnoses: try NoteLog(db: db).problems(patientID),
      contacts: try PatientReader(db: db).contacts(patientID),
      currentServices: try activeServices(patientID), conflict: try SyncConflicts(db: db).openOrigin(caseID: caseID))
  }

  /// The services the patient has now: granted, letter sent or started, not ended.
  public func activeServices(_ patientID: Int64) throws(StoreError) -> [ActiveService] {
    try db.statement(
      """
      SELECT d.service_code, d.minutes_per_week, d.from_date, c.evaluation
      FROM service_case c JOIN service_decision d ON d.id = c.decision_id
      WHERE c.patient_id = ? AND c.granted = 1 AND c.stage IN ('letter-sent', 'service-started')
      ORDER BY d.from_date
      """
    ).bind(1, patientID).rows { s in
      ActiveService(
        service: MunicipalService(code: Int(s.int(0))) ?? .homeHealthCare,
        hours: s.optionalInt(1).map { WeeklyHours(minutes: Int($0)) },
        from: s.optionalInt(2).flatMap { CivilDate(ordinal: Int($0)) },
        evaluation: s.optionalInt(3).flatMap { CivilDate(ordinal: Int($0)) })
    }
  }

  // MARK: Steps

  /// Saves an assessment on the case.
  public func assess(_ caseID: Int64, _ assessment: IPLOSAssessment, by clinician: Clinician, at time: Date) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in _ = try take(.assess(assessment), on: caseID, by: clinician.name, at: time) }
  }

  /// Makes the decision; the case then waits for its letter.
  public func decide(_ caseID: Int64, _ decision: ServiceDecision, by clinician: Clinician, at time: Date) throws(StoreError) {
    if let problem = decision.problems.first { throw .refusedDecision(problem) }
    try db.inTransaction { () throws(StoreError) in _ = try take(.decide(decision), on: caseID, by: clinician.name, at: time) }
  }

  /// Writes the letter for the decision in force, dated `date`, and marks it sent. A granted
  /// institutional place puts the patient on the bed waiting list, ranked by the assessed need.
  @discardableResult
  public func sendLetter(_ caseID: Int64, dated date: CivilDate, by clinician: Clinician, at time: Date) throws(StoreError) -> CaseFile.Letter {
    try db.inTransaction { () throws(StoreError) -> CaseFile.Letter in
      let file = try caseFile(caseID)
      guard let decision = file.decision else { throw .refusedStep(.noDecision) }
      let c = file.serviceCase
      let parties = DecisionLetter.Parties(
        patientName: c.patient.name.full, identifier: c.patient.identifier,
        // The patient's home municipality decides; a record synced from the server does not say
        // which it is, and then the case officer's organisation is the municipality.
        municipality: c.patient.municipalityName.map { "\($0) kommune" } ?? clinician.organisation,
        caseNumber: "\(date.year)/\(caseID)",
        officer: clinician.name)
      let letter = CaseFile.Letter(
        body: DecisionLetter.text(decision, application: c.application, parties: parties, date: date), dated: date,
        appealDeadline: AppealDeadline.deadline(received: date, basis: decision.service.appealBasis))
      try take(.sendLetter(letter), on: caseID, by: clinician.name, at: time)
      return letter
    }
  }

  /// The granted place's service starts when the patient is admitted from the bed waiting list;
  /// inside the census's transaction.
  func startedOnAdmission(_ caseID: Int64, by clinician: Clinician, at time: Date) throws(StoreError) {
    try take(.step(.startService, detail: nil), on: caseID, by: clinician.name, at: time)
  }

  /// Any other step: start or end the service, an appeal, the reconsideration, Statsforvalteren's
  /// outcome. `detail` says what the step needs said (the appeal's date, the outcome's reason).
  public func step(_ caseID: Int64, _ step: CaseLifecycle.Step, detail: String?, by clinician: Clinician, at time: Date) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in _ = try take(.step(step, detail: detail), on: caseID, by: clinician.name, at: time) }
  }

  /// Running services whose evaluation date has come go back to the inbox. Run as the inbox
  /// opens; through a partial index, so it costs nothing when none are due.
  public func markEvaluationsDue(on today: CivilDate) throws(StoreError) {
    try db.statement(
      "UPDATE service_case SET evaluation_due = 1 WHERE stage = 'service-started' AND evaluation_due = 0 AND evaluation <= ?"
    ).bind(1, today.ordinal).run()
  }

  /// The service was evaluated with the patient; `next` is the next evaluation (nil: none set).
  public func evaluate(_ caseID: Int64, next: CivilDate?, note: String?, by clinician: Clinician, at time: Date) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in _ = try take(.evaluate(next: next, note: note), on: caseID, by: clinician.name, at: time) }
  }

  /// Records that the party was told the case takes longer (forvaltningsloven § 11 a).
  public func preliminaryAnswer(_ caseID: Int64, on date: CivilDate, by clinician: Clinician, at time: Date) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in _ = try take(.preliminaryAnswer(date), on: caseID, by: clinician.name, at: time) }
  }

  // MARK: Taking a step

  /// Takes a step made here, inside the caller's transaction: applied to the case, and kept for
  /// the server in a store that syncs. Returns the case (new for an application).
  @discardableResult
  func take(_ step: CaseStepPayload, on caseID: Int64?, patientID: Int64? = nil, by name: String, at time: Date) throws(StoreError) -> Int64 {
    let (caseID, eventID) = try apply(step, on: caseID, patientID: patientID, by: name, at: time)
    try CaseSync(db: db).taken(step, caseID: caseID, eventID: eventID, by: name, at: time)
    return caseID
  }

  /// Applies a step to the case, made here or pulled from the server: checked against the
  /// lifecycle, its rows written and its history entry added. Returns the case and the entry.
  func apply(_ step: CaseStepPayload, on caseID: Int64?, patientID: Int64?, by name: String, at time: Date) throws(StoreError) -> (Int64, Int64) {
    if case .received(let application, let officer, let origin) = step {
      guard let patientID else { throw .patientNotFound }
      try db.statement(
        """
        INSERT INTO service_case(patient_id, service_code, applicant, reason, received, urgent, stage, case_officer)
        VALUES (?, ?, ?, ?, ?, ?, 'received', ?)
        """
      ).bind(1, patientID).bind(2, application.service.code).bind(3, application.applicant)
        .bind(4, application.reason).bind(5, application.received.ordinal).bind(6, application.urgent ? 1 : 0)
        .bind(7, officer).run()
      let id = db.lastInsertRowID
      return (id, try event(id, "received", detail: origin, by: name, at: time))
    }
    guard let caseID else { throw .caseNotFound }
    let detail: String?
    switch step {
    case .received:
      throw .caseNotFound
    case .assess(let assessment):
      let (patientID, _) = try advance(caseID, .assess)
      try db.statement("INSERT INTO iplos_assessment(case_id, patient_id, at, by) VALUES (?, ?, ?, ?)")
        .bind(1, caseID).bind(2, patientID).bind(3, AuditLog.format(time)).bind(4, name).run()
      let assessmentID = db.lastInsertRowID
      let insert = try db.statement("INSERT INTO iplos_score(assessment_id, variable, score) VALUES (?, ?, ?)")
      for (variable, score) in assessment.scores.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        try insert.bind(1, assessmentID).bind(2, variable.rawValue).bind(3, score.rawValue).run()
      }
      detail = assessment.needTenths.map { CaseEventDetail.need(tenths: $0) }
    case .decide(let decision):
      _ = try advance(caseID, .decide(granted: decision.outcome.grants))
      try db.statement(
        """
        INSERT INTO service_decision(case_id, service_code, outcome, minutes_per_week, from_date, to_date,
          evaluation, fee, legal_basis, justification, decided_by, decided_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
      ).bind(1, caseID).bind(2, decision.service.code).bind(3, decision.outcome.rawValue)
        .bind(4, decision.outcome.grants ? decision.hours?.minutes : nil).bind(5, decision.from?.ordinal)
        .bind(6, decision.to?.ordinal).bind(7, decision.evaluation?.ordinal).bind(8, decision.fee)
        .bind(9, decision.legalBasis).bind(10, decision.justification).bind(11, name)
        .bind(12, AuditLog.format(time)).run()
      try db.statement(
        "UPDATE service_case SET decision_id = ?, case_officer = coalesce(case_officer, ?), evaluation = ? WHERE id = ?"
      ).bind(1, db.lastInsertRowID).bind(2, name).bind(3, decision.evaluation?.ordinal).bind(4, caseID).run()
      detail = CaseEventDetail.decided(decision.outcome, hours: decision.hours)
    case .sendLetter(let letter):
      guard let decision = try decisionInForce(caseID) else { throw .refusedStep(.noDecision) }
      let (patientID, _) = try advance(caseID, .sendLetter)
      try db.statement(
        """
        INSERT INTO decision_letter(case_id, decision_id, body, dated, appeal_deadline, produced_by, produced_at)
        VALUES (?, (SELECT decision_id FROM service_case WHERE id = ?), ?, ?, ?, ?, ?)
        """
      ).bind(1, caseID).bind(2, caseID).bind(3, letter.body).bind(4, letter.dated.ordinal).bind(5, letter.appealDeadline.ordinal)
        .bind(6, name).bind(7, AuditLog.format(time)).run()
      try db.statement("UPDATE service_case SET letter_id = ? WHERE id = ?").bind(1, db.lastInsertRowID).bind(2, caseID).run()
      if decision.outcome.grants, let stay = decision.service.stayType {
        let assessment = try assessment(caseID: caseID, patientID: patientID).assessment
        // Once per case: a case taken again after a conflict keeps an admission it led to, and
        // a home that took the server's offer of the place does not have it twice.
        try db.statement(
          """
          INSERT INTO bed_waiting(patient_id, stay_type, since, case_id, need_tenths)
          SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM bed_waiting WHERE case_id = ?4
            OR case_uid = (SELECT uid FROM service_case WHERE id = ?4))
          """
        ).bind(1, patientID).bind(2, stay.rawValue).bind(3, letter.dated.ordinal).bind(4, caseID)
          .bind(5, assessment?.needTenths).run()
      }
      detail = CaseEventDetail.deadline(letter.appealDeadline)
    case .step(let lifecycleStep, let said):
      let (_, next) = try advance(caseID, lifecycleStep)
      if lifecycleStep == .startService || lifecycleStep == .endService || next.stage == .assessed {
        // Admitted at a home that does not hold the case (the server started it), the place
        // ended before it began, or the decision changed on appeal and is to be made again (its
        // letter puts the patient on the list anew, for the place it grants): no longer waiting.
        try db.statement("DELETE FROM bed_waiting WHERE case_id = ? AND admitted_stay IS NULL").bind(1, caseID).run()
      }
      detail = said
    case .evaluate(let next, let note):
      _ = try advance(caseID, .evaluate)
      try db.statement("UPDATE service_case SET evaluation = ?, evaluation_due = 0 WHERE id = ?")
        .bind(1, next?.ordinal).bind(2, caseID).run()
      detail = note == nil && next == nil ? nil : CaseEventDetail.evaluated(note: note, next: next)
    case .preliminaryAnswer(let date):
      try db.statement("UPDATE service_case SET preliminary_answer = ? WHERE id = ?").bind(1, date.ordinal).bind(2, caseID).run()
      guard db.changes > 0 else { throw .caseNotFound }
      detail = nil
    }
    return (caseID, try event(caseID, step.name, detail: detail, by: name, at: time))
  }

  /// Whether a letter was sent since then granting the service at these hours a week to the
  /// patient with `identifier`, starting on a Monday after the letter, evaluated three months on
  /// (a training scenario's goal).
  public func letterSent(identifier: String, service: Int, hours: Int, since: Date) throws(StoreError) -> Bool {
    let rows = try db.statement(
      """
      SELECT d.from_date, d.evaluation, l.dated FROM decision_letter l
      JOIN service_decision d ON d.id = l.decision_id JOIN service_case c ON c.id = l.case_id
      JOIN identifier i ON i.patient_id = c.patient_id
      WHERE i.value = ? AND d.service_code = ? AND d.minutes_per_week = ? AND d.outcome = 'granted'
        AND l.produced_at >= ?
      """
    ).bind(1, identifier).bind(2, service).bind(3, hours * 60).bind(4, AuditLog.format(since)).rows { s in
      (s.optionalInt(0).flatMap { CivilDate(ordinal: Int($0)) }, s.optionalInt(1).flatMap { CivilDate(ordinal: Int($0)) },
       CivilDate(ordinal: Int(s.int(2))))
    }
    return rows.contains { from, evaluation, dated in
      guard let from, let evaluation, let dated else { return false }
      return NorwegianHolidays.weekday(from) == 1 && from > dated && from <= dated.adding(days: 7) && evaluation == from.adding(months: 3)
    }
  }

  // MARK: Report

  /// Every granted decision in force at some time during `year`, with the case's assessment.
  public func reportRecords(year: Int) throws(StoreError) -> [IPLOSReport.Record] {
    let rows = try db.statement(
      """
      SELECT c.id, i.value, p.birth_date, p.municipality_code, d.service_code, d.from_date, d.to_date,
        d.minutes_per_week, (SELECT max(a.id) FROM iplos_assessment a WHERE a.case_id = c.id)
      FROM service_decision d JOIN service_case c ON c.decision_id = d.id
      JOIN patient p ON p.id = c.patient_id JOIN identifier i ON i.patient_id = p.id
      WHERE d.outcome <> 'refused' AND (d.from_date IS NULL OR d.from_date <= ?2)
        AND (d.to_date IS NULL OR d.to_date >= ?1)
      ORDER BY c.id
      """
    ).bind(1, year * 10_000 + 101).bind(2, year * 10_000 + 1231).rows { s in
      (s.int(0), s.text(1), Int(s.int(2)), s.text(3), Int(s.int(4)), s.optionalInt(5), s.optionalInt(6),
       s.optionalInt(7), s.optionalInt(8))
    }
    let scores = try db.statement("SELECT variable, score FROM iplos_score WHERE assessment_id = ?")
    var out: [IPLOSReport.Record] = []
    out.reserveCapacity(rows.count)
    for r in rows {
      // Room for every variable at once: grown score by score, the table was copied four times
      // over for each of a hundred thousand records.
      var assessment = IPLOSAssessment(scores: .init(minimumCapacity: IPLOSVariable.allCases.count))
      if let id = r.8 {
        for (variable, score) in try scores.bind(1, id).rows({ ($0.int(0), $0.int(1)) }) {
          if let v = IPLOSVariable(rawValue: Int(variable)), let s = IPLOSScore(rawValue: Int(score)) { assessment.scores[v] = s }
        }
      }
      out.append(
        IPLOSReport.Record(
          caseID: r.0, identifier: r.1, birthDate: CivilDate(ordinal: r.2) ?? SyntheticPopulation.referenceDate,
          municipality: r.3, serviceCode: r.4, from: r.5.flatMap { CivilDate(ordinal: Int($0)) },
          to: r.6.flatMap { CivilDate(ordinal: Int($0)) }, minutesPerWeek: r.7.map(Int.init), assessment: assessment))
    }
    return out
  }

  // MARK: Private

  /// Applies the step to the case's lifecycle and stores where it now stands; refuses what the
  /// lifecycle refuses. Returns the patient and the new lifecycle.
  private func advance(_ caseID: Int64, _ step: CaseLifecycle.Step) throws(StoreError) -> (Int64, CaseLifecycle) {
    let s = try db.statement("SELECT patient_id, stage, appeal, granted FROM service_case WHERE id = ?").bind(1, caseID)
    guard try s.step() else {
      s.reset()
      throw .caseNotFound
    }
    let patientID = s.int(0)
    let current = CaseLifecycle(
      stage: CaseLifecycle.Stage(rawValue: s.text(1)) ?? .received,
      appeal: s.optionalText(2).flatMap(CaseLifecycle.Appeal.init(rawValue:)), granted: s.int(3) == 1)
    s.reset()
    switch current.applying(step) {
    case .failure(let refusal):
      throw .refusedStep(refusal)
    case .success(let next):
      try db.statement("UPDATE service_case SET stage = ?, appeal = ?, granted = ? WHERE id = ?")
        .bind(1, next.stage.rawValue).bind(2, next.appeal?.rawValue).bind(3, next.granted ? 1 : 0).bind(4, caseID).run()
      return (patientID, next)
    }
  }

  private func event(_ caseID: Int64, _ step: String, detail: String?, by name: String, at time: Date) throws(StoreError) -> Int64 {
    try db.statement("INSERT INTO case_event(case_id, at, step, detail, by) VALUES (?, ?, ?, ?, ?)")
      .bind(1, caseID).bind(2, AuditLog.format(time)).bind(3, step).bind(4, detail).bind(5, name).run()
    return db.lastInsertRowID
  }

  private func history(_ caseID: Int64) throws(StoreError) -> [CaseFile.Entry] {
    // By time: a case taken again after a conflict has its steps stored anew.
    try db.statement("SELECT at, step, detail, by, superseded_by FROM case_event WHERE case_id = ? ORDER BY at, id")
      .bind(1, caseID).rows { s in
        CaseFile.Entry(
          at: AuditLog.parse(s.text(0)) ?? .distantPast, step: s.text(1), detail: s.optionalText(2), by: s.text(3),
          notTakenIn: s.optionalText(4) != nil)
      }
  }

  /// The case officer has seen the case as the server has it, with the step taken here that
  /// was not taken in: the conflict is closed.
  public func acceptConflict(_ caseID: Int64, by clinician: Clinician, at time: Date) throws(StoreError) {
    try SyncConflicts(db: db).resolve(caseID: caseID, by: clinician.name, at: time)
  }

  /// The decision the case has now, without reading the rest of the case file.
  func decisionInForce(_ caseID: Int64) throws(StoreError) -> ServiceDecision? {
    let s = try db.statement("SELECT decision_id FROM service_case WHERE id = ?").bind(1, caseID)
    let id = try s.step() ? s.optionalInt(0) : nil
    s.reset()
    guard let id else { return nil }
    return try decision(id)
  }

  /// The case's own latest assessment, or else the patient's latest as the starting point.
  private func assessment(caseID: Int64, patientID: Int64) throws(StoreError) -> (assessment: IPLOSAssessment?, onThisCase: Bool) {
    if let own = try latestAssessment(caseID: caseID) { return (own, true) }
    return (try latestAssessment(patientID: patientID), false)
  }

  private func latestAssessment(caseID: Int64) throws(StoreError) -> IPLOSAssessment? {
    try scores("SELECT max(id) FROM iplos_assessment WHERE case_id = ?", caseID)
  }

  private func latestAssessment(patientID: Int64) throws(StoreError) -> IPLOSAssessment? {
    try scores("SELECT max(id) FROM iplos_assessment WHERE patient_id = ?", patientID)
  }

  private func scores(_ find: String, _ id: Int64) throws(StoreError) -> IPLOSAssessment? {
    let s = try db.statement(find).bind(1, id)
    _ = try s.step()
    let assessmentID = s.optionalInt(0)
    s.reset()
    guard let assessmentID else { return nil }
    var scores: [IPLOSVariable: IPLOSScore] = [:]
    for (variable, score) in try db.statement("SELECT variable, score FROM iplos_score WHERE assessment_id = ?")
      .bind(1, assessmentID).rows({ ($0.int(0), $0.int(1)) }) {
      if let v = IPLOSVariable(rawValue: Int(variable)), let sc = IPLOSScore(rawValue: Int(score)) { scores[v] = sc }
    }
    return IPLOSAssessment(scores: scores)
  }

  private func decision(_ id: Int64) throws(StoreError) -> ServiceDecision {
    let s = try db.statement(
      """
      SELECT service_code, outcome, minutes_per_week, from_date, to_date, evaluation, fee, legal_basis, justification
      FROM service_decision WHERE id = ?
      """
    ).bind(1, id)
    defer { s.reset() }
    guard try s.step() else { throw .caseNotFound }
    func date(_ column: Int32) -> CivilDate? { s.optionalInt(column).flatMap { CivilDate(ordinal: Int($0)) } }
    return ServiceDecision(
      service: MunicipalService(code: Int(s.int(0))) ?? .homeHealthCare,
      outcome: ServiceDecision.Outcome(rawValue: s.text(1)) ?? .refused,
      hours: s.optionalInt(2).map { WeeklyHours(minutes: Int($0)) }, from: date(3), to: date(4), evaluation: date(5),
      fee: s.text(6), legalBasis: s.text(7), justification: s.text(8))
  }

  private func letter(_ id: Int64) throws(StoreError) -> CaseFile.Letter {
    let s = try db.statement("SELECT body, dated, appeal_deadline FROM decision_letter WHERE id = ?").bind(1, id)
    defer { s.reset() }
    guard try s.step() else { throw .caseNotFound }
    return CaseFile.Letter(
      body: s.text(0), dated: CivilDate(ordinal: Int(s.int(1))) ?? SyntheticPopulation.referenceDate,
      appealDeadline: CivilDate(ordinal: Int(s.int(2))) ?? SyntheticPopulation.referenceDate)
  }

  /// The step's name in the history.
  static func name(_ step: CaseLifecycle.Step) -> String {
    switch step {
    case .assess: return "assess"
    case .decide: return "decide"
    case .sendLetter: return "send-letter"
    case .startService: return "start-service"
    case .endService: return "end-service"
    case .evaluate: return "evaluate"
    case .appeal: return "appeal"
    case .reconsider(let upheld): return upheld ? "reconsider-upheld" : "reconsider-changed"
    case .appealOutcome(let outcome): return "appeal-\(outcome.rawValue)"
    }
  }

  /// A case from a row whose case columns start at `from`: id, service, applicant, reason,
  /// received, urgent, stage, appeal, granted, officer, preliminary answer, evaluation due.
  private static func serviceCase(_ s: SQLiteStatement, listing: PatientListing, from c: Int32) -> ServiceCase {
    ServiceCase(
      id: s.int(c), patient: listing,
      application: ServiceApplication(
        service: MunicipalService(code: Int(s.int(c + 1))) ?? .homeHealthCare, applicant: s.text(c + 2),
        reason: s.text(c + 3), received: CivilDate(ordinal: Int(s.int(c + 4))) ?? SyntheticPopulation.referenceDate,
        urgent: s.int(c + 5) == 1),
      lifecycle: CaseLifecycle(
        stage: CaseLifecycle.Stage(rawValue: s.text(c + 6)) ?? .received,
        appeal: s.optionalText(c + 7).flatMap(CaseLifecycle.Appeal.init(rawValue:)), granted: s.int(c + 8) == 1),
      caseOfficer: s.optionalText(c + 9),
      preliminaryAnswer: s.optionalInt(c + 10).flatMap { CivilDate(ordinal: Int($0)) }, evaluationDue: s.int(c + 11) == 1)
  }
}
