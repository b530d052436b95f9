import Clinical

/// A signed medication line as it travels to and from the central server: every field, by name,
/// so a list signed on one workstation reads the same on any other.
enum MedicationLinePayload {
  static func encode(_ line: MedicationLine) -> [String: Any] {
    var out: [String: Any] = [
      "atc": line.atc, "drug": line.drug, "dose": line.dose, "frequency": line.frequency,
      "route": line.route.rawValue, "indication": line.indication, "prescriber": line.prescriber,
      "decisionReason": line.decisionReason, "source": line.source,
    ]
    if let start = line.start { out["start"] = start.ordinal }
    switch line.status {
    case .active: out["status"] = "active"
    case .paused(let reason): out["status"] = "paused"; out["statusReason"] = reason
    case .stopped(let reason, let on): out["status"] = "stopped"; out["statusReason"] = reason; out["statusDate"] = on.ordinal
    }
    return out
  }

  /// nil when a required field is missing or the ATC code is not well formed.
  static func decode(_ o: [String: Any]) -> MedicationLine? {
    guard let atc = o["atc"] as? String, ATCCode.isWellFormed(atc), let drug = o["drug"] as? String,
      let dose = o["dose"] as? String, let frequency = o["frequency"] as? String
    else { return nil }
    let reason = o["statusReason"] as? String ?? ""
    let status: MedicationStatus =
      switch o["status"] as? String {
      case "paused": .paused(reason: reason)
      case "stopped":
        .stopped(reason: reason, on: (o["statusDate"] as? Int).flatMap { CivilDate(ordinal: $0) } ?? SyntheticPopulation.referenceDate)
      default: .active
      }
    return MedicationLine(
      atc: atc, drug: drug, dose: dose, frequency: frequency,
      route: (o["route"] as? String).flatMap(Medication.Route.init(rawValue:)) ?? .oral,
      indication: o["indication"] as? String ?? "", start: (o["start"] as? Int).flatMap { CivilDate(ordinal: $0) },
      prescriber: o["prescriber"] as? String ?? "", status: status,
      decisionReason: o["decisionReason"] as? String ?? "", source: o["source"] as? String ?? "")
  }
}
