import Clinical

/// The command line, parsed by hand: a subcommand and a few options.
public struct Arguments: Equatable, Sendable {
  public enum Command: Equatable, Sendable {
    case run
    case explainIdentifiers([String])
    case printKeys
    case listScenarios
    case replay(file: String)
    /// Check every signed note against its content hash.
    case verifyNotes
    /// The year's IPLOS/KPR service rows as CSV.
    case iplosReport(year: Int)
    /// FHIR R4 JSON files into the store, each bundle whole or not at all.
    case importFHIR(files: [String])
    /// One patient's record as a FHIR R4 Bundle.
    case exportFHIR(identifier: String)
    /// Install or migrate the central PostgreSQL schema.
    case centralInit(url: String)
    /// What is set up on the central server: organisations, their users and wards.
    case centralList(url: String)
    /// An organisation on the central server (the operator, as the schema's owner).
    case centralOrganisation(url: String, kind: String, name: String, municipality: String?)
    /// A user of an organisation on the central server; the password comes on standard input.
    case centralUser(url: String, hpr: String, name: String, role: String, organisation: String)
    /// A GP's list of patients into the central server: each a care relation of the GP office.
    case centralCareList(url: String, organisation: String, file: String, whole: Bool)
    /// A ward of a nursing home and its beds (labels, or ranges "101-112").
    case centralWard(url: String, organisation: String, name: String, municipality: String, stayType: String, beds: [String])
    /// Beds of a ward taken out of use (`central ward --retire`).
    case centralRetireBeds(url: String, organisation: String, name: String, beds: [String])
    /// The privacy officer's list of break-glass access not yet reviewed.
    case auditReview(url: String, hpr: String)
    /// Who opened this patient's chart on this workstation, newest first.
    case auditPatient(identifier: String)
    /// Who opened a record anywhere, from the central server's log (the privacy officer).
    case auditPatientCentral(url: String, identifier: String, hpr: String)
    /// One push of the outbox to the central server.
    case sync(url: String, hpr: String)
    case usage
  }

  public var command = Command.run
  public var demo = false
  public var trainer = false
  public var language = "nb"
  public var keymapPath: String?
  public var storePath: String?
  public var population: Int?
  public var scenarioID: String?
  /// Where a report is written (`--out FILE`); standard output when nil.
  public var outPath: String?
  public var year: Int?
  /// `export --patient NUMBER`.
  public var patient: String?
  /// The central server logins are checked against (`--central URL`); a demo store refuses one.
  public var central: String?
  /// Idle minutes before the screen locks (`--lock-minutes`, default 5).
  public var lockMinutes = 5
  /// `audit --review URL --hpr NUMBER`.
  public var review = false
  public var hpr: String?
  /// `central organisation|user`: `--name`, `--kind`, `--role`, `--organisation`, `--municipality`.
  public var name: String?
  public var kind: String?
  public var role: String?
  public var organisation: String?
  public var municipality: String?
  /// `central ward --stay-type long-term`: the kind of stay the ward's new beds are for.
  public var stayType: String?
  /// `replay --live`: play into the terminal at a readable pace instead of headless.
  public var live = false
  /// `central care-list --whole`: the file is the whole list, and who is not on it leaves it.
  public var whole = false
  /// `central ward --retire`: the beds named are taken out of use.
  public var retire = false
  /// The legevakt's triage targets (`--triage-targets 0,10,60,120,240`) and re-triage interval
  /// (`--retriage-minutes 30`).
  public var triageSettings = TriageSettings.standard

