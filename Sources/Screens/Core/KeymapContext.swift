/// The keymap sections, from the most specific to the least. Keys resolve through the active
/// ones in this order: modal layer → editor → focused field → screen section → list → trainer → global.
public enum KeymapContext: String, CaseIterable, Sendable {
  case confirm
  /// A safety alert's yes/no: Enter is no here.
  case alert
  case help
  /// A one-line answer over the screen (the reason a note is entered in error).
  case prompt
  case codeSearch = "code-search"
  /// The drug field of the dose form: Enter picks the highlighted medicine.
  case doseDrug = "dose-drug"
  case noteEditor = "note-editor"
  case field
  case form
  case patientLookup = "patient-lookup"
  case chart
  case medrec
  case triage
  case census
  case censusStats = "census-stats"
  case decisions
  /// Changes made in two places, waiting for a clinician.
  case conflicts
  /// One service case.
  case serviceCase = "case"
  case letter
  case noteList = "note-list"
  case noteReader = "note-reader"
  case list
  case trainer
  case global
}
