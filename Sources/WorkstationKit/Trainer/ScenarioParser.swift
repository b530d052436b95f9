import Clinical
import Foundation
import Screens

/// Reads a scenario file (format in Scenarios/README.md): `field = value` lines, `field.en` for
/// the English text, `#` comments.
enum ScenarioParser {
  private static let known: Set<String> = [
    "id", "title", "story", "hint", "goal", "budget", "mental", "mouse", "keys",
  ]

  static func parse(_ text: String, file: String) throws(ScenarioError) -> Scenario {
    var fields: [String: (value: String, line: Int)] = [:]
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let parts = line.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 2 else {
        throw ScenarioError(file: file, line: index + 1, problem: .unknownField(line))
      }
      let name = parts[0]
      guard known.contains(String(name.split(separator: ".").first ?? "")) else {
        throw ScenarioError(file: file, line: index + 1, problem: .unknownField(name))
      }
      fields[name] = (parts[1], index + 1)
    }
    func required(_ name: String) throws(ScenarioError) -> (value: String, line: Int) {
      guard let field = fields[name] else {
        throw ScenarioError(file: file, line: 0, problem: .missingField(name))
      }
      return field
    }
    func number(_ text: String, line: Int) throws(ScenarioError) -> Int {
      guard let n = Int(text), n >= 0 else {
        throw ScenarioError(file: file, line: line, problem: .badNumber(text))
      }
      return n
    }
    func texts(_ name: String) throws(ScenarioError) -> [Language: String] {
      var out = [Language.nb: try required(name).value]
      if let en = fields[name + ".en"] { out[.en] = en.value }
      return out
    }
    let goal = try required("goal")
    let budget = try required("budget")
    let mental = try required("mental")
    let mouse = try required("mouse")
    return Scenario(
      id: try required("id").value, title: try texts("title"), story: try texts("story"),
      hint: try texts("hint"), goal: try parseGoal(goal.value, file: file, line: goal.line),
      keystrokeBudget: try number(budget.value, line: budget.line),
      mentalSteps: try number(mental.value, line: mental.line),
      mouse: try parseMouse(mouse.value, file: file, line: mouse.line),
      keysFile: try required("keys").value)
  }

  private static func parseGoal(_ text: String, file: String, line: Int) throws(ScenarioError) -> ScenarioGoal {
    let words = text.split(separator: " ").map(String.init)
    if words.count == 2, words[0] == "chart-opened" { return .chartOpened(identifier: words[1]) }
    if words.count == 3, words[0] == "note-signed" { return .noteSigned(identifier: words[1], code: words[2]) }
    if words.count == 3, words[0] == "walk-in-triaged", let level = Int(words[2]).flatMap(TriageLevel.init(rawValue:)) {
      return .walkInTriaged(identifier: words[1], level: level)
    }
    if words.count == 2, words[0] == "bed-handed-over" { return .bedHandedOver(identifier: words[1]) }
    if words.count == 2, words[0] == "medication-list-signed" { return .medicationListSigned(identifier: words[1]) }
    if words.count == 3, words[0] == "dose-given" { return .doseGiven(identifier: words[1], atc: words[2]) }
    if words.count == 4, words[0] == "decision-letter-sent", let service = Int(words[2]), let hours = Int(words[3]) {
      return .decisionLetterSent(identifier: words[1], service: service, hours: hours)
    }
    throw ScenarioError(file: file, line: line, problem: .unknownGoal(text))
  }

  /// "point 4, click 4, home 2, keys 11, mental 3"
  private static func parseMouse(_ text: String, file: String, line: Int) throws(ScenarioError) -> MouseOperators {
    var counts: [String: Int] = [:]
    for part in text.split(separator: ",") {
      let pair = part.split(separator: " ").map(String.init)
      guard pair.count == 2, let n = Int(pair[1]) else {
        throw ScenarioError(file: file, line: line, problem: .badNumber(String(part)))
      }
      counts[pair[0]] = n
    }
    return MouseOperators(
      points: counts["point"] ?? 0, clicks: counts["click"] ?? 0, homings: counts["home"] ?? 0,
      keys: counts["keys"] ?? 0, mentalSteps: counts["mental"] ?? 0)
  }
}