  /// Parses `args` (without the program name); throws the argument that could not be read.
  public init(_ args: [String]) throws(ArgumentError) {
    var rest = args[...]
    func value(_ flag: String) throws(ArgumentError) -> String {
      guard let v = rest.popFirst(), !v.hasPrefix("--") else { throw ArgumentError(argument: flag) }
      return v
    }
    var positional: [String] = []
    while let arg = rest.popFirst() {
      switch arg {
      case "--demo": demo = true
      case "--trainer": trainer = true
      case "--lang":
        language = try value(arg)
        guard ["nb", "en"].contains(language) else { throw ArgumentError(argument: "--lang \(language)") }
      case "--keymap": keymapPath = try value(arg)
      case "--store": storePath = try value(arg)
      case "--scenario": scenarioID = try value(arg)
      case "--live": live = true
      case "--whole": whole = true
      case "--retire": retire = true
      case "--out": outPath = try value(arg)
      case "--patient": patient = try value(arg)
      case "--central": central = try value(arg)
      case "--lock-minutes":
        guard let n = Int(try value(arg)), (1...240).contains(n) else { throw ArgumentError(argument: arg) }
        lockMinutes = n
      case "--review": review = true
      case "--hpr": hpr = try value(arg)
      case "--name": name = try value(arg)
      case "--kind": kind = try value(arg)
      case "--role": role = try value(arg)
      case "--organisation": organisation = try value(arg)
      case "--municipality": municipality = try value(arg)
      case "--stay-type": stayType = try value(arg)
      case "--year":
        guard let n = Int(try value(arg)), (1900...2200).contains(n) else { throw ArgumentError(argument: arg) }
        year = n
      case "--population":
        guard let n = Int(try value(arg)), n > 0, n <= 10_000_000 else {
          throw ArgumentError(argument: arg)
        }
        population = n
      case "--triage-targets":
        guard let targets = TriageSettings.targets(try value(arg)) else { throw ArgumentError(argument: arg) }
        triageSettings.targetMinutes = targets
      case "--retriage-minutes":
        guard let n = Int(try value(arg)), (1...1440).contains(n) else { throw ArgumentError(argument: arg) }
        triageSettings.retriageMinutes = n
      case "--help", "-h", "help": command = .usage
      default:
        if arg.hasPrefix("--") { throw ArgumentError(argument: arg) }
        positional.append(arg)
      }
    }
    // Trainer mode resets and counts on fictional patients only.
    if trainer && !demo { throw ArgumentError(argument: "--trainer (needs --demo)") }
    guard let first = positional.first else { return }
    switch first {
    case "id": command = .explainIdentifiers(Array(positional.dropFirst()))
    case "keys" where positional.count == 1: command = .printKeys
    case "scenario" where positional == ["scenario", "list"]: command = .listScenarios
    case "replay" where positional.count == 2: command = .replay(file: positional[1])
    case "notes" where positional == ["notes", "verify"]: command = .verifyNotes
    case "audit" where positional.count == 1 && patient != nil && !review:
      command = .auditPatient(identifier: patient ?? "")
    case "audit" where positional.count == 2 && patient != nil && !review:
      guard let hpr else { throw ArgumentError(argument: "--hpr") }
      command = .auditPatientCentral(url: positional[1], identifier: patient ?? "", hpr: hpr)
    case "audit" where positional.count == 2 && review:
      guard let hpr else { throw ArgumentError(argument: "--hpr") }
      command = .auditReview(url: positional[1], hpr: hpr)
    case "sync" where positional.count == 2:
      guard let hpr else { throw ArgumentError(argument: "--hpr") }
      command = .sync(url: positional[1], hpr: hpr)
    case "central" where positional.count == 3 && positional[1] == "init": command = .centralInit(url: positional[2])
    case "central" where positional.count == 3 && positional[1] == "list": command = .centralList(url: positional[2])
    case "central" where positional.count == 3 && positional[1] == "organisation":
      guard let kind else { throw ArgumentError(argument: "--kind") }
      guard let name else { throw ArgumentError(argument: "--name") }
      command = .centralOrganisation(url: positional[2], kind: kind, name: name, municipality: municipality)
    // "gp-list" was its first name, when only GP offices kept lists.
    case "central" where positional.count == 4 && ["care-list", "gp-list"].contains(positional[1]):
      guard let organisation else { throw ArgumentError(argument: "--organisation") }
      command = .centralCareList(url: positional[2], organisation: organisation, file: positional[3], whole: whole)
    case "central" where positional.count >= 4 && positional[1] == "ward" && retire:
      guard let organisation else { throw ArgumentError(argument: "--organisation") }
      guard let name else { throw ArgumentError(argument: "--name") }
      command = .centralRetireBeds(url: positional[2], organisation: organisation, name: name, beds: Array(positional.dropFirst(3)))
    case "central" where positional.count >= 4 && positional[1] == "ward":
      guard let organisation else { throw ArgumentError(argument: "--organisation") }
      guard let name else { throw ArgumentError(argument: "--name") }
      guard let municipality else { throw ArgumentError(argument: "--municipality") }
      guard let stayType else { throw ArgumentError(argument: "--stay-type") }
      command = .centralWard(
        url: positional[2], organisation: organisation, name: name, municipality: municipality, stayType: stayType,
        beds: Array(positional.dropFirst(3)))
    case "central" where positional.count == 3 && positional[1] == "user":
      guard let hpr else { throw ArgumentError(argument: "--hpr") }
      guard let name else { throw ArgumentError(argument: "--name") }
      guard let role else { throw ArgumentError(argument: "--role") }
      guard let organisation else { throw ArgumentError(argument: "--organisation") }
      command = .centralUser(url: positional[2], hpr: hpr, name: name, role: role, organisation: organisation)
    case "import" where positional.count >= 2: command = .importFHIR(files: Array(positional.dropFirst()))
    case "export" where positional.count == 1:
      guard let patient else { throw ArgumentError(argument: "--patient") }
      command = .exportFHIR(identifier: patient)
    case "report" where positional == ["report", "iplos"]:
      guard let year else { throw ArgumentError(argument: "--year") }
      command = .iplosReport(year: year)
    default: throw ArgumentError(argument: first)
    }
  }
}

public struct ArgumentError: Error, Equatable, Sendable {
  public let argument: String
}
