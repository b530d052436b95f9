import Clinical
import Foundation

/// Writes a patient's record as a FHIR R4 collection Bundle: Patient (with the GP as
/// Practitioner and the office as Organization), signed notes as DocumentReference, problems and
/// imported conditions as Condition, CAVE as AllergyIntolerance (allergies) or Flag (critical
/// conditions, implants, treatments), the list of medicines in use as MedicationStatement, vital
/// signs as Observation, and encounters (imported ones, legevakt visits, stays) as Encounter.
/// Full URLs are stable UUIDs made from the store's ids, so the same record exports the same way
/// and imports back without duplicates (`FHIRImporter`).
public struct FHIRExporter {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  public func export(identifier: String, at time: Date) throws(StoreError) -> Data {
    let s = try db.statement(
      """
      SELECT p.id, p.given, p.middle, p.family, p.birth_date, p.sex, i.kind, p.municipality_code, m.name,
        gp.hpr, gp.name, o.name
      FROM identifier i JOIN patient p ON p.id = i.patient_id
      LEFT JOIN municipality m ON m.code = p.municipality_code
      LEFT JOIN practitioner gp ON gp.id = p.gp_id LEFT JOIN organisation o ON o.id = gp.organisation_id
      WHERE i.value = ?
      """
    ).bind(1, identifier)
    guard try s.step() else {
      s.reset()
      throw .patientNotFound
    }
    let patientID = s.int(0)
    let kind = IdentifierKind(rawValue: s.text(6)) ?? .birthNumber
    var given = [s.text(1)]
    if let middle = s.optionalText(2) { given.append(middle) }
    let birth = CivilDate(ordinal: Int(s.int(4))) ?? SyntheticPopulation.referenceDate
    var patient: [String: Any] = [
      "resourceType": "Patient", "id": "patient-\(patientID)",
      "identifier": [["system": FHIRSystem.identifier(kind), "value": identifier]],
      "name": [["use": "official", "family": s.text(3), "given": given]],
      "birthDate": Self.date(birth),
      "gender": ["F": "female", "M": "male"][s.text(5)] ?? "unknown",
    ]
    if let code = s.optionalText(7) {
      patient["address"] = [[
        "district": s.optionalText(8) ?? code,
        "extension": [["url": FHIRSystem.municipalityExtension, "valueCoding": ["system": FHIRSystem.municipality, "code": code]]],
      ]]
    }
    var entries: [[String: Any]] = []
    let patientURL = Self.url("Patient", patientID)
    if let hpr = s.optionalText(9), let name = s.optionalText(10) {
      let gpURL = Self.url("Practitioner", Int64(hpr) ?? 0)
      patient["generalPractitioner"] = [["reference": gpURL, "display": name]]
      let parts = name.split(separator: " ").map(String.init)
      entries.append(Self.entry(gpURL, [
        "resourceType": "Practitioner", "id": "hpr-\(hpr)",
        "identifier": [["system": FHIRSystem.hpr, "value": hpr]],
        "name": [["use": "official", "family": parts.last ?? name, "given": [parts.dropLast().joined(separator: " ")].filter { !$0.isEmpty }.ifEmpty([name])]],
      ]))
      if let office = s.optionalText(11) {
        entries.append(Self.entry(Self.url("Organization", Int64(hpr) ?? 0), ["resourceType": "Organization", "id": "office-\(hpr)", "name": office]))
      }
    }
    s.reset()
    entries.insert(Self.entry(patientURL, patient), at: 0)
    let subject = ["reference": patientURL]
    entries += try notes(patientID, subject)
    entries += try conditions(patientID, subject)
    entries += try cave(patientID, subject)
    entries += try medications(patientID, subject)
    entries += try observations(patientID, subject)
    entries += try encounters(patientID, subject)
    let bundle: [String: Any] = [
      "resourceType": "Bundle", "type": "collection", "timestamp": FHIRTime.format(time), "entry": entries,
    ]
    guard let data = try? JSONSerialization.data(withJSONObject: bundle, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
      throw .refusedImport
    }
    return data
  }

  // MARK: Resources

