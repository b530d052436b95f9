/// Scrolling the letter, and printing it to a file (the path is asked, a default filled in).
enum LetterReducer {
  static func reduce(_ s: inout LetterState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if var path = s.printPath {
      switch path.apply(event) {
      case .edited: s.printPath = path
      case .cancelled: s.printPath = nil
      case .submitted(let texts):
        guard !texts[0].isEmpty else { return [] }
        s.printPath = nil
        return [.printLetter(body: s.body, path: texts[0])]
      case .ignored: break
      }
      return []
    }
    guard case .action(let action) = event else { return [] }
    switch action {
    case .letterPrint:
      var field = TextField(capacity: 500)
      field.insert("~/vedtaksbrev-\(app.today.year)-\(s.caseID).txt")
      s.printPath = PromptFields([field])
    case let move where move.movesInList:
      let lines = LetterView.lines(s, width: app.size.width - 2).count
      let rows = LetterView.visibleRows(app.size)
      s.scroll = ListMovement.move(s.scroll, count: max(1, lines - rows + 1), move, page: rows)
    default:
      break
    }
    return []
  }
}
