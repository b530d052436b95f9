/// Presenting complaints a walk-in is registered under, each with the level the complaint alone
/// points to. MTS and RETTS are licensed; these are our own groups and levels, following the
/// principle (the worse of the vital-sign level and the complaint level wins), not their tables.
/// The nurse raises the level freely and must give a reason to lower it.
public enum ComplaintGroup: String, Hashable, Sendable, CaseIterable {
  case chestPain = "chest-pain"
  case breathing
  case consciousness
  case strokeSymptoms = "stroke-symptoms"
  case seizure
  case poisoning
  case allergicReaction = "allergic-reaction"
  case bleeding
  case abdominalPain = "abdominal-pain"
  case headache
  case mentalDistress = "mental-distress"
  case fever
  case injury
  case woundOrCut = "wound-or-cut"
  case earNoseThroat = "ear-nose-throat"
  case urinary
  case backPain = "back-pain"
  case skin
  case prescriptionOrCertificate = "prescription-or-certificate"

  public var level: TriageLevel {
    switch self {
    case .consciousness, .strokeSymptoms: return .red
    case .chestPain, .breathing, .seizure, .poisoning, .allergicReaction: return .orange
    case .bleeding, .abdominalPain, .headache, .mentalDistress: return .yellow
    case .fever, .injury, .woundOrCut, .earNoseThroat, .urinary, .backPain: return .green
    case .skin, .prescriptionOrCertificate: return .blue
    }
  }
}
