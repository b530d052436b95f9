import Clinical

/// The IPLOS assessment: one score per function variable, one key per score (1–5, 9), starting
/// from the patient's latest assessment when there is one. The chart's diagnoses, the next of kin
/// and the services the patient has now are beside it.
public struct AssessmentFormState: Equatable, Sendable {
  public let file: CaseFile
  public var scores: [IPLOSVariable: IPLOSScore]
  public var focus = 0

  public init(file: CaseFile) {
    self.file = file
    scores = file.assessment?.scores ?? [:]
  }

  var focused: IPLOSVariable { IPLOSVariable.allCases[focus] }
}
