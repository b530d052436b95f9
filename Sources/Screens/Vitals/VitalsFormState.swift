import Clinical

/// The vitals form over a chart: one text per field, the focused field, and NEWS2 as typed.
public struct VitalsFormState: Equatable, Sendable {
  public let patient: PatientListing
  public let hypercapnic: Bool
  public var fields = FormFields<VitalsField>(capacity: { _ in 6 })

  public init(patient: PatientListing, hypercapnic: Bool) {
    self.patient = patient
    self.hypercapnic = hypercapnic
    // The scale is known from the record; the nurse need not type it.
    fields.inputs[.scale]?.insert(hypercapnic ? "2" : "1")
  }

  var reading: VitalsInput.Reading {
    VitalsInput.read(fields.inputs.mapValues(\.text), hypercapnic: hypercapnic)
  }
}
