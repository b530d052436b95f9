import Clinical
import Foundation

/// A note being written over the chart: its type, its codes and its text. Every change is saved
/// as a draft at once (`Effect.saveDraft`), so leaving, a crash or a kill loses nothing.
public struct NoteEditorState: Equatable, Sendable {
  public let patient: PatientListing
  public var type: NoteType
  public var codes: [DiagnosisCode]
  public var editor: TextEditor
  /// The signed note this corrects, shown above the text, when writing an addendum.
  public let original: ClinicalNote?
  /// Open while a code is being looked up.
  public var codeSearch: CodeSearchState?
  /// When the draft was last saved; nil before the first save.
  public var savedAt: Date?
  /// The last save failed: the text is only on screen until a save succeeds.
  public var saveFailed = false

  public init(patient: PatientListing, type: NoteType, original: ClinicalNote? = nil) {
    self.patient = patient
    self.type = original?.type ?? type
    self.original = original
    codes = []
    editor = TextEditor(capacity: NoteDraft.maximumLength)
  }

  public var draft: NoteDraft {
    NoteDraft(type: type, body: editor.text, codes: codes, addendumTo: original?.id)
  }

  /// Takes up a draft left from before: its type, codes and text, the cursor at the end.
  mutating func resume(_ draft: NoteDraft) {
    type = draft.type
    codes = draft.codes
    editor = TextEditor(text: draft.body, capacity: NoteDraft.maximumLength)
  }

  /// The note type a clinician writes by default: legevakt staff write legevakt notes, nurses
  /// nursing notes, everyone else GP consultations.
  static func defaultType(for clinician: Clinician) -> NoteType {
    if clinician.organisation.localizedCaseInsensitiveContains("legevakt") { return .legevakt }
    if !clinician.isDoctor { return .nursing }
    return .gpConsultation
  }
}
