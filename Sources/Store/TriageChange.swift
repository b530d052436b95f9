import Clinical

/// What one change of a visit set: all of it (registration), the level, or the status.
enum TriageChange {
  case register(complaint: ComplaintGroup, level: TriageLevel, news2: Int?)
  case level
  case status

  var name: String {
    switch self {
    case .register: return "register"
    case .level: return "level"
    case .status: return "status"
    }
  }
}
