/// Why a scenario or key file cannot be used; reported with its file and line.
public enum ScenarioProblem: Equatable, Sendable {
  case missingField(String)
  case unknownField(String)
  case unknownGoal(String)
  case badNumber(String)
  case unknownKey(String)
  case unreadable
}
