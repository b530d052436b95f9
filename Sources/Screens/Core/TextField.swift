/// A one-line editable text with a cursor. Input is sanitised on the way in, and a paste longer
/// than `capacity` is cut rather than rejected, with the caller told.
public struct TextField: Equatable, Sendable {
  public private(set) var characters: [Character] = []
  public private(set) var cursor = 0
  public let capacity: Int

  public init(capacity: Int = 100) { self.capacity = capacity }

  public var text: String { String(characters) }

  /// Inserts at the cursor; returns false when the text had to be shortened to fit. A field of
  /// one character (a level, a choice by number) takes the key typed in place of what it held,
  /// so changing a suggested answer is one key, not two.
  @discardableResult
  public mutating func insert(_ input: String) -> Bool {
    let clean = Array(TextSanitiser.clean(input))
    if capacity == 1, clean.count == 1 {
      characters = clean
      cursor = 1
      return true
    }
    let room = capacity - characters.count
    let accepted = clean.prefix(max(0, room))
    characters.insert(contentsOf: accepted, at: cursor)
    cursor += accepted.count
    return accepted.count == clean.count
  }

  /// Applies an editing action; returns false when the action is not a field action.
  public mutating func apply(_ action: Action) -> Bool {
    switch action {
    case .fieldDeleteBackward:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .fieldDeleteForward:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .fieldDeleteWord:
      var start = cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .fieldClear:
      characters = []
      cursor = 0
    case .fieldLeft: cursor = max(0, cursor - 1)
    case .fieldRight: cursor = min(characters.count, cursor + 1)
    case .fieldHome: cursor = 0
    case .fieldEnd: cursor = characters.count
    default: return false
    }
    return true
  }
}
