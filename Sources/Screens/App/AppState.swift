import Clinical

/// The whole state of a running workstation. Reducers change it; views draw it; nothing else.
public struct AppState: Equatable, Sendable {
  public var language: Language
  public var size: Size
  public var session: SessionInfo
  public var hints: KeyHints
  /// Today, for ages and for refusing future birth dates; set by the runner, never read from a clock here.
  public var today: CivilDate
  public var screens: [Screen]
  public var help: HelpState?
  /// A yes/no question over everything else.
  public var confirm: ConfirmState?
  /// Set in trainer mode: keystrokes and time of the task under way.
  public var trainer: TrainerState?
  /// The training scenarios a trainer can pick from.
  public var scenarios: [Scenario] = []
  /// The scenario picker, when open: the selected row.
  public var pickerSelection: Int?
  /// A scenario chosen and waiting for the reset that starts it.
  public var pendingScenario: Scenario?
  /// The scenario under way, and its result once the goal is met.
  public var scenarioRun: ScenarioRun?
  /// Keys are being recorded to a file.
  public var isRecording = false
  /// Triage targets and the re-triage interval for this legevakt.
  public var triageSettings = TriageSettings.standard
  /// A message for the user below the content: an error, or what just happened.
  public var message: Message?
  public var isQuitting = false
  /// The start of a key sequence waiting for its next key, shown in the footer.
  public var pendingKeys: String?
  /// The login gate or the lock: while set, nothing of any patient is drawn or reachable.
  public var login: LoginState?
  /// The HPR number of the user who logged in against the central server, for unlocking.
  public var loggedInHPR: String?
  /// The central server as the background sync last saw it; nil when the store works locally only.
  public var sync: SyncStatus?

  public struct Message: Equatable, Sendable {
    public let text: String
    public let isError: Bool
  }

  public init(
    language: Language, size: Size, session: SessionInfo, hints: KeyHints, today: CivilDate
  ) {
    self.language = language
    self.size = size
    self.session = session
    self.hints = hints
    self.today = today
    screens = [.lookup(LookupState())]
  }

  public var top: Screen { screens[screens.count - 1] }

  /// The keymap sections that resolve keys now: an open layer first, trainer keys before the
  /// global ones in trainer mode.
  public var contexts: [KeymapContext] {
    if login != nil { return [.prompt, .form, .field, .global] }
    if let confirm { return [confirm.context, .global] }
    if scenarioRun?.result != nil { return [.confirm, .global] }
    if pickerSelection != nil { return [.confirm, .list, .global] }
    var contexts = help != nil ? [.help, .list, .global] : top.contexts
    if trainer != nil { contexts.insert(.trainer, at: contexts.count - 1) }
    return contexts
  }

  /// True when printable keys are text for a field rather than commands.
  public var fieldHasFocus: Bool {
    help == nil && confirm == nil && pickerSelection == nil && scenarioRun?.result == nil
      && contexts.contains(.field)
  }

  func text(_ t: Text) -> String { language.text(t) }

  /// A name as lists show it, family first; one not known yet says so in the user's language.
  func listed(_ name: PersonName) -> String { name == .notKnown ? text(.nameNotKnown) : name.listed }

  /// "Halvorsen, Trond, 80" in a column `width` wide: a long name is cut, never the age, which
  /// tells an 8-year-old from an 80-year-old in a queue.
  func listed(_ name: PersonName, age: Int, width: Int) -> String {
    let suffix = ", \(age)"
    return DisplayWidth.clipped(listed(name), to: width - DisplayWidth.of(suffix)) + suffix
  }
}
