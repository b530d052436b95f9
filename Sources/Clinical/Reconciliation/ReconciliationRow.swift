/// One medicine across the lists: the signed list's line, each source's line, and what differs.
public struct ReconciliationRow: Hashable, Sendable {
  public let atc: String
  public let name: String
  /// The line of the current signed list, if the medicine is on it.
  public let current: MedicationLine?
  /// Each source's line, in the order of the sources; nil where the source does not have it.
  public let cells: [MedicationLine?]
  public let discrepancies: [Discrepancy]

  public init(atc: String, name: String, current: MedicationLine?, cells: [MedicationLine?], discrepancies: [Discrepancy]) {
    self.atc = atc
    self.name = name
    self.current = current
    self.cells = cells
    self.discrepancies = discrepancies
  }

  public var needsClassification: Bool { discrepancies.contains { $0.isListDifference } }
  public var needsDecision: Bool { !discrepancies.isEmpty }

  /// The line a "keep" carries on: the newest source that has it, else the signed list's.
  public func latest(_ sources: [MedicationSource]) -> MedicationLine? {
    latestWithSource(sources)?.line
  }

  /// The same, with the list it comes from (nil for the signed list's own line).
  public func latestWithSource(_ sources: [MedicationSource]) -> (line: MedicationLine, source: MedicationSource?)? {
    let byDate = zip(sources, cells).compactMap { s, c in c.map { (s, $0) } }
    if let newest = byDate.max(by: { $0.0.date < $1.0.date }) { return (newest.1, newest.0) }
    return current.map { ($0, nil) }
  }
}
