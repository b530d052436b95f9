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
    let compare = LineComparison()
    // One lookup table per list, so each row finds its cells without scanning the lists.
    let byATC = sources.map { s in Dictionary(s.lines.map { ($0.atc, $0) }, uniquingKeysWith: { first, _ in first }) }
    let currentByATC = Dictionary(current.map { ($0.atc, $0) }, uniquingKeysWith: { first, _ in first })
    for atc in order {
      let cells = byATC.map { $0[atc] }
      let currentLine = currentByATC[atc]
      let base = activeIn(baselineIndex.map { cells[$0] } ?? currentLine)
      var found: [Discrepancy] = []
      for (index, source) in sources.enumerated() where index != baselineIndex {
        let line = activeIn(cells[index])
        switch (base, line) {
        case (_?, nil) where !source.kind.isDispensingOnly: found.append(.omitted(in: source.kind))
        case (nil, _?) where !source.kind.isDispensingOnly: found.append(.new(in: source.kind))
        case (let b?, let l?):
          if !compare.sameDose(l, b) { found.append(.doseChanged(from: b.dose, to: l.dose)) }
          if !compare.sameFrequency(l, b) { found.append(.frequencyChanged(from: b.frequency, to: l.frequency)) }
          if l.route != b.route { found.append(.routeChanged(from: b.route, to: l.route)) }
        default: break
        }
      }
      // A line changed in another record at the same time as here: whatever differs, it is
      // named as such, so two versions never pass as one.
      for (index, source) in sources.enumerated() where source.kind == .otherRecord {
        if let other = cells[index], other != currentLine {
          found.append(.changedElsewhere(origin: source.origin))
        }
      }
      let inUseSomewhere = cells.enumerated().contains { i, c in activeIn(c) != nil && !sources[i].kind.isDispensingOnly }
        || activeIn(currentLine) != nil
      if !inUseSomewhere && cells.contains(where: { activeIn($0) != nil }) { found.append(.onlyDispensed) }
      // A CAVE match already weighed and kept on the signed list is not raised again: the
      // patient tolerates the medicine, and the line carries the reason.
      for entry in cave where activeIn(currentLine) == nil {
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
    // Per row, the rules whose first or second key it falls under: a handful at most, so each
    // pair is checked against a few rule numbers rather than the whole table.
    let firstSide = inUse.map { Interaction.rules(where: .first, covers: rows[$0].atc) }
    let secondSide = inUse.map { Interaction.rules(where: .second, covers: rows[$0].atc) }
    let group = inUse.map { rows[$0].atc.prefix(5) }
    for a in inUse.indices {
      for b in inUse.indices where b > a {
        let (i, j) = (inUse[a], inUse[b])
        if group[a] == group[b] {
          rows[i].found.append(.duplicate(with: names[rows[j].atc] ?? rows[j].atc))
          rows[j].found.append(.duplicate(with: names[rows[i].atc] ?? rows[i].atc))
        }
        var best: Interaction?
        for r in firstSide[a] where secondSide[b].contains(r) {
          if best.map({ $0.severity < rules[r].severity }) ?? true { best = rules[r] }
        }
        for r in secondSide[a] where firstSide[b].contains(r) {
          if best.map({ $0.severity < rules[r].severity }) ?? true { best = rules[r] }
        }
        guard let rule = best else { continue }
        rows[i].found.append(.interaction(with: names[rows[j].atc] ?? rows[j].atc, rule))
        rows[j].found.append(.interaction(with: names[rows[i].atc] ?? rows[i].atc, rule))
      }
    }
    return rows.map { r in
      ReconciliationRow(
        atc: r.atc, name: names[r.atc] ?? r.atc, current: r.current, cells: r.cells,
        discrepancies: r.found.count < 2 ? r.found : r.found.sorted { $0.rank < $1.rank })
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
      guard let (found, source) = row.latestWithSource(sources) else { return nil }
      var line = found
      // Where the line came from, and since when the medicine is used: the signed list's start
      // carries on, a source's start is taken, a medicine new today starts today.
      if let source { line.source = "\(source.kind.rawValue) \(source.date)" }
      line.start = row.current?.start ?? found.start ?? today
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

/// Whether two lines give the same dose (equal amounts when both parse, so "1 g" is "1000 mg";
/// else the same text) and the same schedule (the same text, case and accents aside). Each
/// distinct text is parsed and folded once: lists repeat the same few, and parsing is the cost.
private final class LineComparison {
  private var doses: [String: Dose?] = [:]
  private var schedules: [String: String] = [:]

  func sameDose(_ a: MedicationLine, _ b: MedicationLine) -> Bool {
    if a.dose == b.dose { return true }
    if let x = dose(a.dose), let y = dose(b.dose) { return !x.exceeds(y) && !y.exceeds(x) }
    return schedule(a.dose) == schedule(b.dose)
  }

  func sameFrequency(_ a: MedicationLine, _ b: MedicationLine) -> Bool {
    a.frequency == b.frequency || schedule(a.frequency) == schedule(b.frequency)
  }

  private func dose(_ text: String) -> Dose? {
    if let known = doses[text] { return known }
    let parsed = Dose(text)
    doses[text] = parsed
    return parsed
  }

  private func schedule(_ text: String) -> String {
    if let known = schedules[text] { return known }
    let folded = NameKey.fold(text)
    schedules[text] = folded
    return folded
  }
}

