/// Multi-line text with a cursor, soft word wrap, undo and redo: the note editor's text.
/// Positions are indices into `characters`; lines on screen are computed for a width by
/// `VisualLines`, so the text itself holds only the line breaks the user typed.
public struct TextEditor: Equatable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int
  public let capacity: Int
  private var undoStack: [Snapshot] = []
  private var redoStack: [Snapshot] = []
  /// The kind of the last edit, so a run of typing is undone as one step.
  private var lastEdit: EditKind?
  /// The column a run of up/down moves keeps to, as editors do.
  private var goalColumn: Int?

  private struct Snapshot: Equatable, Sendable {
    let characters: [Character]
    let cursor: Int
  }

  private enum EditKind: Equatable, Sendable { case typing, deleting }

  /// How many steps undo goes back: enough for a consultation, bounded for a 100,000-character note.
  static let undoDepth = 200

  public init(text: String = "", capacity: Int) {
    self.capacity = capacity
    characters = Array(Self.clean(text).prefix(capacity))
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// Inserts typed or pasted text at the cursor, line breaks kept and everything else that
  /// could reach the terminal removed. Returns false when it had to be cut to fit.
  @discardableResult
  public mutating func insert(_ input: String) -> Bool {
    let clean = Array(Self.clean(input))
    let accepted = Array(clean.prefix(max(0, capacity - characters.count)))
    guard !accepted.isEmpty else { return clean.isEmpty }
    // A word typed is one undo step; a paste or a line break is a step of its own.
    let continuesTyping = lastEdit == .typing && accepted.count == 1 && accepted[0] != "\n"
      && cursor > 0 && !characters[cursor - 1].isWhitespace
    if !continuesTyping { remember() }
    characters.insert(contentsOf: accepted, at: cursor)
    cursor += accepted.count
    lastEdit = accepted.count == 1 ? .typing : nil
    redoStack = []
    goalColumn = nil
    return accepted.count == clean.count
  }

  /// Applies an editing or moving action laid out at `width` columns; false when the action is
  /// not one for text.
  public mutating func apply(_ action: Action, width: Int) -> Bool {
    let lines = VisualLines(characters, width: width)
    if action != .editorLineUp && action != .editorLineDown { goalColumn = nil }
    switch action {
    case .editorNewline:
      insert("\n")
      return true
    case .fieldDeleteBackward:
      guard cursor > 0 else { return true }
      delete(cursor - 1..<cursor)
    case .fieldDeleteForward:
      guard cursor < characters.count else { return true }
      delete(cursor..<cursor + 1)
    case .fieldDeleteWord:
      let start = wordStart(before: cursor)
      guard start < cursor else { return true }
      delete(start..<cursor)
    case .fieldClear:
      guard !characters.isEmpty else { return true }
      remember()
      characters = []
      cursor = 0
      lastEdit = nil
    case .fieldLeft: cursor = max(0, cursor - 1)
    case .fieldRight: cursor = min(characters.count, cursor + 1)
    case .editorWordLeft: cursor = wordStart(before: cursor)
    case .editorWordRight: cursor = wordEnd(after: cursor)
    case .fieldHome: cursor = lines.ranges[lines.line(of: cursor)].lowerBound
    case .fieldEnd: cursor = lines.end(of: lines.line(of: cursor))
    case .editorLineUp, .editorLineDown:
      let line = lines.line(of: cursor)
      let goal = goalColumn ?? lines.column(of: cursor, in: characters)
      let target = action == .editorLineUp ? line - 1 : line + 1
      if target < 0 {
        cursor = 0
      } else if target >= lines.ranges.count {
        cursor = characters.count
      } else {
        cursor = lines.index(atColumn: goal, line: target, in: characters)
      }
      goalColumn = goal
    case .editorUndo:
      guard let previous = undoStack.popLast() else { return true }
      redoStack.append(Snapshot(characters: characters, cursor: cursor))
      restore(previous)
    case .editorRedo:
      guard let next = redoStack.popLast() else { return true }
      undoStack.append(Snapshot(characters: characters, cursor: cursor))
      restore(next)
    default:
      return false
    }
    if !action.editsText { lastEdit = nil }
    return true
  }

  private mutating func delete(_ range: Range<Int>) {
    if lastEdit != .deleting || range.count > 1 { remember() }
    characters.removeSubrange(range)
    cursor = range.lowerBound
    lastEdit = .deleting
    redoStack = []
  }

  private mutating func remember() {
    undoStack.append(Snapshot(characters: characters, cursor: cursor))
    if undoStack.count > Self.undoDepth { undoStack.removeFirst() }
  }

  private mutating func restore(_ snapshot: Snapshot) {
    characters = snapshot.characters
    cursor = snapshot.cursor
    lastEdit = nil
  }

  private func wordStart(before index: Int) -> Int {
    var i = index
    while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
    while i > 0 && !characters[i - 1].isWhitespace { i -= 1 }
    return i
  }

  private func wordEnd(after index: Int) -> Int {
    var i = index
    while i < characters.count && characters[i].isWhitespace { i += 1 }
    while i < characters.count && !characters[i].isWhitespace { i += 1 }
    return i
  }

  /// Line breaks in any convention become "\n"; each line passes the sanitiser, which turns
  /// tabs into spaces and drops control characters and escape sequences.
  static func clean(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { TextSanitiser.clean(String($0)) }.joined(separator: "\n")
  }
}

extension Action {
  /// The actions that change the text rather than move in it.
  var editsText: Bool {
    switch self {
    case .fieldDeleteBackward, .fieldDeleteForward, .fieldDeleteWord, .fieldClear, .editorNewline:
      return true
    default:
      return false
    }
  }
}
