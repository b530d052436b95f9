import Clinical
import Foundation

/// Reads a medication list from FHIR R4 JSON: a Bundle of MedicationStatement or
/// MedicationRequest resources (a discharge letter's list), or one such resource. Medicines are
/// coded with ATC (system http://www.whocc.no/atc, level 5); the dose comes from the structured
/// doseQuantity, the schedule from the dosage text. The first problem refuses the whole file.
public enum FHIRMedicationList {
  public static let atcSystem = "http://www.whocc.no/atc"
  /// Larger files are refused before they are parsed, so memory stays bounded.
  public static let maximumBytes = 10_000_000

  public struct Parsed: Equatable, Sendable {
    public let date: CivilDate?
    public let lines: [MedicationLine]
  }

  public static func parse(_ data: Data) -> Result<Parsed, MedicationImportProblem> {
    guard data.count <= maximumBytes else { return .failure(.init(.tooLarge(bytes: data.count))) }
    guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      return .failure(.init(.notJSON))
    }
    let resources: [[String: Any]]
    switch json["resourceType"] as? String {
    case "Bundle":
      resources = (json["entry"] as? [[String: Any]] ?? []).map { $0["resource"] as? [String: Any] ?? [:] }
    case "MedicationStatement", "MedicationRequest":
      resources = [json]
    default:
      return .failure(.init(.notFHIR))
    }
    var lines: [MedicationLine] = []
    var dates: [CivilDate] = []
    for (index, resource) in resources.enumerated() {
      let type = resource["resourceType"] as? String ?? ""
      // Other resources in a discharge bundle (Patient, Composition, Encounter) are not lists.
      guard type == "MedicationStatement" || type == "MedicationRequest" else { continue }
      switch line(resource, type: type) {
      case .success(let line): lines.append(line)
      case .failure(let reason): return .failure(.init(entry: index + 1, resourceType: type, reason))
      }
      for key in ["dateAsserted", "authoredOn", "effectiveDateTime"] {
        if let text = resource[key] as? String, let date = civilDate(text) { dates.append(date) }
      }
    }
    guard !lines.isEmpty else { return .failure(.init(.noMedications)) }
    return .success(Parsed(date: dates.max(), lines: lines))
  }

  static func line(_ r: [String: Any], type: String) -> Result<MedicationLine, MedicationImportProblem.Reason> {
    let concept = r["medicationCodeableConcept"] as? [String: Any] ?? [:]
    let codings = concept["coding"] as? [[String: Any]] ?? []
    guard let atcCoding = codings.first(where: { ($0["system"] as? String) == atcSystem }),
      let atc = atcCoding["code"] as? String
    else { return .failure(.missingATC) }
    guard atc.count == 7, ATCCode.isWellFormed(atc) else { return .failure(.malformedATC(atc)) }
    guard let name = (atcCoding["display"] as? String) ?? (concept["text"] as? String), !name.isEmpty else {
      return .failure(.missingName)
    }
    let dosage = ((r["dosage"] ?? r["dosageInstruction"]) as? [[String: Any]])?.first ?? [:]
    let quantity = ((dosage["doseAndRate"] as? [[String: Any]])?.first?["doseQuantity"]) as? [String: Any]
    guard let quantity, let value = quantity["value"] as? Double else { return .failure(.missingDose) }
    let unit = (quantity["unit"] as? String) ?? (quantity["code"] as? String) ?? ""
    let amount = value.rounded() == value ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    guard let dose = Dose("\(amount) \(unit)") else { return .failure(.badDose("\(amount) \(unit)")) }
    var route = Medication.Route.oral
    if let routeConcept = dosage["route"] as? [String: Any] {
      let words = ([routeConcept["text"] as? String] + ((routeConcept["coding"] as? [[String: Any]]) ?? []).map { $0["display"] as? String })
        .compactMap { $0 }.joined(separator: " ")
      guard let mapped = Self.route(words) else { return .failure(.badRoute(words)) }
      route = mapped
    }
    let statusReason = ((r["statusReason"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
    let ended = ((r["effectivePeriod"] as? [String: Any])?["end"] as? String).flatMap(civilDate)
    let status: MedicationStatus =
      switch r["status"] as? String {
      case "stopped", "completed", "cancelled": .stopped(reason: statusReason, on: ended ?? SyntheticPopulation.referenceDate)
      case "on-hold": .paused(reason: statusReason)
      default: .active
      }
    let reason = ((r["reasonCode"] as? [[String: Any]])?.first).flatMap {
      ($0["text"] as? String) ?? (($0["coding"] as? [[String: Any]])?.first?["display"] as? String)
    }
    let prescriber = ((r["informationSource"] ?? r["requester"]) as? [String: Any])?["display"] as? String
    return .success(
      MedicationLine(
        atc: atc, drug: name, dose: dose.description, frequency: dosage["text"] as? String ?? "",
        route: route, indication: reason ?? "", prescriber: prescriber ?? "", status: status))
  }

  /// English (SNOMED display) or Norwegian route words.
  static func route(_ words: String) -> Medication.Route? {
    let w = words.lowercased()
    if let exact = Medication.Route(rawValue: w) { return exact }
    let table: [(String, Medication.Route)] = [
      ("oral", .oral), ("per os", .oral), ("sublingu", .sublingval), ("sublingv", .sublingval),
      ("rect", .rektal), ("rekt", .rektal), ("intraven", .iv), ("intramusk", .im), ("intramusc", .im),
      ("subcutan", .sc), ("subkutan", .sc), ("inhal", .inhalasjon), ("nasal", .nasal),
      ("ocular", .okulær), ("okul", .okulær), ("eye", .okulær), ("vagina", .vaginal), ("cutan", .kutan),
      ("kutan", .kutan), ("topical", .kutan),
    ]
    return table.first { w.contains($0.0) }?.1
  }

  /// "2026-11-25" or a dateTime starting so.
  static func civilDate(_ text: String) -> CivilDate? {
    let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return CivilDate(year: parts[0], month: parts[1], day: parts[2])
  }
}
