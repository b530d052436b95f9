import Foundation
import Screens

/// A recorded or reference key file: one key per line in keymap syntax (`enter`, `ctrl+q`,
/// `f2`), or `text …` for characters typed; `#` starts a comment line.
public enum KeyScript {
  public static func parse(_ text: String, file: String) throws(ScenarioError) -> [Key] {
    var keys: [Key] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      if line.hasPrefix("text ") {
        keys += raw.drop(while: { $0 == " " }).dropFirst(5).map { $0 == " " ? Key(.space) : Key.char($0) }
        continue
      }
      guard let key = Key(name: line) else {
        throw ScenarioError(file: file, line: index + 1, problem: .unknownKey(line))
      }
      keys.append(key)
    }
    return keys
  }

  /// Writes keys back, runs of typed characters as one `text` line.
  public static func render(_ keys: [Key]) -> String {
    var lines: [String] = []
    var typed = ""
    for key in keys {
      if let t = key.text, t != " " || !typed.isEmpty {
        typed += t
        continue
      }
      if !typed.isEmpty { lines.append("text " + typed) }
      typed = ""
      lines.append(key.description)
    }
    if !typed.isEmpty { lines.append("text " + typed) }
    return lines.joined(separator: "\n") + "\n"
  }

  static func read(_ path: String) throws(ScenarioError) -> [Key] {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw ScenarioError(file: path, line: 0, problem: .unreadable)
    }
    return try parse(text, file: path)
  }
}
