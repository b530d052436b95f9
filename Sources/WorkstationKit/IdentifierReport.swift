import Clinical
import Screens

/// `workstation id`: one line per number saying whether it is valid, what it is, the birth date
/// it carries, and why not when it is invalid.
public enum IdentifierReport {
  public static func line(_ input: String, language: Language, today: CivilDate) -> (String, Bool) {
    let e = IdentifierValidator.inForce(on: today).explain(input, today: today)
    let text =
      e.isValid
      ? language.text(.identifierValid(kind: e.kind ?? .birthNumber, born: e.birthDate))
      : language.text(.identifierInvalid(kind: e.kind, problems: e.problems))
    return ("\(TextSanitiser.clean(input)): \(text)", e.isValid)
  }
}
