import Screens

/// A scenario or key file that cannot be used, with the file and line to fix.
public struct ScenarioError: Error, Equatable, Sendable {
  public let file: String
  public let line: Int
  public let problem: ScenarioProblem

  public func message(_ language: Language) -> String {
    language.text(
      .scenarioError(file: file, line: line, reason: language.text(.scenarioProblem(problem))))
  }
}
