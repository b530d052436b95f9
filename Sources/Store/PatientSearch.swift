import Clinical

/// Finds patients for the universal prompt. Every query is an index range read with a LIMIT:
/// nothing sorts or counts all hits of a fragment on a keystroke (TOOLCHAIN.md).
public struct PatientSearch {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  /// Up to `limit` patient ids for `query`, best matches first.
  public func ids(for query: LookupQuery, limit: Int) throws(StoreError) -> [Int64] {
    switch query {
    case .recent:
      return []
    case .identifier(let explanation):
      return try db.statement("SELECT patient_id FROM identifier WHERE value = ?")
        .bind(1, explanation.value).rows { $0.int(0) }
    case .identifierPrefix(let digits):
      return try identifierPrefix(digits, limit: limit)
    case .birthDate(let dates, let digits, let words):
      var ids: [Int64] = []
      for date in dates where ids.count < limit {
        ids += try born(on: date, words: words, limit: limit - ids.count)
      }
      if words.isEmpty && ids.count < limit {
        ids += try identifierPrefix(digits, limit: limit - ids.count)
      }
      return Self.unique(ids, limit: limit)
    case .initialAndDigits(let initial, let digits):
      return try db.statement(
        "SELECT id FROM patient WHERE vista_key >= ?1 AND vista_key < ?1 || ':' LIMIT ?2"
      ).bind(1, NameKey.collating(initial) + digits).bind(2, limit).rows { $0.int(0) }
    case .name(let words):
      return try name(words.map(NameKey.collating), limit: limit)
    }
  }

  private func identifierPrefix(_ digits: String, limit: Int) throws(StoreError) -> [Int64] {
    // ':' follows '9' in ASCII, so [digits, digits + ":") is every number starting with them.
    try db.statement(
      "SELECT patient_id FROM identifier WHERE value >= ?1 AND value < ?1 || ':' LIMIT ?2"
    ).bind(1, digits).bind(2, limit).rows { $0.int(0) }
  }

  private func born(on date: CivilDate, words: [String], limit: Int) throws(StoreError) -> [Int64] {
    let filter = words.indices.map { " AND instr(' ' || name_key, ' ' || ?\($0 + 3)) > 0" }
    let statement = try db.statement(
      "SELECT id FROM patient WHERE birth_date = ?1\(filter.joined()) LIMIT ?2")
    statement.bind(1, date.ordinal).bind(2, limit)
    for (index, word) in words.enumerated() {
      statement.bind(Int32(index + 3), NameKey.collating(word))
    }
    return try statement.rows { $0.int(0) }
  }

  /// Word-start matches first, then, for fragments of three or more letters, matches inside a
  /// word from the trigram index.
  private func name(_ words: [String], limit: Int) throws(StoreError) -> [Int64] {
    var ids = try wordStarts(words, limit: limit)
    if ids.count < limit {
      ids = Self.unique(ids + (try inside(words, limit: limit)), limit: limit)
    }
    return ids
  }

  /// Patients with a name word starting with each fragment. Several long fragments intersect
  /// fastest in the trigram index (its posting lists merge), then each is checked to start a
  /// word; otherwise a B-tree range on the rarest fragment drives.
  private func wordStarts(_ words: [String], limit: Int) throws(StoreError) -> [Int64] {
    if words.count > 1 && words.allSatisfy({ $0.count >= 3 }) {
      return try trigram(words, wordStart: true, limit: limit)
    }
    let driver = try rarest(words)
    let others = words.enumerated().filter { $0.offset != driver }.map(\.element)
    // The folded name rides in the index, so the other fragments are checked without reading
    // a single patient row.
    let filter = others.indices.map { " AND instr(' ' || name_key, ' ' || ?\($0 + 3)) > 0" }
    let statement = try db.statement(
      """
      SELECT patient_id FROM name_word
      WHERE word >= ?1 AND word < ?1 || char(1114111)\(filter.joined()) LIMIT ?2
      """)
    statement.bind(1, words[driver]).bind(2, limit)
    for (index, word) in others.enumerated() { statement.bind(Int32(index + 3), word) }
    return Self.unique(try statement.rows { $0.int(0) }, limit: limit)
  }

  /// Matches anywhere inside the name ("sen" finds Hansen), through the FTS5 trigram index.
  private func inside(_ words: [String], limit: Int) throws(StoreError) -> [Int64] {
    guard words.contains(where: { $0.count >= 3 }) else { return [] }
    return try trigram(words, wordStart: false, limit: limit)
  }

  /// The trigram index matches fragments of three or more letters; shorter ones, and with
  /// `wordStart` all of them, are checked on the stored folded name.
  private func trigram(_ words: [String], wordStart: Bool, limit: Int) throws(StoreError) -> [Int64] {
    let match = words.filter { $0.count >= 3 }
      .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
      .joined(separator: " AND ")
    let checked = wordStart ? words : words.filter { $0.count < 3 }
    let filter = checked.indices.map {
      wordStart
        ? " AND instr(' ' || p.name_key, ' ' || ?\($0 + 3)) > 0"
        : " AND instr(p.name_key, ?\($0 + 3)) > 0"
    }
    let statement = try db.statement(
      """
      SELECT f.rowid FROM patient_name_fts f JOIN patient p ON p.id = f.rowid
      WHERE patient_name_fts MATCH ?1\(filter.joined()) LIMIT ?2
      """)
    statement.bind(1, match).bind(2, limit)
    for (index, word) in checked.enumerated() { statement.bind(Int32(index + 3), word) }
    return Self.unique(try statement.rows { $0.int(0) }, limit: limit)
  }

  /// The fragment with the fewest word-start hits, counted only up to a bound so a common
  /// fragment costs no more than a rare one.
  private func rarest(_ words: [String]) throws(StoreError) -> Int {
    guard words.count > 1 else { return 0 }
    let counter = try db.statement(
      """
      SELECT count(*) FROM (SELECT 1 FROM name_word
        WHERE word >= ?1 AND word < ?1 || char(1114111) LIMIT 300)
      """)
    var best = (index: 0, hits: Int64.max)
    for (index, word) in words.enumerated() {
      counter.bind(1, word)
      _ = try counter.step()
      let hits = counter.int(0)
      counter.reset()
      if hits < best.hits { best = (index, hits) }
    }
    return best.index
  }

  static func unique(_ ids: [Int64], limit: Int) -> [Int64] {
    var seen = Set<Int64>()
    return Array(ids.filter { seen.insert($0).inserted }.prefix(limit))
  }
}
