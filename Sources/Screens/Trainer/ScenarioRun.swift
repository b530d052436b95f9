import Foundation

/// A scenario under way in the TUI, and its result once the goal is met.
public struct ScenarioRun: Equatable, Sendable {
  public let scenario: Scenario
  public let startedAt: Date
  public var result: Result?

  public struct Result: Equatable, Sendable {
    public let keystrokes: Int
    public let seconds: Int
  }

  public init(scenario: Scenario, startedAt: Date) {
    self.scenario = scenario
    self.startedAt = startedAt
  }
}
