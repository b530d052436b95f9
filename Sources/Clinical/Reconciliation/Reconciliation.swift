/// The discrepancy engine: lines from the signed list and the sources, gathered into one row per
/// substance (ATC level 5), with what differs and what is risky. Pure and deterministic.
///
/// The baseline is what the patient used before: the signed list when there is one, else the
/// oldest list that is not only a dispensing record. Every other list is compared to it. Only an
/// active line counts as in use; a medicine absent from a list, or stopped or paused on it, is
/// never read as active.
public enum Reconciliation {
  public static func rows(
    current: [MedicationLine], sources: [MedicationSource], cave: [CaveEntry]
  ) -> [ReconciliationRow] {
    let baselineIndex: Int? =
      current.contains(where: \.status.isActive) ? nil
      : sources.indices.filter { !sources[$0].kind.isDispensingOnly }.min { sources[$0].date < sources[$1].date }
    let baseline = baselineIndex.map { sources[$0].lines } ?? current
    // Row order: the baseline as written, then new medicines as the lists give them.
    var order: [String] = []
    var names: [String: String] = [:]
    for line in baseline + sources.flatMap(\.lines) + current where names[line.atc] == nil {
      order.append(line.atc)
      names[line.atc] = line.drug
    }
    let activeIn: (MedicationLine?) -> MedicationLine? = { $0?.status.isActive == true ? $0 : nil }
    var rows: [(atc: String, cells: [MedicationLine?], current: MedicationLine?, found: [Discrepancy])] = []
    for atc in order {
      let cells = sources.map { s in s.lines.first { $0.atc == atc } }
      let currentLine = current.first { $0.atc == atc }
      let base = activeIn(baselineIndex.map { cells[$0] } ?? currentLine)
      var found: [Discrepancy] = []
      for (index, source) in sources.enumerated() where index != baselineIndex {
        let line = activeIn(cells[index])
        switch (base, line) {
        case (_?, nil) where !source.kind.isDispensingOnly: found.append(.omitted(in: source.kind))
        case (nil, _?) where !source.kind.isDispensingOnly: found.append(.new(in: source.kind))
        case (let b?, let l?):
          if !l.sameDose(as: b) { found.append(.doseChanged(from: b.dose, to: l.dose)) }
          if !l.sameFrequency(as: b) { found.append(.frequencyChanged(from: b.frequency, to: l.frequency)) }
          if l.route != b.route { found.append(.routeChanged(from: b.route, to: l.route)) }
        default: break
        }
      }
      let inUseSomewhere = cells.enumerated().contains { i, c in activeIn(c) != nil && !sources[i].kind.isDispensingOnly }
        || activeIn(currentLine) != nil
      if !inUseSomewhere && cells.contains(where: { activeIn($0) != nil }) { found.append(.onlyDispensed) }
      for entry in cave {
        if let group = entry.atcCode, atc.hasPrefix(group) {
          found.append(.cave(agent: entry.agent, reaction: entry.reaction))
        }
      }
      rows.append((atc, cells, currentLine, found))
    }
    // Risks between the medicines that would be in use: every pair, through a per-row rule index.
    let inUse = rows.indices.filter { i in
      rows[i].cells.contains { activeIn($0) != nil } || activeIn(rows[i].current) != nil
    }
    let rules = Interaction.all
    let firstSide = inUse.map { i in Set(rules.indices.filter { rows[i].atc.hasPrefix(rules[$0].first) }) }
    let secondSide = inUse.map { i in Set(rules.indices.filter { rows[i].atc.hasPrefix(rules[$0].second) }) }
    for a in inUse.indices {
      for b in inUse.indices where b > a {
        let (i, j) = (inUse[a], inUse[b])
        if rows[i].atc.prefix(5) == rows[j].atc.prefix(5) {
          rows[i].found.append(.duplicate(with: names[rows[j].atc] ?? rows[j].atc))
          rows[j].found.append(.duplicate(with: names[rows[i].atc] ?? rows[i].atc))
        }
        let matching = firstSide[a].intersection(secondSide[b]).union(secondSide[a].intersection(firstSide[b]))
        guard let rule = matching.map({ rules[$0] }).max(by: { $0.severity < $1.severity }) else { continue }
        rows[i].found.append(.interaction(with: names[rows[j].atc] ?? rows[j].atc, rule))
        rows[j].found.append(.interaction(with: names[rows[i].atc] ?? rows[i].atc, rule))
      }
    }
    return rows.map { r in
      ReconciliationRow(
        atc: r.atc, name: names[r.atc] ?? r.atc, current: r.current, cells: r.cells,
        discrepancies: r.found.sorted { $0.rank < $1.rank })
    }
  }

  /// The list "Legemidler i bruk" as signed: every row's line under its decision (keep when
  /// undecided), stopped and paused lines kept with their status so nothing absent reads as
  /// active and nothing stopped is forgotten.
  public static func signedList(
    _ rows: [ReconciliationRow], sources: [MedicationSource], decisions: [String: RowDecision],
    today: CivilDate
  ) -> [MedicationLine] {
    rows.compactMap { row in
      guard var line = row.latest(sources) else { return nil }
      switch decisions[row.atc] ?? .keep {
      case .keep:
        // A medicine no list has in use stays as the lists have it (stopped or paused).
        if row.cells.allSatisfy({ $0?.status.isActive != true }) && row.current?.status.isActive != true {
          return line
        }
        line.status = .active
      case .change(let dose, _):
        line.dose = dose
        line.status = .active
      case .pause(let reason): line.status = .paused(reason: reason)
      case .stop(let reason): line.status = .stopped(reason: reason, on: today)
      }
      return line
    }
  }
}
