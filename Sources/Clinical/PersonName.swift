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

  /// The name of a patient met by number alone until the server's comes (a walk-in, an admission
  /// by birth number). Kept as data, since the record needs a name and the server may hold it too
  /// when no one knew better; the screens show it in the user's language.
  public static let notKnown = PersonName(given: "Ukjent", middle: nil, family: "Navn mangler")

  /// "Ødegård, Åse Ærlig": family first, as lists in Norwegian record systems sort and show.
  public var listed: String {
    "\(family), \(given)" + (middle.map { " \($0)" } ?? "")
  }

  /// "Åse Ærlig Ødegård": as spoken and written in letters.
  public var full: String {
    [given, middle, family].compactMap { $0 }.joined(separator: " ")
  }

  /// The search key of all name words as the store keeps it (see `NameKey.collating`).
  public var searchKey: String { NameKey.searchKey(full) }
}
