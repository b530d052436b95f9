import Clinical

/// The patient's name to change (an unidentified patient identified, a misspelling put right):
/// given, middle and family name, filled in as the record holds them (empty when not known). A field changed here and
/// elsewhere at once shows the other record's value under it; saving answers it.
public struct NameFormState: Equatable, Sendable {
  public let patient: PatientListing
  public var input: PromptFields
  /// The other record's value of each field changed in two places.
  public let others: [NameField: NameField.Other]

  public init(patient: PatientListing, name: PersonName, others: [NameField: NameField.Other]) {
    self.patient = patient
    self.others = others
    input = PromptFields(
      NameField.allCases.map { field in
        var text = TextField(capacity: 100)
        // A name not known yet is not a name to correct: the fields start empty.
        if name != .notKnown { text.insert(field.value(in: name) ?? "") }
        return text
      })
  }
}
