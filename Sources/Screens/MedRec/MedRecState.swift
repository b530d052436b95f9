import Clinical

/// Reconciling a patient's medication lists: one row per medicine across the sources, each
/// difference classified and each row decided, then the new list signed.
public struct MedRecState: Equatable, Sendable {
  public let patient: PatientListing
  public let cave: [CaveEntry]
  public var current: [MedicationLine] = []
  public var sources: [MedicationSource] = []
  public var rows: [ReconciliationRow] = []
  public var classifications: [String: DiscrepancyClass] = [:]
  public var decisions: [String: RowDecision] = [:]
  /// Why a clinician went ahead past a severe alert; stored with the line and shown to the next
  /// person who gives the medicine.
  public var overrideReasons: [String: String] = [:]
  public var selection = 0
  /// A question being answered under the table: a changed dose, a reason, a file to import.
  public var prompt: MedRecPrompt?
  public var isLoaded = false

  public init(patient: PatientListing, cave: [CaveEntry]) {
    self.patient = patient
    self.cave = cave
  }

  /// Takes the lists as stored and computes the rows; earlier answers stay with their medicine.
  mutating func load(current: [MedicationLine], sources: [MedicationSource]) {
    self.current = current
    self.sources = sources
    rows = Reconciliation.rows(current: current, sources: sources, cave: cave)
    isLoaded = true
    selection = firstUnresolved(after: -1) ?? 0
  }

  func isResolved(_ row: ReconciliationRow) -> Bool {
    (!row.needsDecision || decisions[row.atc] != nil)
      && (!row.needsClassification || classifications[row.atc] != nil)
  }

  public var unresolvedCount: Int { rows.filter { !isResolved($0) }.count }

  /// The next row that still needs an answer after `index`, wrapping round.
  func firstUnresolved(after index: Int) -> Int? {
    guard !rows.isEmpty else { return nil }
    for step in 1...rows.count {
      let i = (index + step) % rows.count
      if !isResolved(rows[i]) { return i }
    }
    return nil
  }

  public var selectedRow: ReconciliationRow? { rows.indices.contains(selection) ? rows[selection] : nil }
}

/// What the prompt under the table asks for.
public struct MedRecPrompt: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case change, stop, importFile, override, addLine }
  public let kind: Kind
  public let atc: String
  /// Change: the new dose, then the reason. Stop: the reason. Import: the file.
  public var input: PromptFields

  /// The lists a line can be typed into, in the order of their numbers on the prompt.
  static let typedKinds: [MedicationSource.Kind] = [.patientAccount, .discharge, .gpList, .nursingHome, .multidose]

  init(kind: Kind, atc: String, dose: String = "") {
    self.kind = kind
    self.atc = atc
    switch kind {
    case .change:
      var doseField = TextField(capacity: 30)
      doseField.insert(dose)
      input = PromptFields([doseField, TextField(capacity: 120)])
    case .stop, .override: input = PromptFields([TextField(capacity: 120)])
    case .importFile: input = PromptFields([TextField(capacity: 400)])
    case .addLine:
      var kind = TextField(capacity: 1)
      kind.insert("1")
      input = PromptFields([TextField(capacity: 40), TextField(capacity: 30), TextField(capacity: 60), kind])
    }
  }
}
