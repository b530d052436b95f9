import Foundation

/// One logged opening of a chart: who, in which role and organisation, when, and on what basis.
public struct ChartAccess: Hashable, Sendable {
  public let userName: String
  public let role: String
  public let organisation: String
  public let at: Date
  public let basis: AccessBasis

  public init(userName: String, role: String, organisation: String, at: Date, basis: AccessBasis) {
    self.userName = userName
    self.role = role
    self.organisation = organisation
    self.at = at
    self.basis = basis
  }
}

/// The ground for opening a chart (tjenstlig behov). Care relations arrive with central sync;
/// until then an opening is a direct lookup by a logged-in clinician.
public enum AccessBasis: String, Hashable, Sendable, CaseIterable {
  case directLookup = "direct-lookup"
  case careRelation = "care-relation"
  case breakGlass = "break-glass"
  /// The whole record written to a file (`workstation export`).
  case export
}
