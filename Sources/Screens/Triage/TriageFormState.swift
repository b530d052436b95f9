import Clinical

/// The fields of walk-in registration: who, why, and the vital signs the level is read from.
public enum TriageField: Int, CaseIterable, Sendable {
  // Air or oxygen comes last and is filled in as air: a walk-in rarely comes on oxygen, and the
  // form can be signed from the temperature without passing it.
  case person, complaint, respirationRate, oxygenSaturation, systolicPressure, pulse, consciousness,
    temperature, airOrOxygen

  /// The vitals form's field for the same value.
  var vitals: VitalsField? {
    switch self {
    case .person, .complaint: return nil
    case .respirationRate: return .respirationRate
    case .oxygenSaturation: return .oxygenSaturation
    case .airOrOxygen: return .airOrOxygen
    case .systolicPressure: return .systolicPressure
    case .pulse: return .pulse
    case .consciousness: return .consciousness
    case .temperature: return .temperature
    }
  }
}

/// Why a walk-in cannot be registered yet.
public enum TriageProblem: Error, Equatable, Sendable {
  case invalidIdentifier
  case chooseComplaint
  case vitals(VitalsProblem)
  case noVitals
}

/// Registering a walk-in: an identifier (or nothing, for an unidentified patient under a new
/// H-number), a complaint group by number or first letters, and the vital signs. The level shows
/// as it is typed: the worse of the vital-sign level and the complaint level.
public struct TriageFormState: Equatable, Sendable {
  public var fields = FormFields<TriageField>(capacity: { $0 == .person ? 11 : ($0 == .complaint ? 20 : 6) })

  public init() {
    // Walk-ins breathe room air unless they come with oxygen.
    fields.inputs[.airOrOxygen]?.insert("L")
  }

  var reading: VitalsInput.Reading {
    var texts: [VitalsField: String] = [.scale: "1"]
    for field in TriageField.allCases { if let v = field.vitals { texts[v] = fields.text(field) } }
    return VitalsInput.read(texts, hypercapnic: false)
  }

  /// The complaint typed as its number in the list or the start of its name.
  func complaint(_ app: AppState) -> ComplaintGroup? {
    let typed = fields.text(.complaint).trimmingCharacters(in: .whitespaces)
    let all = ComplaintGroup.allCases
    if let n = Int(typed) { return (1...all.count).contains(n) ? all[n - 1] : nil }
    let folded = NameKey.fold(typed)
    guard !folded.isEmpty else { return nil }
    return all.first { NameKey.fold(app.text(.complaintName($0))).hasPrefix(folded) }
  }

  /// The identifier typed, nil for an unidentified walk-in; a problem when it is not valid.
  func identifier(_ app: AppState) -> Result<String?, TriageProblem> {
    let typed = fields.text(.person).trimmingCharacters(in: .whitespaces)
    if typed.isEmpty { return .success(nil) }
    let explanation = IdentifierValidator.inForce(on: app.today).explain(typed, today: app.today)
    return explanation.problems.isEmpty && typed.count == 11 ? .success(typed) : .failure(.invalidIdentifier)
  }

  func problems(_ app: AppState, all: Bool) -> [TriageField: TriageProblem] {
    var out: [TriageField: TriageProblem] = [:]
    if case .failure(let p) = identifier(app), !fields.text(.person).isEmpty || all { out[.person] = p }
    if complaint(app) == nil && (all || !fields.text(.complaint).isEmpty) { out[.complaint] = .chooseComplaint }
    for (field, problem) in reading.problems {
      if let triage = TriageField.allCases.first(where: { $0.vitals == field }) { out[triage] = .vitals(problem) }
    }
    return out
  }
}
