/// Moving a selection or scroll position through a list by the list.* actions.
public enum ListMovement {
  /// The new position after `action`, kept within 0..<count; other actions leave it.
  public static func move(_ position: Int, count: Int, _ action: Action, page: Int) -> Int {
    guard count > 0 else { return 0 }
    let target: Int
    switch action {
    case .listNext: target = position + 1
    case .listPrev: target = position - 1
    case .listPageDown: target = position + page
    case .listPageUp: target = position - page
    case .listFirst: target = 0
    case .listLast: target = count - 1
    default: target = position
    }
    return min(max(0, target), count - 1)
  }
}
