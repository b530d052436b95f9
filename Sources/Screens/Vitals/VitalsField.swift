/// The fields of the vitals form, in the order the NEWS2 chart lists them.
public enum VitalsField: Int, CaseIterable, Sendable {
  case respirationRate, oxygenSaturation, scale, airOrOxygen, systolicPressure, pulse,
    consciousness, temperature
}

/// Why a typed value is refused.
public enum VitalsProblem: Equatable, Sendable {
  case notANumber
  case outOfRange(ClosedRange<Int>)
  case temperatureOutOfRange
  case scale2NeedsTarget
  case chooseAirOrOxygen
  case chooseConsciousness
  case chooseScale
  case nothingRecorded
}
