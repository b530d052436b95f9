import Foundation

/// A walk-in at the legevakt: who, why, how urgent, and where in the visit they are.
public struct TriageVisit: Hashable, Sendable {
  public enum Status: String, Hashable, Sendable, CaseIterable {
    case waiting
    case withDoctor = "with-doctor"
    case observation
    case discharged
    case admitted
    case referred

    /// The patient has left the legevakt: sent home, admitted or referred on.
    public var hasLeft: Bool { [.discharged, .admitted, .referred].contains(self) }
  }

  public let id: Int64
  public let patient: PatientListing
  public let complaint: ComplaintGroup
  /// The level as set: computed at registration, raised or lowered (with a reason) since.
  public let level: TriageLevel
  /// What the rule gave: the worse of vital signs and complaint.
  public let computedLevel: TriageLevel
  public let levelReason: String?
  public let arrivedAt: Date
  public let lastTriagedAt: Date
  public let status: Status
  public let statusSince: Date
  public let news2: Int?
  /// Another level set at the same time, not knowing this one (a triage conflict): the visit
  /// stands at the more urgent of the two until a nurse sets it again.
  public let dispute: Dispute?

  /// The other level in a triage conflict, and who set it when.
  public struct Dispute: Hashable, Sendable {
    public let level: TriageLevel
    public let origin: String

    public init(level: TriageLevel, origin: String) {
      self.level = level
      self.origin = origin
    }
  }

  public init(
    id: Int64, patient: PatientListing, complaint: ComplaintGroup, level: TriageLevel,
    computedLevel: TriageLevel, levelReason: String?, arrivedAt: Date, lastTriagedAt: Date,
    status: Status, statusSince: Date, news2: Int?, dispute: Dispute? = nil
  ) {
    self.dispute = dispute
    self.id = id
    self.patient = patient
    self.complaint = complaint
    self.level = level
    self.computedLevel = computedLevel
    self.levelReason = levelReason
    self.arrivedAt = arrivedAt
    self.lastTriagedAt = lastTriagedAt
    self.status = status
    self.statusSince = statusSince
    self.news2 = news2
  }

  /// Whole minutes left to the level's target at `now`; negative when overdue.
  public func minutesLeft(at now: Date, _ settings: TriageSettings) -> Int {
    let target = settings.targetMinutes[level] ?? 0
    return target - Int((now.timeIntervalSince(arrivedAt) / 60).rounded(.down))
  }

  /// A waiting patient not triaged within the interval is due to be looked at again.
  public func needsRetriage(at now: Date, _ settings: TriageSettings) -> Bool {
    status == .waiting && now.timeIntervalSince(lastTriagedAt) >= Double(settings.retriageMinutes * 60)
  }

  /// The queue's order: most urgent level first, then least time left to target.
  /// Each visit's key is worked out once, and indices are sorted rather than the visits: a
  /// comparison then neither looks up the target again nor copies a visit.
  public static func queueOrder(_ visits: [TriageVisit], at now: Date, _ settings: TriageSettings) -> [TriageVisit] {
    let keys = visits.map { ($0.level.rawValue, $0.minutesLeft(at: now, settings), $0.id) }
    return visits.indices.sorted { keys[$0] < keys[$1] }.map { visits[$0] }
  }
}
