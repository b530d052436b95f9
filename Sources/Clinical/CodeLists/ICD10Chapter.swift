/// A chapter of ICD-10: its Roman numeral, code range and Norwegian title. A code's chapter says
/// which organ system or kind of problem a hospital diagnosis belongs to.
public struct ICD10Chapter: Hashable, Sendable {
  public let numeral: String
  public let first: String
  public let last: String
  public let title: String

  /// Whether `code` (as "E119", "E11.9" or "E11") falls in this chapter.
  public func contains(_ code: String) -> Bool {
    let category = String(CodeList.normalised(code).prefix(3))
    return category.count == 3 && first <= category && category <= last
  }

  public static let all: [ICD10Chapter] = icd10ChapterTable.split(separator: "\n").compactMap { line in
    let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
    let range = parts.count == 3 ? parts[1].split(separator: "-").map(String.init) : []
    guard range.count == 2 else { return nil }
    return ICD10Chapter(numeral: parts[0], first: range[0], last: range[1], title: parts[2])
  }

  public static func of(_ code: String) -> ICD10Chapter? { all.first { $0.contains(code) } }
}
