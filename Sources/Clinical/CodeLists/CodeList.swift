/// One classification's codes, looked up exactly and searched by code or by words of the title.
public struct CodeList: Sendable {
  public let system: DiagnosisCode.System
  public let codes: [DiagnosisCode]
  private let byCode: [String: DiagnosisCode]
  /// Each code's title folded once, in the order of `codes`, for word search.
  private let foldedTitles: [[String]]

  public init(system: DiagnosisCode.System, codes: [DiagnosisCode]) {
    self.system = system
    self.codes = codes
    byCode = Dictionary(codes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    foldedTitles = codes.map { NameKey.words($0.title.replacingOccurrences(of: "/", with: " ")) }
  }

  /// The code exactly as the classification writes it; "k86" and "K86" are the same code.
  public func code(_ text: String) -> DiagnosisCode? {
    byCode[Self.normalised(text)]
  }

  /// Codes whose code starts with the query, then codes whose title has a word starting with
  /// every word of the query. Titles where the typed words are whole words come first ("hals"
  /// finds R21 Hals symptomer/plager before D03 Halsbrann), then the classification's order.
  public func search(_ query: String, limit: Int) -> [DiagnosisCode] {
    let words = NameKey.words(query.replacingOccurrences(of: "/", with: " "))
    guard !words.isEmpty, limit > 0 else { return [] }
    let prefix = Self.normalised(query)
    var out = codes.filter { $0.code.hasPrefix(prefix) }
    if out.count >= limit { return Array(out.prefix(limit)) }
    let found = Set(out.map(\.code))
    var byTitle: [(whole: Int, index: Int)] = []
    for (index, title) in foldedTitles.enumerated() where !found.contains(codes[index].code) {
      if words.allSatisfy({ word in title.contains { $0.hasPrefix(word) } }) {
        byTitle.append((words.filter { title.contains($0) }.count, index))
      }
    }
    byTitle.sort { ($0.whole, -$0.index) > ($1.whole, -$1.index) }
    out += byTitle.prefix(limit - out.count).map { codes[$0.index] }
    return out
  }

  /// Codes are written without spaces or dots and in upper case: "e11.9" is E119.
  static func normalised(_ text: String) -> String {
    String(text.uppercased().filter { !$0.isWhitespace && $0 != "." })
  }

  /// ICPC-2 as shipped: the diagnosis and symptom table plus the process codes of each chapter.
  public static let icpc2: CodeList = {
    var codes = table(icpc2DiagnosisTable, system: .icpc2)
    let rubrics = table(icpc2ProcessRubrics, system: .icpc2)
    for chapter in icpc2Chapters {
      codes += rubrics.map { DiagnosisCode(system: .icpc2, code: "\(chapter)\($0.code)", title: $0.title) }
    }
    codes.sort { ($0.code.prefix(3), $0.code) < ($1.code.prefix(3), $1.code) }
    return CodeList(system: .icpc2, codes: codes)
  }()

  /// The common ICD-10 codes shipped (ICD10Table.swift); the chapters are in `ICD10Chapter`.
  public static let icd10 = CodeList(system: .icd10, codes: table(icd10CommonTable, system: .icd10))

  /// "CODE title" per line, as the shipped tables are written.
  static func table(_ text: String, system: DiagnosisCode.System) -> [DiagnosisCode] {
    text.split(separator: "\n").compactMap { line -> DiagnosisCode? in
      let parts = line.split(separator: " ", maxSplits: 1)
      guard parts.count == 2 else { return nil }
      return DiagnosisCode(system: system, code: String(parts[0]), title: String(parts[1]))
    }
  }
}
