import Foundation
import Screens

/// Reads the keymap format of ARCHITECTURE.md: `[section]` headers, `keys = action  # note`,
/// comments with `#`. Every problem names its line.
enum KeymapParser {
  static func parse(_ text: String, file: String) throws(KeymapError) -> [Keymap.Binding] {
    var bindings: [Keymap.Binding] = []
    var context: KeymapContext?
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = index + 1
      let (content, note) = splitComment(String(raw))
      guard !content.isEmpty else { continue }
      func fail(_ problem: KeymapProblem) -> KeymapError {
        KeymapError(file: file, line: line, problem: problem)
      }
      if content.hasPrefix("[") && content.hasSuffix("]") {
        let name = String(content.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        guard let found = KeymapContext(rawValue: name) else { throw fail(.unknownSection(name)) }
        context = found
        continue
      }
      guard let context else { throw fail(.bindingOutsideSection) }
      let parts = content.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw fail(.missingEquals) }
      var keys: [Key] = []
      for name in parts[0].split(separator: " ") {
        guard let key = Key(name: String(name)) else { throw fail(.unknownKey(String(name))) }
        keys.append(key)
      }
      guard let action = Action(rawValue: parts[1]) else { throw fail(.unknownAction(parts[1])) }
      if let first = bindings.first(where: { $0.context == context && $0.keys == keys }) {
        throw fail(.duplicateKey(parts[0], firstLine: first.line))
      }
      bindings.append(
        Keymap.Binding(
          context: context, keys: keys, action: action, note: note, file: file, line: line))
    }
    return bindings
  }

  /// Splits "f1 = app.help  # Help" into the binding and its note. A "#" key is written "#"
  /// right after "=" or at the start, so only a "#" after whitespace starts a comment.
  private static func splitComment(_ line: String) -> (String, String?) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("#") { return ("", nil) }
    guard let range = trimmed.range(of: " #") ?? trimmed.range(of: "\t#") else {
      return (trimmed, nil)
    }
    let note = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
    return (trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces), note.isEmpty ? nil : note)
  }
}
