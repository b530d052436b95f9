/// A service the patient has now: granted, letter sent or started, not ended.
public struct ActiveService: Hashable, Sendable {
  public let service: MunicipalService
  public let hours: WeeklyHours?
  public let from: CivilDate?
  public let evaluation: CivilDate?

  public init(service: MunicipalService, hours: WeeklyHours?, from: CivilDate?, evaluation: CivilDate?) {
    self.service = service
    self.hours = hours
    self.from = from
    self.evaluation = evaluation
  }
}
