/// A list loaded a screenful at a time: the rows so far, the selection, and how many rows were
/// asked for (one more than shown, to know that there are more).
public struct PagedList<Element: Equatable & Sendable>: Equatable, Sendable {
  public var items: [Element] = []
  public var selection = 0
  public var limit: Int

  public init(limit: Int) { self.limit = limit }

  /// A limit of 0 means nothing was asked for in pages (recent patients).
  public var hasMore: Bool { limit > 0 && items.count >= limit }

  /// Takes a loaded page, keeping the selection within it.
  mutating func loaded(_ rows: [Element]) {
    items = rows
    selection = min(selection, max(0, rows.count - 1))
  }

  /// Moves by a list action; returns the larger limit to load when the move went past the
  /// last loaded row and more exist.
  mutating func move(_ action: Action, page: Int) -> Int? {
    let wanted = ListMovement.move(selection, count: Int.max, action, page: page)
    selection = ListMovement.move(selection, count: items.count, action, page: page)
    guard wanted >= items.count - 1, hasMore else { return nil }
    limit += page
    selection = min(wanted, limit - 1)
    return limit
  }

  /// The rows to draw in `rows` lines, with the index of the first, so the selection shows.
  func window(rows: Int) -> (first: Int, rows: ArraySlice<Element>) {
    let first = max(0, min(selection - rows + 1, items.count - rows))
    return (first, items.dropFirst(first).prefix(rows))
  }
}
