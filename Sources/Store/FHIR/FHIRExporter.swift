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
    var given: [JSONValue] = [.string(s.text(1))]
    if let middle = s.optionalText(2) { given.append(.string(middle)) }
    let birth = CivilDate(ordinal: Int(s.int(4))) ?? SyntheticPopulation.referenceDate
    var patient: JSONValue = [
      "resourceType": "Patient", "id": .string("patient-\(patientID)"),
      "identifier": [["system": .string(FHIRSystem.identifier(kind)), "value": .string(identifier)]],
      "name": [["use": "official", "family": .string(s.text(3)), "given": .array(given)]],
      "birthDate": .string(birth.iso),
      "gender": .string(["F": "female", "M": "male"][s.text(5)] ?? "unknown"),
    ]
    if let code = s.optionalText(7) {
      patient["address"] = [[
        "district": .string(s.optionalText(8) ?? code),
        "extension": [["url": .string(FHIRSystem.municipalityExtension), "valueCoding": ["system": .string(FHIRSystem.municipality), "code": .string(code)]]],
      ]]
    }
    var entries: [JSONValue] = []
    let patientURL = Self.url("Patient", patientID)
    if let hpr = s.optionalText(9), let name = s.optionalText(10) {
      let gpURL = Self.url("Practitioner", Int64(hpr) ?? 0)
      patient["generalPractitioner"] = [["reference": .string(gpURL), "display": .string(name)]]
      var parts = name.split(separator: " ").map(String.init)
      let family = parts.popLast() ?? name
      entries.append(Self.entry(gpURL, [
        "resourceType": "Practitioner", "id": .string("hpr-\(hpr)"),
        "identifier": [["system": .string(FHIRSystem.hpr), "value": .string(hpr)]],
        "name": [["use": "official", "family": .string(family), "given": [.string(parts.isEmpty ? name : parts.joined(separator: " "))]]],
      ]))
      if let office = s.optionalText(11) {
        entries.append(Self.entry(Self.url("Organization", Int64(hpr) ?? 0), ["resourceType": "Organization", "id": .string("office-\(hpr)"), "name": .string(office)]))
      }
    }
    s.reset()
    entries.insert(Self.entry(patientURL, patient), at: 0)
    let subject: JSONValue = ["reference": .string(patientURL)]
    entries += try notes(patientID, subject)
    entries += try conditions(patientID, subject)
    entries += try cave(patientID, subject)
    entries += try medications(patientID, subject)
    entries += try observations(patientID, subject)
    entries += try encounters(patientID, subject)
    let bundle: JSONValue = [
      "resourceType": "Bundle", "type": "collection", "timestamp": .string(FHIRTime.format(time)), "entry": .array(entries),
    ]
    var bytes = bundle.data(expected: entries.count * 900)
    bytes.append(UInt8(ascii: "\n"))
    return Data(bytes)
  }

  // MARK: Resources

  private func notes(_ patientID: Int64, _ subject: JSONValue) throws(StoreError) -> [JSONValue] {
    try db.statement(
      """
      SELECT n.id, n.type, n.body, n.codes, n.author_name, n.signed_at, n.addendum_to, e.reason
      FROM note n LEFT JOIN note_error e ON e.note_id = n.id WHERE n.patient_id = ? ORDER BY n.id
      """
    ).bind(1, patientID).rows { s -> JSONValue in
      let id = s.int(0)
      var r: JSONValue = [
        "resourceType": "DocumentReference", "id": .string("note-\(id)"), "status": "current", "subject": subject,
        "type": ["coding": [["system": .string(FHIRSystem.noteType), "code": .string(s.text(1))]]],
        "date": .string(s.text(5)), "author": [["display": .string(s.text(4))]],
        "content": [["attachment": ["contentType": "text/plain; charset=utf-8", "data": .string(Data(s.text(2).utf8).base64EncodedString())]]],
      ]
      let codes = NoteLog.codes(s.text(3))
      if !codes.isEmpty { r["context"] = ["event": .array(codes.map { ["coding": [Self.coding($0)]] })] }
      if let original = s.optionalInt(6) {
        r["relatesTo"] = [["code": "appends", "target": ["reference": .string(Self.url("DocumentReference", original))]]]
      }
      if let reason = s.optionalText(7) {
        r["docStatus"] = "entered-in-error"
        r["description"] = .string(reason)
      }
      return Self.entry(Self.url("DocumentReference", id), r)
    }
  }

  private func conditions(_ patientID: Int64, _ subject: JSONValue) throws(StoreError) -> [JSONValue] {
    func status(_ code: String) -> JSONValue {
      ["coding": [["system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": .string(code)]]]
    }
    let problems = try db.statement("SELECT id, system, code, title, since FROM problem WHERE patient_id = ? ORDER BY id")
      .bind(1, patientID).rows { s -> JSONValue in
        let code = DiagnosisCode(system: DiagnosisCode.System(rawValue: s.text(1)) ?? .icpc2, code: s.text(2), title: s.text(3))
        return Self.entry(Self.url("Condition", s.int(0)), [
          "resourceType": "Condition", "id": .string("problem-\(s.int(0))"), "subject": subject, "clinicalStatus": status("active"),
          "code": ["coding": [Self.coding(code)], "text": .string(code.title)], "recordedDate": .string(s.text(4)),
        ])
      }
    let imported = try db.statement(
      "SELECT id, system, code, display, clinical_status, onset, recorded FROM condition WHERE patient_id = ? ORDER BY id"
    ).bind(1, patientID).rows { s -> JSONValue in
      var r: JSONValue = [
        "resourceType": "Condition", "id": .string("condition-\(s.int(0))"), "subject": subject,
        "clinicalStatus": status(s.text(4)),
        "code": ["coding": [["system": .string(s.text(1)), "code": .string(s.text(2)), "display": .string(s.text(3))]], "text": .string(s.text(3))],
      ]
      if let onset = s.optionalInt(5).flatMap({ CivilDate(ordinal: Int($0)) }) { r["onsetDateTime"] = .string(onset.iso) }
      if let recorded = s.optionalText(6) { r["recordedDate"] = .string(recorded) }
      return Self.entry(Self.url("Condition", 1_000_000_000 + s.int(0)), r)
    }
    return problems + imported
  }

  private func cave(_ patientID: Int64, _ subject: JSONValue) throws(StoreError) -> [JSONValue] {
    try db.statement(
      "SELECT id, category, agent, reaction, severity, certainty, registered_by, registered_on FROM cave_entry WHERE patient_id = ? ORDER BY id"
    ).bind(1, patientID).rows { s -> JSONValue in
      let category = CaveEntry.Category(rawValue: s.text(1)) ?? .other
      let on = JSONValue.string((CivilDate(ordinal: Int(s.int(7))) ?? SyntheticPopulation.referenceDate).iso)
      let detail: JSONValue = [
        ["url": .string(FHIRSystem.caveDetail + "-reaction"), "valueString": .string(s.text(3))],
        ["url": .string(FHIRSystem.caveDetail + "-severity"), "valueCode": .string(s.text(4))],
        ["url": .string(FHIRSystem.caveDetail + "-certainty"), "valueCode": .string(s.text(5))],
      ]
      if category == .drugReaction || category == .otherAllergy {
        let severity = CaveEntry.Severity(rawValue: s.text(4)) ?? .moderate
        let verification = s.text(5) == "confirmed" ? "confirmed" : (s.text(5) == "probable" ? "presumed" : "unconfirmed")
        return Self.entry(Self.url("AllergyIntolerance", s.int(0)), [
          "resourceType": "AllergyIntolerance", "id": .string("cave-\(s.int(0))"), "patient": subject, "extension": detail,
          "category": [.string(category == .drugReaction ? "medication" : "environment")],
          "criticality": .string(severity == .lifeThreatening ? "high" : "low"),
          "verificationStatus": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "code": .string(verification)]]],
          "code": ["text": .string(s.text(2))], "recordedDate": on, "recorder": ["display": .string(s.text(6))],
          "reaction": [["manifestation": [["text": .string(s.text(3))]],
            "severity": .string(severity == .mild ? "mild" : (severity == .moderate ? "moderate" : "severe"))]],
        ])
      }
      return Self.entry(Self.url("Flag", s.int(0)), [
        "resourceType": "Flag", "id": .string("cave-\(s.int(0))"), "status": "active", "subject": subject, "extension": detail,
        "category": [["coding": [["system": .string(FHIRSystem.caveCategory), "code": .string(category.rawValue)]]]],
        "code": ["text": .string(s.text(2))], "date": on, "author": ["display": .string(s.text(6))],
      ])
    }
  }

  private func medications(_ patientID: Int64, _ subject: JSONValue) throws(StoreError) -> [JSONValue] {
    let log = MedicationLog(db: db)
    guard let version = try log.latestVersion(patientID) else { return [] }
    return try log.currentList(patientID).enumerated().map { index, line -> JSONValue in
      var r: JSONValue = [
        "resourceType": "MedicationStatement", "id": .string("lib-\(version.id)-\(index)"), "subject": subject,
        "dateAsserted": .string(FHIRTime.format(version.signedAt)),
        "informationSource": ["display": .string(line.prescriber.isEmpty ? version.signedBy : line.prescriber)],
        "medicationCodeableConcept": ["coding": [["system": .string(FHIRSystem.atc), "code": .string(line.atc), "display": .string(line.drug)]], "text": .string(line.drug)],
      ]
      switch line.status {
      case .active: r["status"] = "active"
      case .paused(let reason):
        r["status"] = "on-hold"
        r["statusReason"] = [["text": .string(reason)]]
      case .stopped(let reason, let on):
        r["status"] = "stopped"
        r["statusReason"] = [["text": .string(reason)]]
        r["effectivePeriod"] = ["end": .string(on.iso)]
      }
      if !line.indication.isEmpty { r["reasonCode"] = [["text": .string(line.indication)]] }
      let parts = line.dose.split(separator: " ", maxSplits: 1).map(String.init)
      let value = Double(parts.first?.replacingOccurrences(of: ",", with: ".") ?? "") ?? 0
      r["dosage"] = [[
        "text": .string(line.frequency), "route": ["text": .string(line.route.rawValue)],
        "doseAndRate": [["doseQuantity": ["value": .number(value), "unit": .string(parts.count > 1 ? parts[1] : "")]]],
      ]]
      return Self.entry(Self.url("MedicationStatement", version.id * 1_000 + Int64(index)), r)
    }
  }

  private func observations(_ patientID: Int64, _ subject: JSONValue) throws(StoreError) -> [JSONValue] {
    var out: [JSONValue] = []
    let rows = try db.statement(
      """
      SELECT id, taken_at, recorded_by, respiration_rate, oxygen_saturation, oxygen_scale, on_oxygen,
        systolic_pressure, pulse, consciousness, temperature_tenths FROM vital_signs WHERE patient_id = ? ORDER BY id
      """
    ).bind(1, patientID).rows { s in
      (s.int(0), s.text(1), s.text(2), s.optionalInt(3), s.optionalInt(4), s.int(5), s.optionalInt(6), s.optionalInt(7),
       s.optionalInt(8), s.optionalText(9), s.optionalInt(10))
    }
    out.reserveCapacity(rows.count * 6)
    guard case .object(let subjectPairs) = subject, case .string(let patientURL)? = subjectPairs.first?.1 else { return [] }
    // Thousands of these in a long record: written straight to JSON text, not built as trees.
    for r in rows {
      func observation(_ n: Int64, _ loinc: StaticString, _ display: StaticString, _ value: (inout JSONBytes) -> Void) -> JSONValue {
        var j = JSONBytes(capacity: 700)
        j.raw(#"{"fullUrl":"#)
        j.string(Self.url("Observation", r.0 * 10 + n))
        j.raw(#","resource":{"resourceType":"Observation","id":"#)
        j.string("vitals-\(r.0)-\(n)")
        j.raw(#","status":"final","subject":{"reference":"#)
        j.string(patientURL)
        j.raw(#"},"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],"code":{"coding":[{"system":"http://loinc.org","code":""#)
        j.raw(loinc)
        j.raw(#"","display":""#)
        j.raw(display)
        j.raw(#""}]},"effectiveDateTime":"#)
        j.string(r.1)
        j.raw(#","performer":[{"display":"#)
        j.string(r.2)
        j.raw("}]")
        value(&j)
        j.raw("}}")
        return .raw(j.bytes)
      }
      func quantity(_ v: Double, _ unit: StaticString) -> (inout JSONBytes) -> Void {
        { j in
          j.raw(#","valueQuantity":{"value":"#)
          j.number(v)
          j.raw(#","unit":""#)
          j.raw(unit)
          j.raw(#"","system":"http://unitsofmeasure.org","code":""#)
          j.raw(unit)
          j.raw(#""}"#)
        }
      }
      if let v = r.3 { out.append(observation(1, "9279-1", "Respiratory rate", quantity(Double(v), "/min"))) }
      if let v = r.4 {
        out.append(observation(2, "59408-5", "Oxygen saturation") { j in
          quantity(Double(v), "%")(&j)
          j.raw(#","component":[{"code":{"coding":[{"system":"urn:workstation:news2-spo2-scale","code":"scale"}]},"valueInteger":"#)
          j.number(Double(r.5))
          j.raw("}")
          if let oxygen = r.6 {
            j.raw(#",{"code":{"coding":[{"system":"http://loinc.org","code":"3150-0"}]},"valueBoolean":"#)
            j.raw(oxygen == 1 ? "true" : "false")
            j.raw("}")
          }
          j.raw("]")
        })
      }
      if let v = r.7 {
        out.append(observation(3, "85354-9", "Blood pressure panel") { j in
          j.raw(#","component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":"#)
          j.number(Double(v))
          j.raw(#","unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}}]"#)
        })
      }
      if let v = r.8 { out.append(observation(4, "8867-4", "Heart rate", quantity(Double(v), "/min"))) }
      if let v = r.10 { out.append(observation(5, "8310-5", "Body temperature", quantity(Double(v) / 10, "Cel"))) }
      if let v = r.9 {
        out.append(observation(6, "80288-4", "Level of consciousness") { j in
          j.raw(#","valueCodeableConcept":{"text":"#)
          j.string(v)
          j.raw("}")
        })
      }
    }
    return out
  }

  private func encounters(_ patientID: Int64, _ subject: JSONValue) throws(StoreError) -> [JSONValue] {
    func encounter(_ key: Int64, _ identifier: String, _ cls: String, _ status: String, _ type: String?, _ start: String?, _ end: String?) -> JSONValue {
      var r: JSONValue = [
        "resourceType": "Encounter", "id": .string(identifier), "status": .string(status), "subject": subject,
        "identifier": [["system": .string(FHIRSystem.encounterID), "value": .string(identifier)]],
        "class": ["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": .string(cls)],
      ]
      if let type { r["type"] = [["text": .string(type)]] }
      var period: [(String, JSONValue)] = []
      if let start { period.append(("start", .string(start))) }
      if let end { period.append(("end", .string(end))) }
      if !period.isEmpty { r["period"] = .object(period) }
      return Self.entry(Self.url("Encounter", key), r)
    }
    let imported = try db.statement("SELECT id, identifier, class, status, type, started, ended FROM encounter WHERE patient_id = ? ORDER BY id")
      .bind(1, patientID).rows { s in
        encounter(s.int(0), s.text(1), s.text(2), s.text(3), s.optionalText(4), s.optionalText(5), s.optionalText(6))
      }
    let visits = try db.statement("SELECT id, complaint, arrived_at, status FROM triage_visit WHERE patient_id = ? ORDER BY id")
      .bind(1, patientID).rows { s in
        encounter(
          2_000_000_000 + s.int(0), "triage-\(s.int(0))", "EMER",
          ["waiting", "with-doctor", "observation"].contains(s.text(3)) ? "in-progress" : "finished",
          "Legevakt: \(s.text(1))", s.text(2), nil)
      }
    let stays = try db.statement(
      "SELECT id, stay_type, admitted, discharged, withdrawn FROM stay WHERE patient_id = ? AND bed_id IS NOT NULL ORDER BY id"
    ).bind(1, patientID).rows { s in
        // A stay withdrawn (the patient was admitted twice at once) was registered in error.
        encounter(
          3_000_000_000 + s.int(0), "stay-\(s.int(0))", "IMP",
          s.int(4) != 0 ? "entered-in-error" : s.optionalInt(3) == nil ? "in-progress" : "finished",
          "Opphold: \(s.text(1))", CivilDate(ordinal: Int(s.int(2)))?.iso,
          s.optionalInt(3).flatMap { CivilDate(ordinal: Int($0)) }?.iso)
      }
    return imported + visits + stays
  }

  // MARK: Helpers

  static func coding(_ code: DiagnosisCode) -> JSONValue {
    ["system": .string(code.system == .icpc2 ? FHIRSystem.icpc2 : FHIRSystem.icd10), "code": .string(code.code), "display": .string(code.title)]
  }

  static func entry(_ url: String, _ resource: JSONValue) -> JSONValue { ["fullUrl": .string(url), "resource": resource] }

  /// A UUID made from the resource type and the store's id: the same record, the same URL. The
  /// type's number goes in the first group, the id in the last twelve hex digits.
  static func url(_ type: String, _ id: Int64) -> String {
    let kind = types.firstIndex(of: type) ?? types.count
    let hex = String(UInt64(bitPattern: id) & 0xFFFF_FFFF_FFFF, radix: 16)
    return "urn:uuid:0000000\(kind)-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
  }

  private static let types = [
    "Patient", "Practitioner", "Organization", "DocumentReference", "Condition", "AllergyIntolerance", "Flag",
    "MedicationStatement", "Observation", "Encounter",
  ]
}
