import Clinical

/// Who works, on which store: fixed for a run, shown in the status line.
public struct SessionInfo: Equatable, Sendable {
  public var clinician: Clinician
  public let isDemo: Bool
  public var storeIsEmpty: Bool

  public init(clinician: Clinician, isDemo: Bool, storeIsEmpty: Bool) {
    self.clinician = clinician
    self.isDemo = isDemo
    self.storeIsEmpty = storeIsEmpty
  }
}