  private func notes(_ patientID: Int64, _ subject: [String: String]) throws(StoreError) -> [[String: Any]] {
    try db.statement(
      """
      SELECT n.id, n.type, n.body, n.codes, n.author_name, n.signed_at, n.addendum_to, e.reason
      FROM note n LEFT JOIN note_error e ON e.note_id = n.id WHERE n.patient_id = ? ORDER BY n.id
      """
    ).bind(1, patientID).rows { s -> [String: Any] in
      let id = s.int(0)
      var r: [String: Any] = [
        "resourceType": "DocumentReference", "id": "note-\(id)", "status": "current", "subject": subject,
        "type": ["coding": [["system": FHIRSystem.noteType, "code": s.text(1)]]],
        "date": s.text(5), "author": [["display": s.text(4)]],
        "content": [["attachment": ["contentType": "text/plain; charset=utf-8", "data": Data(s.text(2).utf8).base64EncodedString()]]],
      ]
      let codes = NoteLog.codes(s.text(3))
      if !codes.isEmpty {
        r["context"] = ["event": codes.map { ["coding": [Self.coding($0)]] }]
      }
      if let original = s.optionalInt(6) {
        r["relatesTo"] = [["code": "appends", "target": ["reference": Self.url("DocumentReference", original)]]]
      }
      if let reason = s.optionalText(7) {
        r["docStatus"] = "entered-in-error"
        r["description"] = reason
      }
      return Self.entry(Self.url("DocumentReference", id), r)
    }
  }

  private func conditions(_ patientID: Int64, _ subject: [String: String]) throws(StoreError) -> [[String: Any]] {
    let problems = try db.statement("SELECT id, system, code, title, since FROM problem WHERE patient_id = ? ORDER BY id")
      .bind(1, patientID).rows { s -> [String: Any] in
        let code = DiagnosisCode(system: DiagnosisCode.System(rawValue: s.text(1)) ?? .icpc2, code: s.text(2), title: s.text(3))
        return Self.entry(Self.url("Condition", s.int(0)), [
          "resourceType": "Condition", "id": "problem-\(s.int(0))", "subject": subject,
          "clinicalStatus": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"]]],
          "code": ["coding": [Self.coding(code)], "text": code.title], "recordedDate": s.text(4),
        ])
      }
    let imported = try db.statement(
      "SELECT id, system, code, display, clinical_status, onset, recorded FROM condition WHERE patient_id = ? ORDER BY id"
    ).bind(1, patientID).rows { s -> [String: Any] in
      var r: [String: Any] = [
        "resourceType": "Condition", "id": "condition-\(s.int(0))", "subject": subject,
        "clinicalStatus": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": s.text(4)]]],
        "code": ["coding": [["system": s.text(1), "code": s.text(2), "display": s.text(3)]], "text": s.text(3)],
      ]
      if let onset = s.optionalInt(5).flatMap({ CivilDate(ordinal: Int($0)) }) { r["onsetDateTime"] = Self.date(onset) }
      if let recorded = s.optionalText(6) { r["recordedDate"] = recorded }
      return Self.entry(Self.url("Condition", 1_000_000_000 + s.int(0)), r)
    }
    return problems + imported
  }

