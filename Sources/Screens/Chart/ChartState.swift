import Clinical

/// An open chart: the summary loaded when the opening was logged, and how far it is scrolled.
public struct ChartState: Equatable, Sendable {
  public var summary: PatientSummary
  public var scroll = 0

  public init(summary: PatientSummary) { self.summary = summary }
}
