import Clinical

/// The patient's particulars to change (an unidentified patient identified, a misspelling put
/// right, the sex recorded, a move): given, middle and family name, sex and home municipality,
/// filled in as the record holds them (the name empty when not known). A field changed here and
/// elsewhere at once shows the other record's value under it; saving answers it.
public struct NameFormState: Equatable, Sendable {
  public let patient: PatientListing
  public var input: PromptFields
  /// The other record's value of each field changed in two places.
  public let others: [DemographicField: DemographicField.Other]

  /// `sexShown` is the record's sex as the user's language writes it (empty when not known).
  public init(patient: PatientListing, particulars: Demographics, sexShown: String, others: [DemographicField: DemographicField.Other]) {
    self.patient = patient
    self.others = others
    input = PromptFields(
      DemographicField.allCases.map { field in
        var text = TextField(capacity: Self.capacity(field))
        switch field {
        case .sex: text.insert(sexShown)
        // A name not known yet is not a name to correct: the fields start empty.
        case .given, .middle, .family: if particulars.name != .notKnown { text.insert(field.value(in: particulars) ?? "") }
        case .municipality: text.insert(particulars.municipalityCode ?? "")
        }
        return text
      })
    // Opened on a conflict: the cursor is in the field to settle.
    if let first = DemographicField.allCases.first(where: { others[$0] != nil }) { input.focus = first.index }
  }

  private static func capacity(_ field: DemographicField) -> Int {
    switch field {
    case .given, .middle, .family: return 100
    case .sex: return 1
    case .municipality: return 4
    }
  }

  /// What was typed, field by field.
  func text(_ field: DemographicField) -> String {
    input.fields[field.index].text.trimmingCharacters(in: .whitespaces)
  }
}

extension DemographicField {
  /// The field's row on the form.
  var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
