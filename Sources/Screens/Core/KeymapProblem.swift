/// Why a keymap file cannot be used; reported with its file and line, before the screen opens.
public enum KeymapProblem: Equatable, Sendable {
  case missingEquals
  case bindingOutsideSection
  case unknownSection(String)
  case unknownKey(String)
  case unknownAction(String)
  case duplicateKey(String, firstLine: Int)
  case prefixConflict(String, other: String)
  case unreadable
}
