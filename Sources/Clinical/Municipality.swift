/// A Norwegian municipality by its four-digit number (kommunenummer, 2024 numbering).
public struct Municipality: Hashable, Sendable {
  public let code: String
  public let name: String
  public let county: String

  public init(code: String, name: String, county: String) {
    self.code = code
    self.name = name
    self.county = county
  }

  /// Whether `code` is written as a kommunenummer: four ASCII digits.
  public static func isCode(_ code: String) -> Bool {
    code.utf8.count == 4 && code.utf8.allSatisfy { (0x30...0x39).contains($0) }
  }
}
