/// A decision letter on screen, scrolled by line, and the file to print it to when asked.
public struct LetterState: Equatable, Sendable {
  public let caseID: Int64
  public let body: String
  public var scroll = 0
  public var printPath: PromptFields?

  public init(caseID: Int64, body: String) {
    self.caseID = caseID
    self.body = body
  }
}
