import Foundation
import Clinical

/// The particulars form: given and family name, a sex and a municipality number that can be
/// read are needed before the store is asked; the store checks length and control characters
/// again.
enum NameFormReducer {
  static func reduce(_ s: inout NameFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch s.input.apply(event) {
    case .edited, .ignored, .cancelled:
      return []
    case .submitted:
      switch typed(s) {
      case .refused(let failure):
        app.message = .init(text: app.text(.failure(failure)), isError: true)
        return []
      case .particulars(let particulars):
        return [.saveParticulars(patientID: s.patient.id, particulars)]
      }
    }
  }

  private enum Typed {
    case particulars(Demographics)
    case refused(Failure)
  }

  /// The particulars as typed, or why they cannot be saved.
  private static func typed(_ s: NameFormState) -> Typed {
    guard !s.text(.given).isEmpty, !s.text(.family).isEmpty else { return .refused(.refusedName) }
    let sex: Sex
    switch s.text(.sex).uppercased() {
    case "K", "F": sex = .female
    case "M": sex = .male
    case "", "?": sex = .unknown
    default: return .refused(.refusedSex)
    }
    let code = s.text(.municipality)
    guard code.isEmpty || Municipality.isCode(code) else { return .refused(.refusedMunicipality) }
    let middle = s.text(.middle)
    return .particulars(
      Demographics(
        name: PersonName(given: s.text(.given), middle: middle.isEmpty ? nil : middle, family: s.text(.family)), sex: sex,
        municipalityCode: code.isEmpty ? nil : code))
  }
}
