import Clinical

/// The patient's sex and home municipality as the server sends them with the name
/// (`CentralSchema.v24`): unknown when it does not know them, and unknown too when what came is
/// not a sex or not a municipality number, since the record it comes with must not be lost.
struct SexAndHome {
  let sex: Sex
  let municipalityCode: String?

  init(sex: String?, municipality: String?) {
    self.sex = sex.flatMap(Sex.init(rawValue:)) ?? .unknown
    self.municipalityCode = municipality.flatMap { Municipality.isCode($0) ? $0 : nil }
  }

  /// Fills what this store does not know of a patient it holds (one kept by number alone, or
  /// synced before the server kept these), never replacing what it knows, nor a field a clinician
  /// here has changed (made unknown, even: `DemographicsSync` merges those); true when it did.
  func fill(_ patientID: Int64, in db: SQLiteDatabase) throws(StoreError) -> Bool {
    guard sex != .unknown || municipalityCode != nil else { return false }
    if let municipalityCode { try PatientWriter.keepMunicipality(code: municipalityCode, in: db) }
    try db.statement(
      """
      WITH fillable(sex, home) AS (SELECT
          ?1 <> 'U' AND NOT EXISTS (SELECT 1 FROM demographic_head h WHERE h.patient_id = ?3 AND h.field = 'sex'),
          ?2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM demographic_head h WHERE h.patient_id = ?3 AND h.field = 'municipality'))
      UPDATE patient SET
        sex = CASE WHEN sex = 'U' AND (SELECT sex FROM fillable) THEN ?1 ELSE sex END,
        municipality_code = CASE WHEN municipality_code IS NULL AND (SELECT home FROM fillable) THEN ?2 ELSE municipality_code END
      WHERE id = ?3 AND ((sex = 'U' AND (SELECT sex FROM fillable)) OR (municipality_code IS NULL AND (SELECT home FROM fillable)))
      """
    ).bind(1, sex.rawValue).bind(2, municipalityCode).bind(3, patientID).run()
    return db.changes > 0
  }
}
