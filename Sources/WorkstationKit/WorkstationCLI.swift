import Clinical
import Foundation
import Screens
import Store

/// The `workstation` program: parses the command line and runs a subcommand or the terminal UI.
public enum WorkstationCLI {
  public static func main(_ args: [String]) -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let arguments: Arguments
    do {
      arguments = try Arguments(args)
    } catch {
      let language = args.contains("en") ? Language.en : .nb
      printError(language.text(.badArgument(error.argument)) + "\n\n" + language.text(.usage))
      return 2
    }
    let language = Language(rawValue: arguments.language) ?? .nb
    let today = Today.civilDate()
    // Fictional patients never leave the workstation, whatever the command.
    if arguments.demo && arguments.central != nil {
      printError(language.text(.demoRefusesCentral))
      return 2
    }
    switch arguments.command {
    case .usage:
      print(language.text(.usage))
      return 0
    case .explainIdentifiers(let numbers):
      return explain(numbers, language, today)
    case .printKeys:
      guard let keymap = loadKeymap(arguments, language, environment) else { return 2 }
      print(keymap.rendered(), terminator: "")
      return 0
    case .listScenarios:
      guard let library = loadScenarios(language, environment) else { return 2 }
      for s in library.scenarios {
        print(language.text(.scenarioListLine(id: s.id, title: s.text(s.title, language), budget: s.keystrokeBudget)))
      }
      return 0
    case .replay(let file):
      guard let keymap = loadKeymap(arguments, language, environment) else { return 2 }
      return replay(file, arguments, keymap, language, today, environment)
    case .verifyNotes:
      return verifyNotes(arguments, language, Paths(environment: environment))
    case .iplosReport(let year):
      return iplosReport(year, arguments, language, Paths(environment: environment))
    case .importFHIR(let files):
      return FHIRCommands.importFiles(files, arguments, language, today, Paths(environment: environment))
    case .centralInit(let url):
      return onCentral(url, language) { connection throws(CentralError) in
        .centralInstalled(version: try CentralSchema.install(on: connection))
      }
    case .sync(let url, let hpr):
      // Fictional patients never leave the workstation.
      if arguments.demo {
        printError(language.text(.demoRefusesCentral))
        return 2
      }
      let password = Password.read(prompt: language.text(.passwordPrompt))
      do {
        let store = try StoreOpener.open(arguments, paths: Paths(environment: environment)) { _ in }
        let connection = try CentralConnection(url: url, connectTimeout: 10)
        let token = try CentralLogin.token(connection, hpr: hpr, password: password)
        let outcome = try SyncRound.run(store, connection, token: token, today: Today.civilDate())
        let result = outcome.pushed
        if outcome.first.patients > 0 {
          print(language.text(.firstSynced(patients: outcome.first.patients, changes: outcome.first.changes)))
        }
        print(language.text(.syncPushed(applied: result.applied, duplicate: result.duplicate, rejected: result.rejected)))
        print(language.text(.syncPulled(outcome.pulled)))
        if outcome.purged > 0 { print(language.text(.syncPurged(outcome.purged))) }
        return result.rejected.isEmpty ? 0 : 1
      } catch let error as CentralError {
        printError(language.text(centralFailure(error)))
        return 1
      } catch let error as StoreError {
        printError(language.text(.failure(EffectRunner.failure(error))))
        return 1
      } catch {
        printError(language.text(.failure(.refusedImport)))
        return 1
      }
    case .auditPatient(let identifier):
      do throws(StoreError) {
        let store = try StoreOpener.open(arguments, paths: Paths(environment: environment)) { size in printError(language.text(.buildingDemo(size))) }
        let patientID = try DecisionLog(store: store).patientID(identifier: identifier)
        let openings = try PatientReader(store: store).access(patientID, limit: Int.max)
        printOpenings(openings, language)
        return 0
      } catch {
        printError(language.text(.failure(EffectRunner.failure(error))))
        return 1
      }
    case .auditPatientCentral(let url, let identifier, let hpr):
      let password = Password.read(prompt: language.text(.passwordPrompt))
      do throws(CentralError) {
        let connection = try CentralConnection(url: url, connectTimeout: 10)
        printOpenings(try CentralAccessLog.openings(on: connection, identifier: identifier, hpr: hpr, password: password), language)
        return 0
      } catch {
        printError(language.text(centralFailure(error)))
        return 1
      }
    case .centralList(let url):
      return onCentral(url, language, lines: { connection throws(CentralError) in
        let overview = try CentralOverview.read(on: connection)
        guard !overview.organisations.isEmpty else { return [.centralNothingSetUp] }
        return overview.organisations.flatMap { o in
          [Text.centralOrganisationLine(name: o.name, kind: o.kind, municipality: o.municipality, patients: o.patients)]
            + o.users.map { Text.centralUserLine(hpr: $0.hpr, name: $0.name, role: $0.role) }
            + o.wards.map { Text.centralWardLine(name: $0.name, beds: $0.beds, retired: $0.retired) }
        }
      })
    case .centralOrganisation(let url, let kind, let name, let municipality):
      return onCentral(url, language) { connection throws(CentralError) in
        try CentralDirectory.addOrganisation(on: connection, kind: kind, name: name, municipality: municipality)
        return .centralAdded(name)
      }
    case .centralWard(let url, let organisation, let name, let municipality, let stayType, let written):
      guard let beds = CentralWards.labels(written) else {
        printError(language.text(.wardBedsUnreadable))
        return 1
      }
      guard StayType(rawValue: stayType) != nil else {
        printError(language.text(.wardStayTypeUnknown(stayType)))
        return 1
      }
      return onCentral(url, language) { connection throws(CentralError) in
        let added = try CentralWards.add(
          on: connection, organisation: organisation, ward: name, municipality: municipality, stayType: stayType, beds: beds)
        return .wardSetUp(ward: name, added: added, listed: beds.count)
      }
    case .centralRetireBeds(let url, let organisation, let name, let written):
      guard let beds = CentralWards.labels(written) else {
        printError(language.text(.wardBedsUnreadable))
        return 1
      }
      return onCentral(url, language) { connection throws(CentralError) in
        let retired = try CentralWards.retire(on: connection, organisation: organisation, ward: name, beds: beds)
        return .wardBedsRetired(ward: name, retired: retired, listed: beds.count)
      }
    case .centralCareList(let url, let organisation, let file, let whole):
      guard let text = try? String(contentsOfFile: (file as NSString).expandingTildeInPath, encoding: .utf8) else {
        printError(language.text(.failure(.cannotOpen(path: file))))
        return 1
      }
      switch CentralDirectory.careList(text) {
      case .failure(let problem):
        printError(language.text(.careListUnreadable(line: problem.line)))
        return 1
      case .success(let patients):
        // An empty file as the whole list would end every relation: a mistake, never a list.
        guard !(whole && patients.isEmpty) else {
          printError(language.text(.careListEmptyWhole))
          return 1
        }
        return onCentral(url, language) { connection throws(CentralError) in
          let load = try CentralDirectory.loadCareList(on: connection, organisation: organisation, patients: patients, whole: whole)
          return .careListLoaded(listed: patients.count, made: load.made, ended: load.ended)
        }
      }
    case .centralUser(let url, let hpr, let name, let role, let organisation):
      let password = Password.read(prompt: language.text(.passwordPrompt))
      return onCentral(url, language) { connection throws(CentralError) in
        try CentralDirectory.addUser(on: connection, hpr: hpr, name: name, role: role, organisation: organisation, password: password)
        return .centralAdded("\(name) (HPR \(hpr)), \(organisation)")
      }
    case .auditReview(let url, let hpr):
      // The password comes on standard input (a prompt without echo at a terminal).
      let password = Password.read(prompt: language.text(.passwordPrompt))
      do throws(CentralError) {
        let connection = try CentralConnection(url: url, connectTimeout: 10)
        let entries = try BreakGlassReview.unreviewed(on: connection, hpr: hpr, password: password)
        if entries.isEmpty { print(language.text(.breakGlassNone)) }
        for e in entries {
          print(TextSanitiser.clean(language.text(.breakGlassEntry(at: ClockText.dateTime(e.grantedAt), user: e.userName, hpr: e.hpr, patient: e.patient, reason: e.reason))))
        }
        // The review list is only worth reading if the log under it is whole.
        let chain = try AuditChain.verify(on: connection, hpr: hpr, password: password)
        print(language.text(.auditChain(checked: chain.checked, firstBroken: chain.firstBroken)))
        return chain.firstBroken == nil ? 0 : 3
      } catch {
        printError(language.text(centralFailure(error)))
        return 1
      }
    case .exportFHIR(let identifier):
      return FHIRCommands.export(identifier, arguments, language, Paths(environment: environment))
    case .run:
      guard let keymap = loadKeymap(arguments, language, environment) else { return 2 }
      var scenarios: [Scenario] = []
      if arguments.trainer {
        guard let library = loadScenarios(language, environment) else { return 2 }
        scenarios = library.scenarios
      }
      return runTerminal(arguments, keymap, scenarios, language, today, Paths(environment: environment))
    }
  }

  /// Recomputes every signed note's content hash: exit 0 when all match, 1 naming the notes that
  /// were changed outside the workstation.
  private static func verifyNotes(_ arguments: Arguments, _ language: Language, _ paths: Paths) -> Int32 {
    do throws(StoreError) {
      let store = try StoreOpener.open(arguments, paths: paths) { size in printError(language.text(.buildingDemo(size))) }
      let (checked, changed) = try NoteLog(store: store).verifyAll()
      print(language.text(.notesVerified(checked: checked, changed: changed)))
      return changed.isEmpty ? 0 : 1
    } catch {
      printError(language.text(.failure(EffectRunner.failure(error))))
      return 1
    }
  }

  /// Writes the year's valid IPLOS rows as CSV and lists every record that fails the register's
  /// rules on stderr: exit 0 when all passed, 1 when some were left out, 2 when nothing was written.
  private static func iplosReport(_ year: Int, _ arguments: Arguments, _ language: Language, _ paths: Paths) -> Int32 {
    let records: [IPLOSReport.Record]
    do throws(StoreError) {
      let store = try StoreOpener.open(arguments, paths: paths) { size in printError(language.text(.buildingDemo(size))) }
      records = try DecisionLog(store: store).reportRecords(year: year)
    } catch {
      printError(language.text(.failure(EffectRunner.failure(error))))
      return 2
    }
    var lines = [IPLOSReport.header]
    var failed = 0
    for record in records {
      let failures = IPLOSReport.failures(record)
      if failures.isEmpty {
        lines.append(IPLOSReport.line(record))
      } else {
        failed += 1
        printError(language.text(.decision(.reportFailure(caseID: record.caseID, failures))))
      }
    }
    let csv = lines.joined(separator: "\n") + "\n"
    if let out = arguments.outPath {
      do {
        try Data(csv.utf8).write(to: URL(fileURLWithPath: (out as NSString).expandingTildeInPath), options: .atomic)
      } catch {
        printError(language.text(.failure(.cannotWrite(path: out))))
        return 2
      }
    } else {
      print(csv, terminator: "")
    }
    printError(language.text(.decision(.reportDone(rows: lines.count - 1, failed: failed, year: year))))
    return failed == 0 ? 0 : 1
  }

  private static func loadScenarios(_ language: Language, _ environment: [String: String]) -> ScenarioLibrary? {
    guard let folder = ScenarioLibrary.folder(environment: environment) else {
      printError(language.text(.noScenarios))
      return nil
    }
    do {
      return try ScenarioLibrary(folder: folder)
    } catch {
      printError(error.message(language))
      return nil
    }
  }

  /// Plays a key file headless and prints the last screen; with --scenario also whether its
  /// goal was met within budget (exit 1 when not).
  private static func replay(
    _ file: String, _ arguments: Arguments, _ keymap: Keymap, _ language: Language,
    _ today: CivilDate, _ environment: [String: String]
  ) -> Int32 {
    var scenario: Scenario?
    if let id = arguments.scenarioID {
      guard let library = loadScenarios(language, environment) else { return 2 }
      guard let found = library.scenario(id) else {
        printError(language.text(.badArgument("--scenario \(id)")))
        return 2
      }
      scenario = found
    }
    do {
      let keys = try KeyScript.read(file)
      if arguments.live {
        // 0.6 s a key: slow enough for a room to follow each step.
        try ScenarioReplay.live(
          keys: keys, pace: 0.6, scenario: scenario, keymap: keymap, language: language, today: today)
        return 0
      }
      let outcome = try ScenarioReplay.run(
        keys: keys, scenario: scenario, keymap: keymap, language: language, today: today)
      print(outcome.screen)
      guard let scenario, let met = outcome.goalMet else { return 0 }
      print(language.text(.replayGoal(met: met, keys: outcome.keystrokes, budget: scenario.keystrokeBudget)))
      return met && outcome.keystrokes <= scenario.keystrokeBudget ? 0 : 1
    } catch let error as ScenarioError {
      printError(error.message(language))
      return 2
    } catch let error as StoreError {
      printError(language.text(.failure(EffectRunner.failure(error))))
      return 1
    } catch let error as TerminalError {
      printError(language.text(.terminalProblem(terminalProblem(error))))
      return 1
    } catch {
      return 1
    }
  }


  private static func explain(_ numbers: [String], _ language: Language, _ today: CivilDate) -> Int32 {
    var inputs = numbers
    if inputs.isEmpty {
      while let line = readLine() {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { inputs.append(trimmed) }
      }
    }
    var allValid = !inputs.isEmpty
    for input in inputs {
      let (text, valid) = IdentifierReport.line(input, language: language, today: today)
      print(text)
      allValid = allValid && valid
    }
    return allValid ? 0 : 1
  }

  private static func loadKeymap(
    _ arguments: Arguments, _ language: Language, _ environment: [String: String]
  ) -> Keymap? {
    guard let defaultPath = KeymapLoader.defaultKeymapPath(environment: environment) else {
      printError(language.text(.noDefaultKeymap))
      return nil
    }
    do {
      return try KeymapLoader.load(
        defaultPath: defaultPath, userPath: Paths(environment: environment).userKeymapPath,
        extraPath: arguments.keymapPath)
    } catch {
      printError(error.message(language))
      return nil
    }
  }

  private static func runTerminal(
    _ arguments: Arguments, _ keymap: Keymap, _ scenarios: [Scenario], _ language: Language,
    _ today: CivilDate, _ paths: Paths
  ) -> Int32 {
    let clinician = arguments.demo ? Clinician.demo : LocalUser.clinician()
    guard let runner = openRunner(arguments, paths, language, clinician) else { return 1 }
    var state = AppState(
      language: language, size: .minimum,
      session: SessionInfo(
        clinician: clinician, isDemo: arguments.demo, storeIsEmpty: runner.isStoreEmpty()),
      hints: keymap.hints, today: today)
    if arguments.trainer { state.trainer = TrainerState(at: Date()) }
    // With a central server, nobody works before logging in.
    var sync: BackgroundSync?
    if let url = arguments.central, let storePath = runner.storePath {
      runner.centralURL = url
      state.login = LoginState(purpose: .login)
      let background = BackgroundSync(url: url, storePath: storePath)
      runner.onLogin = { background.signIn(hpr: $0, password: $1) }
      state.sync = background.status
      sync = background
    }
    defer { sync?.stop() }
    state.triageSettings = arguments.triageSettings
    runner.triageSettings = arguments.triageSettings
    state.scenarios = scenarios
    let session = Session(
      state: state, keymap: keymap, runner: runner,
      recordingsFolder: paths.dataDirectory + "/recordings")
    session.lockAfter = TimeInterval(arguments.lockMinutes * 60)
    session.backgroundSync = sync
    do throws(TerminalError) {
      try TerminalRunLoop.run(session)
    } catch {
      printError(language.text(.terminalProblem(terminalProblem(error))))
      return 1
    }
    return 0
  }

  /// Opens the store and hands it to a runner, which is then its only holder: a trainer's
  /// reset can close it before the file is replaced.
  private static func openRunner(
    _ arguments: Arguments, _ paths: Paths, _ language: Language, _ clinician: Clinician
  ) -> EffectRunner? {
    do throws(StoreError) {
      let store = try StoreOpener.open(arguments, paths: paths) { size in
        printError(language.text(.buildingDemo(size)))
      }
      return EffectRunner(store: store, clinician: clinician, clock: { Date() })
    } catch {
      printError(language.text(.failure(EffectRunner.failure(error))))
      return nil
    }
  }

  private static func terminalProblem(_ error: TerminalError) -> Text.TerminalProblem {
    switch error {
    case .noUTF8Locale: return .noUTF8
    case .unknownTerminal: return .unknownTerminal
    case .notATerminal: return .notATerminal
    }
  }

  /// An operator's command on the central server: connects, runs `body` and prints what it
  /// says; a server that cannot be reached, or refuses, is named and the exit is 1.
  private static func onCentral(_ url: String, _ language: Language, _ body: (CentralConnection) throws(CentralError) -> Text) -> Int32 {
    onCentral(url, language, lines: { connection throws(CentralError) in [try body(connection)] })
  }

  /// The same for a command that says several lines.
  private static func onCentral(
    _ url: String, _ language: Language, lines body: (CentralConnection) throws(CentralError) -> [Text]
  ) -> Int32 {
    do throws(CentralError) {
      for line in try body(try CentralConnection(url: url, connectTimeout: 10)) { print(language.text(line)) }
      return 0
    } catch {
      printError(language.text(centralFailure(error)))
      return 1
    }
  }

  /// What a command says when the central server fails it: a login refused as at the terminal
  /// (the server's own words name no field), anything else with the server's reason.
  static func centralFailure(_ error: CentralError) -> Text {
    if case .statement(let state) = error.kind, state == "28P01" { return .loginProblem(.wrongPassword) }
    return .centralFailed(connection: error.kind == .connection, message: error.message)
  }

  static func printError(_ text: String, newline: Bool = true) {
    FileHandle.standardError.write(Data((text + (newline ? "\n" : "")).utf8))
  }

  /// One line per opening: when, who in which role and organisation, and on what basis.
  private static func printOpenings(_ openings: [ChartAccess], _ language: Language) {
    if openings.isEmpty { print(language.text(.accessNone)) }
    for a in openings {
      print(TextSanitiser.clean("\(ClockText.dateTime(a.at))  \(a.userName) (\(a.role)), \(a.organisation) – \(language.text(.accessBasis(a.basis)))"))
    }
  }
}
