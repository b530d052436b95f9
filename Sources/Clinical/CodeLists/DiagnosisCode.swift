/// A code from one of the classifications a clinical note or a problem is coded with.
public struct DiagnosisCode: Hashable, Sendable {
  public enum System: String, Sendable, CaseIterable {
    /// ICPC-2, mandatory on GP and legevakt contacts.
    case icpc2 = "ICPC-2"
    /// ICD-10, the hospitals' diagnoses.
    case icd10 = "ICD-10"
  }

  public let system: System
  public let code: String
  public let title: String

  public init(system: System, code: String, title: String) {
    self.system = system
    self.code = code
    self.title = title
  }

  /// ICPC-2 component 7 (-70 to -99): a diagnosis, which belongs on the problem list; symptoms
  /// and process codes describe the contact only. Chapter Z (social problems) has no component
  /// 7: its codes -01 to -29 are the problems themselves.
  public var isICPC2Diagnosis: Bool {
    guard system == .icpc2, let number = Int(code.dropFirst().prefix(2)) else { return false }
    return number >= 70 || (code.first == "Z" && number < 30)
  }
}
