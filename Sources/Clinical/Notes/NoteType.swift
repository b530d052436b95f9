/// The kinds of clinical note a primary-care record keeps apart.
public enum NoteType: String, Sendable, CaseIterable {
  case gpConsultation = "gp-consultation"
  case legevakt
  case nursing
  case telephone

  /// GP and legevakt contacts are reported with at least one ICPC-2 code (DOMAIN.md: Codes).
  public var needsICPC2: Bool { self == .gpConsultation || self == .legevakt }
}
