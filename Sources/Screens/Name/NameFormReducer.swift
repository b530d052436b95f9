import Foundation
import Clinical

/// The name form: given and family name are needed before the store is asked; the store checks
/// length and control characters again.
enum NameFormReducer {
  static func reduce(_ s: inout NameFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch s.input.apply(event) {
    case .edited, .ignored, .cancelled:
      return []
    case .submitted(let texts):
      let trimmed = texts.map { $0.trimmingCharacters(in: .whitespaces) }
      guard !trimmed[0].isEmpty, !trimmed[2].isEmpty else {
        app.message = .init(text: app.text(.failure(.refusedName)), isError: true)
        return []
      }
      let name = PersonName(given: trimmed[0], middle: trimmed[1].isEmpty ? nil : trimmed[1], family: trimmed[2])
      return [.rename(patientID: s.patient.id, name)]
    }
  }
}