  private func cave(_ patientID: Int64, _ subject: [String: String]) throws(StoreError) -> [[String: Any]] {
    try db.statement(
      "SELECT id, category, agent, reaction, severity, certainty, registered_by, registered_on FROM cave_entry WHERE patient_id = ? ORDER BY id"
    ).bind(1, patientID).rows { s -> [String: Any] in
      let category = CaveEntry.Category(rawValue: s.text(1)) ?? .other
      let on = Self.date(CivilDate(ordinal: Int(s.int(7))) ?? SyntheticPopulation.referenceDate)
      let detail: [[String: Any]] = [
        ["url": FHIRSystem.caveDetail + "-reaction", "valueString": s.text(3)],
        ["url": FHIRSystem.caveDetail + "-severity", "valueCode": s.text(4)],
        ["url": FHIRSystem.caveDetail + "-certainty", "valueCode": s.text(5)],
      ]
      if category == .drugReaction || category == .otherAllergy {
        let severity = CaveEntry.Severity(rawValue: s.text(4)) ?? .moderate
        return Self.entry(Self.url("AllergyIntolerance", s.int(0)), [
          "resourceType": "AllergyIntolerance", "id": "cave-\(s.int(0))", "patient": subject, "extension": detail,
          "category": [category == .drugReaction ? "medication" : "environment"],
          "criticality": severity == .lifeThreatening ? "high" : "low",
          "verificationStatus": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
            "code": s.text(5) == "confirmed" ? "confirmed" : (s.text(5) == "probable" ? "presumed" : "unconfirmed")]]],
          "code": ["text": s.text(2)], "recordedDate": on, "recorder": ["display": s.text(6)],
          "reaction": [["manifestation": [["text": s.text(3)]],
            "severity": severity == .mild ? "mild" : (severity == .moderate ? "moderate" : "severe")]],
        ])
      }
      return Self.entry(Self.url("Flag", s.int(0)), [
        "resourceType": "Flag", "id": "cave-\(s.int(0))", "status": "active", "subject": subject, "extension": detail,
        "category": [["coding": [["system": FHIRSystem.caveCategory, "code": category.rawValue]]]],
        "code": ["text": s.text(2)], "date": on, "author": ["display": s.text(6)],
      ])
    }
  }

  private func medications(_ patientID: Int64, _ subject: [String: String]) throws(StoreError) -> [[String: Any]] {
    guard let version = try MedicationLog(db: db).latestVersion(patientID) else { return [] }
    return try MedicationLog(db: db).currentList(patientID).enumerated().map { index, line -> [String: Any] in
      var r: [String: Any] = [
        "resourceType": "MedicationStatement", "id": "lib-\(version.id)-\(index)", "subject": subject,
        "dateAsserted": FHIRTime.format(version.signedAt), "informationSource": ["display": line.prescriber.isEmpty ? version.signedBy : line.prescriber],
        "medicationCodeableConcept": ["coding": [["system": FHIRSystem.atc, "code": line.atc, "display": line.drug]], "text": line.drug],
      ]
      switch line.status {
      case .active: r["status"] = "active"
      case .paused(let reason):
        r["status"] = "on-hold"
        r["statusReason"] = [["text": reason]]
      case .stopped(let reason, let on):
        r["status"] = "stopped"
        r["statusReason"] = [["text": reason]]
        r["effectivePeriod"] = ["end": Self.date(on)]
      }
      if !line.indication.isEmpty { r["reasonCode"] = [["text": line.indication]] }
      let parts = line.dose.split(separator: " ", maxSplits: 1).map(String.init)
      let value = Double(parts.first?.replacingOccurrences(of: ",", with: ".") ?? "") ?? 0
      r["dosage"] = [[
        "text": line.frequency, "route": ["text": line.route.rawValue],
        "doseAndRate": [["doseQuantity": ["value": value, "unit": parts.count > 1 ? parts[1] : ""]]],
      ]]
      return Self.entry(Self.url("MedicationStatement", version.id * 1_000 + Int64(index)), r)
    }
  }

  private func observations(_ patientID: Int64, _ subject: [String: String]) throws(StoreError) -> [[String: Any]] {
    var out: [[String: Any]] = []
    let rows = try db.statement(
      """
      SELECT id, taken_at, recorded_by, respiration_rate, oxygen_saturation, oxygen_scale, on_oxygen,
        systolic_pressure, pulse, consciousness, temperature_tenths FROM vital_signs WHERE patient_id = ? ORDER BY id
      """
    ).bind(1, patientID).rows { s in
      (s.int(0), s.text(1), s.text(2), s.optionalInt(3), s.optionalInt(4), s.int(5), s.optionalInt(6), s.optionalInt(7),
       s.optionalInt(8), s.optionalText(9), s.optionalInt(10))
    }
    for r in rows {
      func observation(_ n: Int64, _ loinc: String, _ display: String, _ value: [String: Any]) -> [String: Any] {
        var o: [String: Any] = [
          "resourceType": "Observation", "id": "vitals-\(r.0)-\(n)", "status": "final", "subject": subject,
          "category": [["coding": [["system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"]]]],
          "code": ["coding": [["system": FHIRSystem.loinc, "code": loinc, "display": display]]],
          "effectiveDateTime": r.1, "performer": [["display": r.2]],
        ]
        o.merge(value) { _, new in new }
        return Self.entry(Self.url("Observation", r.0 * 10 + n), o)
      }
      func quantity(_ v: Double, _ unit: String, _ code: String) -> [String: Any] {
        ["valueQuantity": ["value": v, "unit": unit, "system": "http://unitsofmeasure.org", "code": code]]
      }
      if let v = r.3 { out.append(observation(1, "9279-1", "Respiratory rate", quantity(Double(v), "/min", "/min"))) }
      if let v = r.4 {
        var value = quantity(Double(v), "%", "%")
        var components: [[String: Any]] = [
          ["code": ["coding": [["system": FHIRSystem.spo2Scale, "code": "scale"]]], "valueInteger": Int(r.5)]
        ]
        if let oxygen = r.6 {
          components.append(["code": ["coding": [["system": FHIRSystem.loinc, "code": "3150-0"]]], "valueBoolean": oxygen == 1])
        }
        value["component"] = components
        out.append(observation(2, "59408-5", "Oxygen saturation", value))
      }
      if let v = r.7 {
        out.append(observation(3, "85354-9", "Blood pressure panel", [
          "component": [["code": ["coding": [["system": FHIRSystem.loinc, "code": "8480-6"]]],
            "valueQuantity": ["value": Double(v), "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"]]],
        ]))
      }
      if let v = r.8 { out.append(observation(4, "8867-4", "Heart rate", quantity(Double(v), "/min", "/min"))) }
      if let v = r.10 { out.append(observation(5, "8310-5", "Body temperature", quantity(Double(v) / 10, "Cel", "Cel"))) }
      if let v = r.9 { out.append(observation(6, "80288-4", "Level of consciousness", ["valueCodeableConcept": ["text": v]])) }
    }
    return out
  }

  private func encounters(_ patientID: Int64, _ subject: [String: String]) throws(StoreError) -> [[String: Any]] {
    func encounter(_ key: Int64, _ identifier: String, _ cls: String, _ status: String, _ type: String?, _ start: String?, _ end: String?) -> [String: Any] {
      var r: [String: Any] = [
        "resourceType": "Encounter", "id": identifier, "status": status, "subject": subject,
        "identifier": [["system": FHIRSystem.encounterID, "value": identifier]],
        "class": ["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls],
      ]
      if let type { r["type"] = [["text": type]] }
      var period: [String: String] = [:]
      if let start { period["start"] = start }
      if let end { period["end"] = end }
      if !period.isEmpty { r["period"] = period }
      return Self.entry(Self.url("Encounter", key), r)
    }
    let imported = try db.statement("SELECT id, identifier, class, status, type, started, ended FROM encounter WHERE patient_id = ? ORDER BY id")
      .bind(1, patientID).rows { s in
        encounter(s.int(0), s.text(1), s.text(2), s.text(3), s.optionalText(4), s.optionalText(5), s.optionalText(6))
      }
    let visits = try db.statement("SELECT id, complaint, arrived_at, status FROM triage_visit WHERE patient_id = ? ORDER BY id")
      .bind(1, patientID).rows { s in
        encounter(2_000_000_000 + s.int(0), "triage-\(s.int(0))", "EMER", ["waiting", "with-doctor", "observation"].contains(s.text(3)) ? "in-progress" : "finished",
          "Legevakt: \(s.text(1))", s.text(2), nil)
      }
    let stays = try db.statement("SELECT id, stay_type, admitted, discharged FROM stay WHERE patient_id = ? AND bed_id IS NOT NULL ORDER BY id")
      .bind(1, patientID).rows { s in
        encounter(3_000_000_000 + s.int(0), "stay-\(s.int(0))", "IMP", s.optionalInt(3) == nil ? "in-progress" : "finished",
          "Opphold: \(s.text(1))", CivilDate(ordinal: Int(s.int(2))).map(Self.date),
          s.optionalInt(3).flatMap { CivilDate(ordinal: Int($0)) }.map(Self.date))
      }
    return imported + visits + stays
  }

  // MARK: Helpers

  static func coding(_ code: DiagnosisCode) -> [String: Any] {
    ["system": code.system == .icpc2 ? FHIRSystem.icpc2 : FHIRSystem.icd10, "code": code.code, "display": code.title]
  }

  static func date(_ d: CivilDate) -> String { d.iso }

  static func entry(_ url: String, _ resource: [String: Any]) -> [String: Any] { ["fullUrl": url, "resource": resource] }

  /// A UUID made from the resource type and the store's id: the same record, the same URL.
  static func url(_ type: String, _ id: Int64) -> String {
    let hex = Array(SHA256.hex("workstation:\(type):\(id)").prefix(32))
    let parts = [hex[0..<8], hex[8..<12], hex[12..<16], hex[16..<20], hex[20..<32]].map { String($0) }
    return "urn:uuid:" + parts.joined(separator: "-")
  }
}

extension Array {
  fileprivate func ifEmpty(_ fallback: [Element]) -> [Element] { isEmpty ? fallback : self }
}
