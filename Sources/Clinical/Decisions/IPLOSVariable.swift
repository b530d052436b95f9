/// The IPLOS function variables an assessment scores, in the order of the IPLOS form.
public enum IPLOSVariable: Int, CaseIterable, Hashable, Sendable {
  case socialParticipation = 1
  case dailyDecisions
  case ownHealth
  case communication
  case shopping
  case housework
  case cooking
  case eating
  case personalHygiene
  case dressing
  case toilet
  case movingIndoors
  case movingOutdoors
  case memory
  case behaviour
  case vision
  case hearing

  /// The column name in the yearly report.
  public var reportName: String {
    switch self {
    case .socialParticipation: return "sosial_deltakelse"
    case .dailyDecisions: return "beslutninger"
    case .ownHealth: return "egen_helse"
    case .communication: return "kommunikasjon"
    case .shopping: return "varer_tjenester"
    case .housework: return "husarbeid"
    case .cooking: return "lage_mat"
    case .eating: return "spise"
    case .personalHygiene: return "personlig_hygiene"
    case .dressing: return "kle_seg"
    case .toilet: return "toalett"
    case .movingIndoors: return "bevege_inne"
    case .movingOutdoors: return "bevege_ute"
    case .memory: return "hukommelse"
    case .behaviour: return "styre_atferd"
    case .vision: return "syn"
    case .hearing: return "horsel"
    }
  }
}

/// An IPLOS assistance-need score: 1 no problems, 2 manages alone with difficulty, 3 medium need,
/// 4 large need, 5 full need, 9 not relevant.
public enum IPLOSScore: Int, CaseIterable, Hashable, Sendable {
  case noProblems = 1
  case withDifficulty = 2
  case mediumNeed = 3
  case largeNeed = 4
  case fullNeed = 5
  case notRelevant = 9

  /// The score a typed digit means; nil for any other character.
  public init?(digit: String) {
    guard let n = Int(digit), let score = IPLOSScore(rawValue: n) else { return nil }
    self = score
  }
}

/// One assessment: a score per function variable (unscored variables are missing, not 1).
public struct IPLOSAssessment: Equatable, Sendable {
  public var scores: [IPLOSVariable: IPLOSScore]

  public init(scores: [IPLOSVariable: IPLOSScore] = [:]) { self.scores = scores }

  public var isComplete: Bool { scores.count == IPLOSVariable.allCases.count }

  /// The mean score of the relevant variables (9 left out), in tenths: the need a waiting list
  /// ranks by. Nil when nothing relevant is scored.
  public var needTenths: Int? {
    let relevant = scores.values.filter { $0 != .notRelevant }.map(\.rawValue)
    guard !relevant.isEmpty else { return nil }
    return (relevant.reduce(0, +) * 10 + relevant.count / 2) / relevant.count
  }
}
