import Clinical
import Foundation

/// Stores and reads sets of vital signs. A set is refused when a value lies outside
/// physiological bounds or scale 2 is used without a documented hypercapnic target.
public struct VitalsLog {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  init(db: SQLiteDatabase) { self.db = db }

  public func save(
    _ v: VitalSigns, for patientID: Int64, by clinician: Clinician, at time: Date
  ) throws(StoreError) {
    try db.inTransaction { () throws(StoreError) in
      // The form refuses these first; the store is the second wall.
      let hypercapnic = try hasHypercapnicTarget(patientID)
      guard v.scale == .one || hypercapnic, PhysiologicalBounds.allWithin(v) else {
        throw .refusedVitals
      }
      let outbox = Outbox(db: db)
      let opID = try outbox.keepsOperations() ? UUID().uuidString.lowercased() : nil
      var values: [String: Any] = ["scale": v.scale.rawValue]
      if let x = v.respirationRate { values["respirationRate"] = x }
      if let x = v.oxygenSaturation { values["oxygenSaturation"] = x }
      if let x = v.onOxygen { values["onOxygen"] = x }
      if let x = v.systolicPressure { values["systolicPressure"] = x }
      if let x = v.pulse { values["pulse"] = x }
      if let x = v.consciousness { values["consciousness"] = x.rawValue }
      if let x = v.temperatureTenths { values["temperatureTenths"] = x }
      try insert(v, for: patientID, takenAt: time, by: clinician.name, opID: opID)
      if let opID {
        try outbox.append(
          .vitals, patientID: patientID,
          payload: ["takenAt": AuditLog.format(time), "recordedBy": clinician.name, "vitals": values], at: time, opID: opID)
      }
    }
  }

  /// The row itself, for a set measured here or pulled from the central server.
  func insert(_ v: VitalSigns, for patientID: Int64, takenAt time: Date, by name: String, opID: String?) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO vital_signs(patient_id, taken_at, recorded_by, respiration_rate,
        oxygen_saturation, oxygen_scale, on_oxygen, systolic_pressure, pulse, consciousness,
        temperature_tenths, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(1, patientID).bind(2, AuditLog.format(time)).bind(3, name)
      .bind(4, v.respirationRate).bind(5, v.oxygenSaturation).bind(6, v.scale.rawValue)
      .bind(7, v.onOxygen.map { $0 ? 1 : 0 }).bind(8, v.systolicPressure).bind(9, v.pulse)
      .bind(10, v.consciousness?.rawValue).bind(11, v.temperatureTenths).bind(12, opID).run()
  }

  /// The latest `limit` sets, newest first.
  public func latest(_ patientID: Int64, limit: Int) throws(StoreError) -> [RecordedVitals] {
    try db.statement(
      """
      SELECT taken_at, recorded_by, respiration_rate, oxygen_saturation, oxygen_scale, on_oxygen,
        systolic_pressure, pulse, consciousness, temperature_tenths
      FROM vital_signs WHERE patient_id = ? ORDER BY id DESC LIMIT ?
      """
    ).bind(1, patientID).bind(2, limit).rows { s in
      RecordedVitals(
        takenAt: AuditLog.parse(s.text(0)) ?? Date(timeIntervalSince1970: 0), recordedBy: s.text(1),
        signs: VitalSigns(
          respirationRate: s.optionalInt(2).map(Int.init),
          oxygenSaturation: s.optionalInt(3).map(Int.init),
          scale: s.int(4) == 2 ? .two : .one, onOxygen: s.optionalInt(5).map { $0 == 1 },
          systolicPressure: s.optionalInt(6).map(Int.init), pulse: s.optionalInt(7).map(Int.init),
          consciousness: s.optionalText(8).flatMap(VitalSigns.Consciousness.init(rawValue:)),
          temperatureTenths: s.optionalInt(9).map(Int.init)))
    }
  }

  public func hasHypercapnicTarget(_ patientID: Int64) throws(StoreError) -> Bool {
    let s = try db.statement("SELECT hypercapnic_target FROM patient WHERE id = ?")
      .bind(1, patientID)
    defer { s.reset() }
    return try s.step() && s.int(0) == 1
  }
}
