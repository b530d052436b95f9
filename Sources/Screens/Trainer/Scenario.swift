import Clinical

/// A training task: its story, the goal checked against the store, and a keystroke budget with
/// the Keystroke-Level-Model operators of the same task done with a mouse.
public struct Scenario: Equatable, Sendable, Identifiable {
  public let id: String
  public let title: [Language: String]
  public let story: [Language: String]
  public let hint: [Language: String]
  public let goal: ScenarioGoal
  public let keystrokeBudget: Int
  /// KLM mental steps (M) a clinician needs for the task, whatever the input device.
  public let mentalSteps: Int
  /// The same task in a mouse-driven record system, as KLM operators.
  public let mouse: MouseOperators
  /// The reference key file, relative to the scenario file.
  public let keysFile: String

  public init(
    id: String, title: [Language: String], story: [Language: String], hint: [Language: String],
    goal: ScenarioGoal, keystrokeBudget: Int, mentalSteps: Int, mouse: MouseOperators,
    keysFile: String
  ) {
    self.id = id
    self.title = title
    self.story = story
    self.hint = hint
    self.goal = goal
    self.keystrokeBudget = keystrokeBudget
    self.mentalSteps = mentalSteps
    self.mouse = mouse
    self.keysFile = keysFile
  }

  /// The text in `language`, falling back to bokmål.
  public func text(_ texts: [Language: String], _ language: Language) -> String {
    texts[language] ?? texts[.nb] ?? ""
  }
}

/// What must be true in the store when the task is done.
public enum ScenarioGoal: Equatable, Sendable {
  /// The chart of the patient with this identifier was opened after the scenario started.
  case chartOpened(identifier: String)
  /// A note carrying this ICPC-2 code was signed on the patient with this identifier after the
  /// scenario started.
  case noteSigned(identifier: String, code: String)
  /// The patient walked in and was triaged at this level (or more urgent) after the start.
  case walkInTriaged(identifier: String, level: TriageLevel)
  /// The patient was discharged after the start and someone else now has the bed.
  case bedHandedOver(identifier: String)
  /// A medication list was signed for the patient after the start.
  case medicationListSigned(identifier: String)
  /// A dose of the medicine with this ATC code was recorded given to the patient after the start.
  case doseGiven(identifier: String, atc: String)
  /// A decision letter was sent after the start granting the service (IPLOS number) at these
  /// hours per week, from a Monday after the letter, with the evaluation three months later.
  case decisionLetterSent(identifier: String, service: Int, hours: Int)
}

/// Keystroke-Level-Model operators of a mouse-driven way to do the same task.
public struct MouseOperators: Equatable, Sendable {
  public let points: Int
  public let clicks: Int
  public let homings: Int
  public let keys: Int
  public let mentalSteps: Int

  public init(points: Int, clicks: Int, homings: Int, keys: Int, mentalSteps: Int) {
    self.points = points
    self.clicks = clicks
    self.homings = homings
    self.keys = keys
    self.mentalSteps = mentalSteps
  }
}
