/// What reconciliation finds in one row: a difference between the lists, or a risk in using the
/// medicine with the others.
public enum Discrepancy: Hashable, Sendable {
  /// In use before, missing from this list.
  case omitted(in: MedicationSource.Kind)
  /// On this list, not in use before.
  case new(in: MedicationSource.Kind)
  case doseChanged(from: String, to: String)
  case frequencyChanged(from: String, to: String)
  case routeChanged(from: Medication.Route, to: Medication.Route)
  /// Only a dispensing record has it: packed is not proof of taken; ask the patient.
  case onlyDispensed
  /// Another medicine in the same therapeutic group (ATC level 4).
  case duplicate(with: String)
  case interaction(with: String, Interaction)
  case cave(agent: String, reaction: String)
  /// Changed in another record while it was changed here: which version holds is decided here.
  case changedElsewhere(origin: String)

  /// The differences between lists, which are classified as intentional or not; risks are only
  /// decided on.
  public var isListDifference: Bool {
    switch self {
    case .omitted, .new, .doseChanged, .frequencyChanged, .routeChanged, .onlyDispensed, .changedElsewhere: return true
    case .duplicate, .interaction, .cave: return false
    }
  }

  /// Ranking in the margin: CAVE, severe interactions, then the rest.
  public var rank: Int {
    switch self {
    case .cave, .changedElsewhere: return 0
    case .interaction(_, let i): return i.severity == .avoid ? 1 : (i.severity == .adjust ? 3 : 6)
    case .omitted, .doseChanged: return 2
    case .new, .frequencyChanged, .routeChanged: return 4
    case .duplicate: return 5
    case .onlyDispensed: return 5
    }
  }

  /// Severe enough to interrupt: a CAVE match or an interaction to avoid.
  public var interrupts: Bool {
    switch self {
    case .cave: return true
    case .interaction(_, let i): return i.severity == .avoid
    default: return false
    }
  }
}

/// How a list difference came about (Helsedirektoratet's classes).
public enum DiscrepancyClass: String, Sendable, CaseIterable {
  case unintentional
  case documentedIntentional = "documented-intentional"
  case undocumentedIntentional = "undocumented-intentional"
}

/// What is decided for a medicine when the list is signed.
public enum RowDecision: Hashable, Sendable {
  case keep
  case change(dose: String, reason: String)
  case pause(reason: String)
  case stop(reason: String)
}
