import Foundation
import Screens

/// The scenarios shipped in Scenarios/, found like the keymaps (beside the executable's checkout
/// or the working directory), or in WORKSTATION_SCENARIOS.
public struct ScenarioLibrary: Sendable {
  public let folder: String
  public let scenarios: [Scenario]

  public static func folder(environment: [String: String]) -> String? {
    if let dir = environment["WORKSTATION_SCENARIOS"] { return dir }
    return KeymapLoader.defaultKeymapPath(environment: environment).map {
      URL(fileURLWithPath: $0).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios").path
    }
  }

  /// Every `*.scenario` in `folder`, by file name; a broken one stops the load with its line.
  public init(folder: String) throws(ScenarioError) {
    self.folder = folder
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".scenario") }.sorted()
    var loaded: [Scenario] = []
    for name in names {
      let path = folder + "/" + name
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else { throw ScenarioError(file: path, line: 0, problem: .unreadable) }
      loaded.append(try ScenarioParser.parse(text, file: path))
    }
    scenarios = loaded
  }

  public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

  /// The reference keys of `scenario`.
  public func referenceKeys(_ scenario: Scenario) throws(ScenarioError) -> [Key] {
    try KeyScript.read(folder + "/" + scenario.keysFile)
  }
}
