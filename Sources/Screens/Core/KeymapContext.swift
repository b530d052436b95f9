/// The keymap sections, from the most specific to the least. Keys resolve through the active
/// ones in this order: modal layer → focused field → screen section → list → trainer → global.
public enum KeymapContext: String, CaseIterable, Sendable {
  case confirm
  case help
  case field
  case form
  case patientLookup = "patient-lookup"
  case chart
  case list
  case trainer
  case global
}
