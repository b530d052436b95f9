import Clinical

/// The vitals form over a chart: one text per field, the focused field, and NEWS2 as typed.
public struct VitalsFormState: Equatable, Sendable {
  public let patient: PatientListing
  public let hypercapnic: Bool
  public var inputs: [VitalsField: TextField]
  public var focus: VitalsField = .respirationRate

  public init(patient: PatientListing, hypercapnic: Bool) {
    self.patient = patient
    self.hypercapnic = hypercapnic
    inputs = Dictionary(uniqueKeysWithValues: VitalsField.allCases.map { ($0, TextField(capacity: 6)) })
    // The scale is known from the record; the nurse need not type it.
    inputs[.scale]?.insert(hypercapnic ? "2" : "1")
  }

  var reading: VitalsInput.Reading {
    VitalsInput.read(inputs.mapValues(\.text), hypercapnic: hypercapnic)
  }
}
