import Clinical
import Foundation

/// Wards, beds and stays: the census with what each occupied bed shows, admissions, transfers
/// and discharges (each an event), the bed waiting list, and length-of-stay statistics.
public struct CensusLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  /// Every bed, ward by ward, with its occupant (and any stay merged into it after the
  /// occupant). One query for the beds and stays, one for the latest NEWS2 sets, one for CAVE:
  /// the census is drawn often.
  public func beds() throws(StoreError) -> [Bed] {
    let rows = try db.statement(
      """
      SELECT b.id, w.name, b.label, b.stay_type, s.id, s.patient_id, s.stay_type, s.admitted,
        s.expected_discharge, s.fall_risk
      FROM bed b JOIN ward w ON w.id = b.ward_id
      LEFT JOIN stay s ON s.bed_id = b.id AND s.bed_id IS NOT NULL AND s.discharged IS NULL
      -- A bed out of use only while someone still lies in it.
      WHERE b.retired = 0 OR s.id IS NOT NULL
      ORDER BY w.id, b.id, coalesce(s.placed_order, 0), s.id
      """
    ).rows { s in
      (s.int(0), s.text(1), s.text(2), s.text(3), s.optionalInt(4), s.optionalInt(5), s.optionalText(6),
       s.optionalInt(7), s.optionalInt(8), s.int(9) == 1)
    }
    let listings = try PatientReader(db: db).listingsInBeds()
    let news2 = try latestNEWS2()
    let cave = Set(
      try db.statement(
        """
        SELECT DISTINCT s.patient_id FROM stay s JOIN cave_entry c ON c.patient_id = s.patient_id
        WHERE s.discharged IS NULL AND s.bed_id IS NOT NULL
        """
      ).rows { $0.int(0) })
    // A patient admitted at two workstations at once: each stay names the other's bed, since
    // either may be the one to withdraw.
    let alsoIn = Dictionary(
      try db.statement(
        """
        SELECT s.id, b.label FROM stay s
        JOIN stay t ON t.patient_id = s.patient_id AND t.id <> s.id AND t.discharged IS NULL AND t.bed_id IS NOT NULL
        JOIN bed b ON b.id = t.bed_id
        WHERE s.discharged IS NULL AND s.bed_id IS NOT NULL
        """
      ).rows { ($0.int(0), $0.text(1)) }, uniquingKeysWith: { first, _ in first })
    // Admitted here from the waiting list while another home took the place, or the
    // municipality ended it.
    let placeLost = Dictionary(
      try db.statement(
        """
        SELECT w.admitted_stay, w.placed_with, w.place_ended_by FROM bed_waiting w JOIN stay s ON s.id = w.admitted_stay
        WHERE \(PlaceOfferSync.placeLost) AND s.discharged IS NULL
        """
      ).rows { ($0.int(0), (taken: $0.optionalText(1), ended: $0.optionalText(2))) }, uniquingKeysWith: { first, _ in first })
    var beds: [Bed] = []
    var occupants: [Bed.Occupant] = []
    for (n, r) in rows.enumerated() {
      if let stayID = r.4, let patientID = r.5, let patient = listings[patientID] {
        occupants.append(
          Bed.Occupant(
            stayID: stayID, patient: patient, stayType: StayType(rawValue: r.6 ?? "") ?? .shortTerm,
            admitted: r.7.flatMap { CivilDate(ordinal: Int($0)) } ?? SyntheticPopulation.referenceDate,
            expectedDischarge: r.8.flatMap { CivilDate(ordinal: Int($0)) }, news2: news2[patientID] ?? [],
            hasCave: cave.contains(patientID), fallRisk: r.9, alsoAdmittedIn: alsoIn[stayID],
            placeTakenBy: placeLost[stayID]?.taken, placeEndedBy: placeLost[stayID]?.ended))
      }
      // The bed's last row: its stays are all read.
      guard n == rows.count - 1 || rows[n + 1].0 != r.0 else { continue }
      beds.append(
        Bed(
          id: r.0, ward: r.1, label: r.2, stayType: StayType(rawValue: r.3) ?? .shortTerm, occupant: occupants.first,
          displaced: Array(occupants.dropFirst())))
      occupants = []
    }
    return beds
  }

  /// The last five complete NEWS2 totals of every patient in a bed, oldest first: one query,
  /// each patient's sets from the fifth newest on, found through the (patient, id) index.
  private func latestNEWS2() throws(StoreError) -> [Int64: [Int]] {
    let sets = try db.statement(
      """
      SELECT v.patient_id, v.respiration_rate, v.oxygen_saturation, v.oxygen_scale, v.on_oxygen,
        v.systolic_pressure, v.pulse, v.consciousness, v.temperature_tenths
      FROM stay s JOIN vital_signs v ON v.patient_id = s.patient_id
      WHERE s.discharged IS NULL AND s.bed_id IS NOT NULL
        AND v.id >= coalesce((SELECT x.id FROM vital_signs x WHERE x.patient_id = s.patient_id
          ORDER BY x.id DESC LIMIT 1 OFFSET 4), 0)
      ORDER BY v.patient_id, v.id
      """
    ).rows { s in
      (s.int(0),
       VitalSigns(
        respirationRate: s.optionalInt(1).map(Int.init), oxygenSaturation: s.optionalInt(2).map(Int.init),
        scale: s.int(3) == 2 ? .two : .one, onOxygen: s.optionalInt(4).map { $0 == 1 },
        systolicPressure: s.optionalInt(5).map(Int.init), pulse: s.optionalInt(6).map(Int.init),
        consciousness: s.optionalText(7).flatMap(VitalSigns.Consciousness.init(rawValue:)),
        temperatureTenths: s.optionalInt(8).map(Int.init)))
    }
    var out: [Int64: [Int]] = [:]
    for (patient, signs) in sets {
      if let total = NEWS2.score(signs).total { out[patient, default: []].append(total) }
    }
    return out
  }

  /// Patients waiting for a bed: those with the greatest assessed need first (the mean IPLOS
  /// score the decision was based on), then those who have waited longest.
  public func waitingList() throws(StoreError) -> [(id: Int64, patient: PatientListing, stayType: StayType, since: CivilDate)] {
    let rows = try db.statement(
      """
      SELECT id, patient_id, stay_type, since FROM bed_waiting WHERE admitted_stay IS NULL AND placed_with IS NULL
      ORDER BY need_tenths IS NULL, need_tenths DESC, since, id
      """
    ).rows { s in (s.int(0), s.int(1), s.text(2), s.int(3)) }
    let listings = Dictionary(
      try PatientReader(db: db).listings(rows.map(\.1)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return rows.compactMap { r in
      listings[r.1].map {
        (r.0, $0, StayType(rawValue: r.2) ?? .longTerm, CivilDate(ordinal: Int(r.3)) ?? SyntheticPopulation.referenceDate)
      }
    }
  }

  public func addToWaitingList(_ patientID: Int64, for type: StayType, since: CivilDate) throws(StoreError) {
    try db.statement("INSERT INTO bed_waiting(patient_id, stay_type, since) VALUES (?, ?, ?)")
      .bind(1, patientID).bind(2, type.rawValue).bind(3, since.ordinal).run()
  }

  /// Admits the patient to a free bed, taking them off the waiting list when they were on it.
  @discardableResult
  public func admit(
    _ patientID: Int64, to bedID: Int64, type: StayType, on date: CivilDate, expectedDischarge: CivilDate? = nil,
    by clinician: Clinician, at time: Date
  ) throws(StoreError) -> Int64 {
    try db.inTransaction { () throws(StoreError) -> Int64 in
      let open = try db.statement("SELECT 1 FROM stay WHERE bed_id = ? AND discharged IS NULL").bind(1, bedID)
      defer { open.reset() }
      guard try !open.step() else { throw .bedOccupied }
      let inBed = try db.statement("SELECT 1 FROM stay WHERE patient_id = ? AND discharged IS NULL AND bed_id IS NOT NULL")
        .bind(1, patientID)
      defer { inBed.reset() }
      guard try !inBed.step() else { throw .alreadyAdmitted }
      let sync = StaySync(db: db)
      try db.statement(
        """
        INSERT INTO stay(patient_id, bed_id, municipality_code, stay_type, admitted, expected_discharge, uid)
        SELECT ?, ?, w.municipality_code, ?, ?, ?, ? FROM bed b JOIN ward w ON w.id = b.ward_id WHERE b.id = ?
        """
      ).bind(1, patientID).bind(2, bedID).bind(3, type.rawValue).bind(4, date.ordinal)
        .bind(5, expectedDischarge?.ordinal).bind(6, try sync.newStayUID(bed: bedID)).bind(7, bedID).run()
      let stay = db.lastInsertRowID
      try Outbox(db: db).appendCareRelation(.wardStay, patientID: patientID, at: time)
      let waiting = try db.statement(
        "SELECT id, case_id FROM bed_waiting WHERE patient_id = ? AND admitted_stay IS NULL AND placed_with IS NULL ORDER BY since LIMIT 1"
      ).bind(1, patientID)
      let entry = try waiting.step() ? (waiting.int(0), waiting.optionalInt(1)) : nil
      waiting.reset()
      if let entry {
        try db.statement("UPDATE bed_waiting SET admitted_stay = ? WHERE id = ?").bind(1, stay).bind(2, entry.0).run()
        // A place granted by a decision: admission is when its service starts.
        if let caseID = entry.1 { try DecisionLog(db: db).startedOnAdmission(caseID, by: clinician, at: time) }
      }
      try sync.made(stay, .admit(bedID: bedID, type: type, on: date, expectedDischarge: expectedDischarge), by: clinician, at: time)
      return stay
    }
  }

  public func transfer(_ stayID: Int64, to bedID: Int64, by clinician: Clinician, at time: Date) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in
      let open = try db.statement("SELECT 1 FROM stay WHERE bed_id = ? AND discharged IS NULL").bind(1, bedID)
      defer { open.reset() }
      guard try !open.step() else { throw .bedOccupied }
      try StaySync(db: db).made(stayID, .transfer(bedID: bedID), by: clinician, at: time)
    }
  }

  /// Ends the stay on `date`; a date before admission is refused.
  public func discharge(
    _ stayID: Int64, to destination: DischargeDestination, on date: CivilDate, by clinician: Clinician, at time: Date
  ) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in
      let s = try db.statement("SELECT admitted, patient_id FROM stay WHERE id = ? AND discharged IS NULL").bind(1, stayID)
      defer { s.reset() }
      guard try s.step() else { throw .notAdmitted }
      guard date.ordinal >= Int(s.int(0)) else { throw .dischargeBeforeAdmission }
      let patientID = s.int(1)
      try StaySync(db: db).made(stayID, .discharge(on: date, destination: destination), by: clinician, at: time)
      // The relation ends with the last stay: a second admission made at another workstation at
      // once ends without ending the care the first one holds.
      let other = try db.statement("SELECT 1 FROM stay WHERE patient_id = ? AND discharged IS NULL AND bed_id IS NOT NULL")
        .bind(1, patientID)
      defer { other.reset() }
      if try !other.step() { try Outbox(db: db).appendCareRelationEnd(.wardStay, patientID: patientID, at: time) }
    }
  }

  /// Withdraws a stay of a patient admitted twice (at two workstations at once): it ends without
  /// a discharge and counts as no stay, while the other holds the patient, the care relation and
  /// the place from the waiting list. A stay whose place another home took, or the municipality
  /// ended, at the same time is withdrawn the same way, and the care relation it began ends as a
  /// discharge ends it.
  public func withdraw(_ stayID: Int64, by clinician: Clinician, at time: Date) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in
      let s = try db.statement(
        """
        SELECT o.id FROM stay s JOIN stay o ON o.patient_id = s.patient_id AND o.id <> s.id
          AND o.discharged IS NULL AND o.bed_id IS NOT NULL
        WHERE s.id = ? AND s.discharged IS NULL AND s.bed_id IS NOT NULL LIMIT 1
        """
      ).bind(1, stayID)
      let other = try s.step() ? s.int(0) : nil
      s.reset()
      if let other {
        try StaySync(db: db).made(stayID, .withdraw, by: clinician, at: time)
        try db.statement("UPDATE bed_waiting SET admitted_stay = ? WHERE admitted_stay = ?").bind(1, other).bind(2, stayID).run()
        return
      }
      let elsewhere = try db.statement(
        """
        SELECT w.patient_id FROM bed_waiting w JOIN stay s ON s.id = w.admitted_stay
        WHERE w.admitted_stay = ? AND \(PlaceOfferSync.placeLost) AND s.discharged IS NULL
        """
      ).bind(1, stayID)
      let patientID = try elsewhere.step() ? elsewhere.int(0) : nil
      elsewhere.reset()
      guard let patientID else { throw .notAdmittedTwice }
      try StaySync(db: db).made(stayID, .withdraw, by: clinician, at: time)
      try Outbox(db: db).appendCareRelationEnd(.wardStay, patientID: patientID, at: time)
    }
  }

  /// Admissions and discharges on `date`, and expected discharges in the seven days after it.
  public func movements(on date: CivilDate) throws(StoreError) -> (admitted: Int, discharged: Int, expected: Int) {
    let s = try db.statement(
      """
      SELECT (SELECT count(*) FROM stay WHERE admitted = ?1 AND bed_id IS NOT NULL AND NOT withdrawn),
        (SELECT count(*) FROM stay WHERE discharged = ?1 AND bed_id IS NOT NULL AND NOT withdrawn),
        (SELECT count(*) FROM stay WHERE discharged IS NULL AND bed_id IS NOT NULL
          AND expected_discharge > ?1 AND expected_discharge <= ?2)
      """
    ).bind(1, date.ordinal).bind(2, date.adding(days: 7).ordinal)
    defer { s.reset() }
    _ = try s.step()
    return (Int(s.int(0)), Int(s.int(1)), Int(s.int(2)))
  }

  /// The municipality of this home's first ward: whose figures the statistics show first.
  public func homeMunicipality() throws(StoreError) -> String? {
    let s = try db.statement("SELECT municipality_code FROM ward ORDER BY id LIMIT 1")
    defer { s.reset() }
    return try s.step() ? s.text(0) : nil
  }

  /// Completed stays summed per municipality, stay type and quarter of discharge.
  public func statistics(from first: LengthOfStay.Quarter) throws(StoreError) -> [LengthOfStay.Aggregate] {
    try db.statement(
      """
      SELECT municipality_code, stay_type, discharge_quarter, sum(nights), count(*)
      FROM stay WHERE discharge_quarter >= ? GROUP BY discharge_quarter, municipality_code, stay_type
      """
    ).bind(1, first.key).rows { s in
      LengthOfStay.Aggregate(
        municipality: s.text(0), stayType: StayType(rawValue: s.text(1)) ?? .shortTerm,
        quarter: LengthOfStay.Quarter(key: Int(s.int(2))), nights: Int(s.int(3)), stays: Int(s.int(4)))
    }
  }

  /// Whether the patient with `identifier` was discharged since then from a bed that now has
  /// someone else in it (a training scenario's goal).
  public func handedOver(identifier: String, since: Date) throws(StoreError) -> Bool {
    let s = try db.statement(
      """
      SELECT EXISTS (SELECT 1 FROM stay s JOIN identifier i ON i.patient_id = s.patient_id
        JOIN stay_event e ON e.stay_id = s.id AND e.kind = 'discharge' AND e.at >= ?2
        JOIN stay taken ON taken.bed_id = s.bed_id AND taken.discharged IS NULL AND taken.id <> s.id
        WHERE i.value = ?1)
      """
    ).bind(1, identifier).bind(2, AuditLog.format(since))
    defer { s.reset() }
    _ = try s.step()
    return s.int(0) == 1
  }

  /// Stays still open: not in the averages, counted apart.
  public func openStays() throws(StoreError) -> Int {
    let s = try db.statement("SELECT count(*) FROM stay WHERE discharged IS NULL")
    defer { s.reset() }
    _ = try s.step()
    return Int(s.int(0))
  }
}
