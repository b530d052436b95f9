import Foundation
import Screens

/// The effective key bindings: Keymaps/default.keymap, then the user's file, then `--keymap`,
/// each merged on top. A file that fails to parse is never half-applied.
public struct Keymap: Sendable {
  public struct Binding: Equatable, Sendable {
    public let context: KeymapContext
    public let keys: [Key]
    public let action: Action
    public let note: String?
    public let file: String
    public let line: Int

    public var keyText: String { keys.map(\.description).joined(separator: " ") }
  }

  public private(set) var bindings: [Binding] = []

  public init() {}

  /// Merges `file`'s bindings over the current ones: the same key in the same section is
  /// replaced. Throws, leaving the keymap as it was, when the file or the result is invalid.
  public mutating func merge(_ text: String, file: String) throws(KeymapError) {
    let parsed = try KeymapParser.parse(text, file: file)
    var merged = bindings.filter { old in
      !parsed.contains { $0.context == old.context && $0.keys == old.keys }
    }
    merged += parsed
    try Self.checkPrefixes(merged)
    bindings = merged
  }

  /// A key that starts a longer sequence in the same section could never be completed.
  private static func checkPrefixes(_ bindings: [Binding]) throws(KeymapError) {
    for b in bindings {
      for other in bindings
      where other.context == b.context && other.keys.count > b.keys.count
        && Array(other.keys.prefix(b.keys.count)) == b.keys
      {
        let later = other.line >= b.line && other.file == b.file ? other : b
        throw KeymapError(
          file: later.file, line: later.line,
          problem: .prefixConflict(b.keyText, other: other.keyText))
      }
    }
  }

  /// What `sequence` means in `contexts`. With a text field focused, a printable key is text
  /// unless the field's own section (or a layer above it) binds it.
  public func resolve(
    _ sequence: [Key], contexts: [KeymapContext], textFocus: Bool
  ) -> KeyResolution {
    for context in contexts {
      let here = bindings.filter { $0.context == context }
      if let exact = here.first(where: { $0.keys == sequence }) { return .action(exact.action) }
      if here.contains(where: { $0.keys.count > sequence.count && Array($0.keys.prefix(sequence.count)) == sequence }) {
        return .pending
      }
      if context == .field, textFocus, sequence.count == 1, let text = sequence[0].text {
        return .text(text)
      }
    }
    return .unbound
  }

  /// The bindings as plain data for the footer and help.
  public var hints: KeyHints {
    KeyHints(
      bindings: bindings.map {
        KeyHints.Binding(context: $0.context, keys: $0.keyText, action: $0.action, note: $0.note)
      })
  }

  /// The effective map in the keymap file syntax, section by section.
  public func rendered() -> String {
    var out = "# Effective keymap (workstation keys)\n"
    for context in KeymapContext.allCases {
      let here = bindings.filter { $0.context == context }
      guard !here.isEmpty else { continue }
      out += "\n[\(context.rawValue)]\n"
      for b in here {
        let left = b.keyText.padding(toLength: max(b.keyText.count, 14), withPad: " ", startingAt: 0)
        out += "\(left) = \(b.action.rawValue)" + (b.note.map { "  # \($0)" } ?? "") + "\n"
      }
    }
    return out
  }
}

/// The meaning of the keys pressed so far.
public enum KeyResolution: Equatable, Sendable {
  case action(Action)
  /// The keys start a longer sequence: wait for the next key.
  case pending
  case text(String)
  case unbound
}

/// A keymap that cannot be used, with the file and line to fix.
public struct KeymapError: Error, Equatable, Sendable {
  public let file: String
  public let line: Int
  public let problem: KeymapProblem

  public func message(_ language: Language) -> String {
    language.text(
      .keymapError(file: file, line: line, reason: language.text(.keymapProblem(problem))))
  }
}
