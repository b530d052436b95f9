/// The shipped medication catalogue, searched by the first letters of a name or brand.
public struct MedicationCatalogue: Sendable {
  public let medications: [Medication]
  private let searchWords: [[String]]

  public init(_ medications: [Medication]) {
    self.medications = medications
    searchWords = medications.map { m in
      ([m.name] + m.brands).flatMap { NameKey.words($0.replacingOccurrences(of: "/", with: " ")) }
    }
  }

  /// Medicines with a word of the name or a brand starting with every typed word, in the
  /// catalogue's order (most used first): "par" finds Paracetamol, then Paralgin forte.
  public func search(_ query: String, limit: Int) -> [Medication] {
    let words = NameKey.words(query)
    guard !words.isEmpty else { return [] }
    var out: [Medication] = []
    for (index, candidate) in searchWords.enumerated()
    where words.allSatisfy({ word in candidate.contains { $0.hasPrefix(word) } }) {
      out.append(medications[index])
      if out.count == limit { break }
    }
    return out
  }

  public static let shipped: MedicationCatalogue = MedicationCatalogue(
    medicationTable.split(separator: "\n").compactMap { line -> Medication? in
      let c = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      guard c.count == 8, let route = Medication.Route(rawValue: c[4]) else { return nil }
      return Medication(
        atc: c[0], name: c[1],
        brands: c[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
        form: c[3], route: route, usualDose: Dose(c[5]), maxSingleDose: Dose(c[6]),
        maxDailyDose: Dose(c[7]))
    })
}
