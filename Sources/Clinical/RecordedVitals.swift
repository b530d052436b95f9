import Foundation

/// A stored set of vital signs: when, by whom, and the values.
public struct RecordedVitals: Hashable, Sendable {
  public let takenAt: Date
  public let recordedBy: String
  public let signs: VitalSigns

  public init(takenAt: Date, recordedBy: String, signs: VitalSigns) {
    self.takenAt = takenAt
    self.recordedBy = recordedBy
    self.signs = signs
  }
}
