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
    let changedHere = Set(
      try db.statement("SELECT field FROM demographic_head WHERE patient_id = ? AND field IN ('sex', 'municipality')")
        .bind(1, patientID).rows { $0.text(0) })
    let sex = changedHere.contains(DemographicField.sex.rawValue) ? Sex.unknown : sex
    let home = changedHere.contains(DemographicField.municipality.rawValue) ? nil : municipalityCode
    guard sex != .unknown || home != nil else { return false }
    if let home { try PatientWriter.keepMunicipality(code: home, in: db) }
    try db.statement(
      """
      UPDATE patient SET sex = CASE sex WHEN 'U' THEN ?1 ELSE sex END, municipality_code = coalesce(municipality_code, ?2)
      WHERE id = ?3 AND ((sex = 'U' AND ?1 <> 'U') OR (municipality_code IS NULL AND ?2 IS NOT NULL))
      """
    ).bind(1, sex.rawValue).bind(2, home).bind(3, patientID).run()
    return db.changes > 0
  }
}
