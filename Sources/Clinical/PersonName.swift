/// A person's name as the population register holds it: given, optional middle, family.
public struct PersonName: Hashable, Sendable {
  public let given: String
  public let middle: String?
  public let family: String

  public init(given: String, middle: String? = nil, family: String) {
    self.given = given
    self.middle = middle
    self.family = family
  }

  /// "Ødegård, Åse Ærlig": family first, as lists in Norwegian record systems sort and show.
  public var listed: String {
    "\(family), \(given)" + (middle.map { " \($0)" } ?? "")
  }

  /// "Åse Ærlig Ødegård": as spoken and written in letters.
  public var full: String {
    [given, middle, family].compactMap { $0 }.joined(separator: " ")
  }

  /// The search key of all name words as the store keeps it (see `NameKey.collating`).
  public var searchKey: String { NameKey.collating(NameKey.fold(full)) }
}
