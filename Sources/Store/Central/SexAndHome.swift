import Clinical

/// The patient's sex and home municipality as the server sends them with the name
/// (`CentralSchema.v24`): unknown when it does not know them, and unknown too when what came is
/// not a sex or not a municipality number, since the record it comes with must not be lost.
struct SexAndHome {
  let sex: Sex
  let municipalityCode: String?

  init(sex: String?, municipality: String?) {
    self.sex = sex.flatMap(Sex.init(rawValue:)) ?? .unknown
    self.municipalityCode = municipality.flatMap { code in
      code.utf8.count == 4 && code.utf8.allSatisfy { (0x30...0x39).contains($0) } ? code : nil
    }
  }

  /// Fills what this store does not know of a patient it holds (one kept by number alone, or
  /// synced before the server kept these), never replacing what it knows; true when it did.
  func fill(_ patientID: Int64, in db: SQLiteDatabase) throws(StoreError) -> Bool {
    guard sex != .unknown || municipalityCode != nil else { return false }
    if let municipalityCode { try PatientWriter.keepMunicipality(code: municipalityCode, in: db) }
    try db.statement(
      """
      UPDATE patient SET sex = CASE sex WHEN 'U' THEN ?1 ELSE sex END, municipality_code = coalesce(municipality_code, ?2)
      WHERE id = ?3 AND ((sex = 'U' AND ?1 <> 'U') OR (municipality_code IS NULL AND ?2 IS NOT NULL))
      """
    ).bind(1, sex.rawValue).bind(2, municipalityCode).bind(3, patientID).run()
    return db.changes > 0
  }
}
