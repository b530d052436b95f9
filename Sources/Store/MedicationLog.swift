import Clinical
import Foundation

/// The medication lists of a patient: sources gathered for reconciliation, and the signed list
/// "Legemidler i bruk" with its history.
public struct MedicationLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  /// On a store being built (the demo loader).
  init(db: SQLiteDatabase) { self.db = db }

  /// Records a source list whole, or nothing of it. Every line must name a well-formed ATC code.
  @discardableResult
  public func addSource(
    _ kind: MedicationSource.Kind, dated: CivilDate, origin: String, lines: [MedicationLine],
    for patientID: Int64, at time: Date
  ) throws(StoreError) -> Int64 {
    guard lines.allSatisfy({ ATCCode.isWellFormed($0.atc) && $0.atc.count == 7 }) else { throw .refusedMedication }
    return try db.inTransaction { () throws(StoreError) -> Int64 in
      try db.statement(
        "INSERT INTO medication_source(patient_id, kind, dated, origin, recorded_at) VALUES (?, ?, ?, ?, ?)"
      ).bind(1, patientID).bind(2, kind.rawValue).bind(3, dated.ordinal).bind(4, origin)
        .bind(5, AuditLog.format(time)).run()
      let id = db.lastInsertRowID
      for (position, line) in lines.enumerated() {
        try insert(line, position: position, source: id, version: nil)
      }
      return id
    }
  }

  /// Adds a line to the source of `kind` recorded for the patient on `date`, starting that source
  /// when there is none: what the patient or a relative tells during reconciliation, or a list
  /// typed in line by line.
  public func addLine(
    _ line: MedicationLine, to kind: MedicationSource.Kind, dated date: CivilDate, origin: String,
    for patientID: Int64, at time: Date
  ) throws(StoreError) {
    guard ATCCode.isWellFormed(line.atc) && line.atc.count == 7 else { throw .refusedMedication }
    try db.inTransaction { () throws(StoreError) in
      // Lines from another record are kept apart per record; typed lines per kind and day.
      let find = try db.statement(
        """
        SELECT s.id, (SELECT count(*) FROM medication_line l WHERE l.source_id = s.id)
        FROM medication_source s WHERE s.patient_id = ? AND s.kind = ? AND s.dated = ?
          AND (s.kind <> 'other-record' OR s.origin = ?)
        ORDER BY s.id DESC LIMIT 1
        """
      ).bind(1, patientID).bind(2, kind.rawValue).bind(3, date.ordinal).bind(4, origin)
      var source: Int64
      var position: Int
      if try find.step() {
        (source, position) = (find.int(0), Int(find.int(1)))
        find.reset()
      } else {
        find.reset()
        try db.statement(
          "INSERT INTO medication_source(patient_id, kind, dated, origin, recorded_at) VALUES (?, ?, ?, ?, ?)"
        ).bind(1, patientID).bind(2, kind.rawValue).bind(3, date.ordinal).bind(4, origin)
          .bind(5, AuditLog.format(time)).run()
        (source, position) = (db.lastInsertRowID, 0)
      }
      try insert(line, position: position, source: source, version: nil)
    }
  }

  /// A list signed in another record while the list was changed here (sync delivers it): kept
  /// whole as that record's version, never merged into the list in force, so each line that
  /// differs shows on the reconciliation screen as a row to decide before the list is signed
  /// again. Its lines were signed once, so a well-formed ATC code of any level is kept.
  public func recordOtherVersion(
    _ lines: [MedicationLine], origin: String, on date: CivilDate, for patientID: Int64, at time: Date
  ) throws(StoreError) {
    guard lines.allSatisfy({ ATCCode.isWellFormed($0.atc) }) else { throw .refusedMedication }
    try db.inTransaction { () throws(StoreError) in
      try db.statement(
        "INSERT INTO medication_source(patient_id, kind, dated, origin, recorded_at) VALUES (?, ?, ?, ?, ?)"
      ).bind(1, patientID).bind(2, MedicationSource.Kind.otherRecord.rawValue).bind(3, date.ordinal).bind(4, origin)
        .bind(5, AuditLog.format(time)).run()
      let id = db.lastInsertRowID
      for (position, line) in lines.enumerated() { try insert(line, position: position, source: id, version: nil) }
    }
  }

  /// A version signed elsewhere on top of the one in force here becomes the list in force, as
  /// it was signed there (sync delivers it), taken in at `takenAt` by this store's clock.
  func adopt(
    _ lines: [MedicationLine], opID: String, signedBy: String, signedAt: Date, takenAt: Date, for patientID: Int64
  ) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in
      try db.statement(
        "INSERT INTO lib_version(patient_id, signed_by, signed_at, sources, op_id, taken_at) VALUES (?, ?, ?, '', ?, ?)"
      ).bind(1, patientID).bind(2, signedBy).bind(3, AuditLog.format(signedAt)).bind(4, opID)
        .bind(5, AuditLog.format(takenAt)).run()
      let id = db.lastInsertRowID
      for (position, line) in lines.enumerated() { try insert(line, position: position, source: nil, version: id) }
    }
  }

  /// The patient's sources, oldest first.
  public func sources(_ patientID: Int64) throws(StoreError) -> [MedicationSource] {
    let heads = try db.statement(
      "SELECT id, kind, dated, origin FROM medication_source WHERE patient_id = ? ORDER BY dated, id"
    ).bind(1, patientID).rows { s in
      (s.int(0), MedicationSource.Kind(rawValue: s.text(1)) ?? .gpList,
       CivilDate(ordinal: Int(s.int(2))) ?? SyntheticPopulation.referenceDate, s.text(3))
    }
    var out: [MedicationSource] = []
    for (id, kind, date, origin) in heads {
      out.append(MedicationSource(id: id, kind: kind, date: date, origin: origin, lines: try lines(source: id)))
    }
    return out
  }

  /// The signed list in force: the newest version's lines, stopped and paused ones included.
  public func currentList(_ patientID: Int64) throws(StoreError) -> [MedicationLine] {
    guard let version = try latestVersion(patientID) else { return [] }
    return try lines(version: version.id)
  }

  /// Who signed the list in force, and when; nil before the first reconciliation.
  public func latestVersion(_ patientID: Int64) throws(StoreError) -> (id: Int64, signedBy: String, signedAt: Date)? {
    let s = try db.statement(
      "SELECT id, signed_by, signed_at FROM lib_version WHERE patient_id = ? ORDER BY id DESC LIMIT 1"
    ).bind(1, patientID)
    defer { s.reset() }
    guard try s.step() else { return nil }
    return (s.int(0), s.text(1), AuditLog.parse(s.text(2)) ?? Date(timeIntervalSince1970: 0))
  }

  /// How many sources were recorded after the list in force was signed here or taken in from
  /// another workstation (all of them before the first list). Both times are this store's: a
  /// version from elsewhere that a record fetch brings after the list that resolved it is not
  /// waiting, though its signing time there is earlier than its recording here.
  public func unreconciledSources(_ patientID: Int64) throws(StoreError) -> Int {
    let s = try db.statement(
      """
      SELECT count(*) FROM medication_source WHERE patient_id = ?1 AND recorded_at >
        coalesce((SELECT max(coalesce(taken_at, signed_at)) FROM lib_version WHERE patient_id = ?1), '')
      """
    ).bind(1, patientID)
    defer { s.reset() }
    _ = try s.step()
    return Int(s.int(0))
  }

  /// Whether `clinician` signed a list for the patient with `identifier` since then (a training
  /// scenario's goal).
  public func signed(identifier: String, by clinician: Clinician, since: Date) throws(StoreError) -> Bool {
    let s = try db.statement(
      """
      SELECT EXISTS (SELECT 1 FROM lib_version v JOIN identifier i ON i.patient_id = v.patient_id
        WHERE i.value = ? AND v.signed_by = ? AND v.signed_at >= ?)
      """
    ).bind(1, identifier).bind(2, "\(clinician.name), \(clinician.role)").bind(3, AuditLog.format(since))
    defer { s.reset() }
    _ = try s.step()
    return s.int(0) == 1
  }

  /// Signs a new version of the list, recording the sources used and each line's classification
  /// and reason. Returns the version's id.
  @discardableResult
  public func sign(
    _ lines: [MedicationLine], classifications: [String: DiscrepancyClass], reasons: [String: String],
    sources: [Int64], for patientID: Int64, by clinician: Clinician, at time: Date
  ) throws(StoreError) -> Int64 {
    guard !lines.isEmpty, lines.allSatisfy({ ATCCode.isWellFormed($0.atc) }) else { throw .refusedMedication }
    let signer = "\(clinician.name), \(clinician.role)"
    return try db.inTransaction { () throws(StoreError) -> Int64 in
      let sync = MedicationListSync(db: db)
      let opID = try sync.newOperationID()
      try db.statement(
        "INSERT INTO lib_version(patient_id, signed_by, signed_at, sources, op_id) VALUES (?, ?, ?, ?, ?)"
      ).bind(1, patientID).bind(2, signer).bind(3, AuditLog.format(time))
        .bind(4, sources.map(String.init).joined(separator: ",")).bind(5, opID).run()
      let id = db.lastInsertRowID
      for (position, line) in lines.enumerated() {
        try insert(
          line, position: position, source: nil, version: id,
          classification: classifications[line.atc], reason: reasons[line.atc])
      }
      // Signing the reconciled list is what resolves a conflict about it.
      let resolved = try SyncConflicts(db: db).resolveAll(.medicationList, patientID: patientID, by: signer, at: time)
      if let opID {
        try sync.signed(opID, version: id, lines: try self.lines(version: id), resolving: resolved, for: patientID, by: signer, at: time)
      }
      return id
    }
  }

  private func insert(
    _ line: MedicationLine, position: Int, source: Int64?, version: Int64?,
    classification: DiscrepancyClass? = nil, reason: String? = nil
  ) throws(StoreError) {
    let (status, statusReason, statusDate): (String, String?, Int?) =
      switch line.status {
      case .active: ("active", nil, nil)
      case .paused(let reason): ("paused", reason, nil)
      case .stopped(let reason, let on): ("stopped", reason, on.ordinal)
      }
    try db.statement(
      """
      INSERT INTO medication_line(source_id, lib_version_id, position, atc, drug, dose, frequency,
        route, indication, start, prescriber, status, status_reason, status_date, classification,
        decision_reason, source_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(1, source).bind(2, version).bind(3, position).bind(4, line.atc).bind(5, line.drug)
      .bind(6, line.dose).bind(7, line.frequency).bind(8, line.route.rawValue).bind(9, line.indication)
      .bind(10, line.start?.ordinal).bind(11, line.prescriber).bind(12, status).bind(13, statusReason)
      .bind(14, statusDate).bind(15, classification?.rawValue)
      .bind(16, reason ?? (line.decisionReason.isEmpty ? nil : line.decisionReason))
      .bind(17, line.source.isEmpty ? nil : line.source).run()
  }

  private func lines(source: Int64) throws(StoreError) -> [MedicationLine] {
    try read("WHERE source_id = ?", source)
  }

  private func lines(version: Int64) throws(StoreError) -> [MedicationLine] {
    try read("WHERE lib_version_id = ?", version)
  }

  private func read(_ condition: String, _ id: Int64) throws(StoreError) -> [MedicationLine] {
    try db.statement(
      """
      SELECT atc, drug, dose, frequency, route, indication, start, prescriber, status,
        status_reason, status_date, decision_reason, source_label FROM medication_line \(condition)
      ORDER BY position
      """
    ).bind(1, id).rows { s in
      let status: MedicationStatus =
        switch s.text(8) {
        case "paused": .paused(reason: s.optionalText(9) ?? "")
        case "stopped":
          .stopped(
            reason: s.optionalText(9) ?? "",
            on: s.optionalInt(10).flatMap { CivilDate(ordinal: Int($0)) } ?? SyntheticPopulation.referenceDate)
        default: .active
        }
      return MedicationLine(
        atc: s.text(0), drug: s.text(1), dose: s.text(2), frequency: s.text(3),
        route: Medication.Route(rawValue: s.text(4)) ?? .oral, indication: s.text(5),
        start: s.optionalInt(6).flatMap { CivilDate(ordinal: Int($0)) }, prescriber: s.text(7),
        status: status, decisionReason: s.optionalText(11) ?? "", source: s.optionalText(12) ?? "")
    }
  }
}
