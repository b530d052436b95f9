import Clinical

/// English, chosen with `--lang en`.
enum CatalogueEN {
  static func text(_ t: Text) -> String {
    switch t {
    case .decision(let d): return decision(d)
    case .nameNotKnown: return "(name unknown)"
    case .loginTitle: return "Log in with HPR number and password"
    case .loginSubmitShort(let unlock): return unlock ? "Unlock" : "Log in"
    case .lockedTitle(let name): return "Locked · \(name)"
    case .resumeHint: return "Press Enter to continue."
    case .hprLabel: return "HPR number"
    case .passwordLabel: return "Password"
    case .loggedIn(let name, let online):
      return online ? "Logged in as \(name)." : "Logged in as \(name) without the central server (checked against the stored password)."
    case .loginProblem(let p):
      switch p {
      case .wrongPassword: return "Wrong HPR number or password."
      case .offlineNoCache: return "The central server does not answer, and you never logged in on this machine."
      case .badNumber: return "The HPR number has up to 9 digits."
      case .server(let message): return "The central server refused the login: \(TextSanitiser.clean(message))"
      }
    case .syncPushed(let applied, let duplicate, let rejected):
      return "Sent to the central server: \(applied) stored, \(duplicate) already stored, \(rejected.count) refused"
        + (rejected.isEmpty ? "." : " (" + Set(rejected).sorted().map { TextSanitiser.clean($0) }.joined(separator: "; ") + ").")
    case .syncPurged(let n):
      return "Removed from this workstation: \(n) \(n == 1 ? "record" : "records") whose access has ended (the central server keeps them)."
    case .syncPulled(let n): return "Fetched from the central server: \(n == 1 ? "1 change" : "\(n) changes")."
    case .firstSynced(let p, let c):
      return "First sync: \(p) \(p == 1 ? "patient" : "patients") with a care relation and \(c) \(c == 1 ? "change" : "changes") to their records."
    case .demoRefusesCentral: return "The demo store holds fictional patients only and never connects to a central server. Remove --central or --demo."
    case .fhirImported(let file, let report): return fhirReport(file, report)
    case .centralInstalled(let version): return "The central schema is installed (version \(version))."
    case .centralAdded(let what): return "Added on the central server: \(TextSanitiser.clean(what))."
    case .exportNeedsHPR: return "An export with --central is logged on the central server: give --hpr NUMBER (password on standard input)."
    case .careListUnreadable(let line):
      return "Nothing loaded: line \(line) is not “birth number;given name;family name;YYYY-MM-DD”, optionally followed by “;K or M;municipality number”."
    case .careListLoaded(let listed, let made, let ended):
      let loaded = "The list is loaded: \(listed) \(listed == 1 ? "patient" : "patients"), \(made) new \(made == 1 ? "care relation" : "care relations")"
      guard ended > 0 else { return loaded + "." }
      return loaded + "; \(ended) not on the list ended (access for \(CareRelationEnd.documentationDays) more days, for documentation)."
    case .careListEmptyWhole: return "Nothing loaded: the list is empty, and with --whole every care relation would have ended."
    case .wardBedsUnreadable: return "Nothing set up: name the beds in at most 6 characters, or give them as first-last (101-112), at most 500."
    case .wardStayTypeUnknown(let type):
      return "Nothing set up: “\(TextSanitiser.clean(type))” is no kind of stay (\(StayType.allCases.map(\.rawValue).joined(separator: ", ")))."
    case .wardBedsRetired(let ward, let retired, let listed):
      return "Ward “\(TextSanitiser.clean(ward))”: \(retired) of \(listed) \(listed == 1 ? "bed" : "beds") taken out of use. A patient lying in one stays there until moved or discharged."
    case .wardSetUp(let ward, let added, let listed):
      return "Ward “\(TextSanitiser.clean(ward))” is set up: \(added) of \(listed) \(listed == 1 ? "bed" : "beds") were new. The workstations fetch it at their next sync."
    case .centralOrganisationLine(let name, let kind, let municipality, let patients):
      // A municipality is named by its number alone: "municipality, municipality 5001" says it twice.
      let place = kind == "municipality" && municipality != nil
        ? "municipality \(municipality ?? "")"
        : [text(.organisationKind(kind)), municipality.map { "municipality \($0)" }].compactMap { $0 }.joined(separator: ", ")
      return "\(TextSanitiser.clean(name)) (\(place)): \(patients == 1 ? "1 patient" : "\(patients) patients") in a care relation"
    case .centralUserLine(let hpr, let name, let role): return "  HPR \(TextSanitiser.clean(hpr))  \(TextSanitiser.clean(name)), \(text(.roleName(role)))"
    case .centralWardLine(let name, let beds, let retired):
      return "  Ward “\(TextSanitiser.clean(name))”: \(beds == 1 ? "1 bed" : "\(beds) beds") in use"
        + (retired > 0 ? ", \(retired) out of use" : "")
    case .centralNothingSetUp:
      return "No organisation is set up yet. Add one with workstation central organisation URL --kind KIND --name NAME."
    case .organisationKind(let kind):
      switch kind {
      case "legevakt": return "legevakt, out-of-hours clinic"
      case "gp-office": return "GP office"
      case "nursing-home": return "nursing home"
      case "home-care": return "home care"
      case "municipality": return "municipality"
      default: return TextSanitiser.clean(kind)
      }
    case .passwordPrompt: return "Password: "
    case .breakGlassNone: return "No break-glass access is waiting for review."
    case .auditChain(let checked, let broken):
      if let broken { return "THE AUDIT LOG IS BROKEN at event \(broken): a row was removed or altered. Report it as a deviation." }
      return "The central server's audit log is whole: \(checked) events checked."
    case .breakGlassEntry(let at, let user, let hpr, let patient, let reason): return "\(at)  \(user) (HPR \(hpr)) → \(patient): \(reason)"
    case .centralFailed(let connection, let message):
      return (connection ? "Cannot reach the central server: " : "The central server refused the request: ")
        + TextSanitiser.clean(message).trimmingCharacters(in: .whitespaces)
    case .demoBanner: return "DEMO — fictional patients"
    case .localOnly: return "Local only"
    case .syncState(let s):
      let link = switch s.link {
      case .offline: "Offline"
      case .refused: "Server error, report it"
      case .syncing: "Syncing"
      case .inSync: "In sync"
      }
      return link + (s.pending > 0 ? " · \(s.pending) pending" : "")
        + (s.conflicts > 0 ? " · \(s.conflicts) \(s.conflicts == 1 ? "conflict" : "conflicts")" : "")
        + (s.rejected > 0 ? " · \(s.rejected) refused" : "")
    case .userLine(let name, let role, let organisation): return "\(name) (\(text(.roleName(role)))) · \(organisation)"
    case .roleName(let role):
      switch role {
      case "doctor", "lege": return "doctor"
      case "nurse", "sykepleier": return "nurse"
      case "case-officer", "saksbehandler": return "case officer"
      case "trainer", "instruktør": return "trainer"
      case "administrator": return "administrator"
      case "user", "bruker": return "user"
      default: return role
      }
    case .tooSmall(let w, let h):
      return "The terminal is \(w)×\(h). Make the window at least 80×24 to continue."

    case .lookupTitle: return "Patient lookup"
    case .promptLabel: return "Patient: "
    case .promptHelp:
      return "Birth number, birth date (DDMMYY), name words in any order, or N23460"
    case .recentHeading: return "Recently opened by you"
    case .recentWithNews(let n): return "● new from others: \(n) \(n == 1 ? "chart" : "charts") · then those you opened last"
    case .noRecent: return "You have not opened a chart yet. Type a name or a number."
    case .emptyStore: return "The store is empty: no patients yet."
    case .emptyStoreHowTo:
      return "Try fictional patients: workstation --demo. See README.md to get started."
    case .noMatches(let q): return "No patient matches “\(q)”."
    case .emptyWorkstation:
      return "No patients here yet: they come with care relations (a visit, an admission, a decision on services, the GP's list)."
    case .notHeldBreakGlass: return "Not on this workstation. Ctrl+G asks for break-glass access if the situation demands it."
    case .moreMatches(let n): return "Over \(n) matches: type more to narrow down"
    case .matchCount(let n): return n == 1 ? "1 match" : "\(n) matches"
    case .column(let c):
      switch c {
      case .name: return "Name"
      case .born: return "Born"
      case .age: return "Age"
      case .sex: return "Sx"
      case .identifier: return "Number"
      case .kind: return "Kind"
      case .municipality: return "Municip."
      case .gp: return "GP"
      }
    case .sexLabel(let s):
      switch s {
      case .female: return "F"
      case .male: return "M"
      case .unknown: return "?"
      }
    case .age(let years): return "\(years) y"
    case .kindName(let k):
      switch k {
      case .birthNumber: return "birth number"
      case .dNumber: return "D-number"
      case .hNumber: return "H-number"
      case .fhNumber: return "FH-number"
      case .tenorBirthNumber: return "synthetic birth number (Tenor)"
      case .tenorDNumber: return "synthetic D-number (Tenor)"
      case .syntPopNumber: return "synthetic number (FHI SyntPop)"
      }
    case .kindShort(let k):
      switch k {
      case .birthNumber: return "fnr"
      case .dNumber: return "dnr"
      case .hNumber: return "hnr"
      case .fhNumber: return "fhnr"
      case .tenorBirthNumber: return "T-fnr"
      case .tenorDNumber: return "T-dnr"
      case .syntPopNumber: return "S-nr"
      }
    case .identifierValid(let kind, let born):
      let kindName = text(.kindName(kind))
      return born.map { "Valid \(kindName), born \($0)" } ?? "Valid \(kindName)"
    case .identifierInvalid(let kind, let problems):
      let what = kind.map { text(.kindName($0)) } ?? "number"
      return "Invalid \(what): " + problems.map { text(.identifierProblem($0)) }.joined(separator: "; ")
    case .identifierProblem(let p):
      switch p {
      case .wrongLength(let n): return "has \(n) digits, a birth number has 11"
      case .notDigits: return "contains something other than digits"
      case .wrongCheckDigit(let position): return "wrong check digit (digit \(position))"
      case .checkDigitImpossible: return "the check digit computes to 10, no such number is issued"
      case .impossibleDate: return "the date does not exist"
      case .futureDate: return "the birth date is in the future"
      case .unknownCentury: return "the individual number does not fit the year (unknown century)"
      }
    case .partialNumber(let digits):
      return "\(digits) of 11 digits: numbers starting with these"
    case .birthDateQuery(let dates, let words):
      let when = dates.map(\.description).joined(separator: " or ")
      return "Born \(when)" + (words.isEmpty ? "" : ", name: " + words.joined(separator: " "))
    case .initialAndDigits(let initial, let digits):
      return "Family name starting \(initial.uppercased()), personal number starting \(digits)"
    case .nameQuery(let words): return "Names with words starting: " + words.joined(separator: ", ")

    case .caveMarker: return "!CAVE"
    case .caveNone: return "CAVE: no critical information registered"
    case .caveCategory(let c):
      switch c {
      case .drugReaction: return "Drug reaction"
      case .otherAllergy: return "Other allergy"
      case .criticalCondition: return "Critical condition"
      case .implant: return "Implant"
      case .treatment: return "Treatment"
      case .other: return "Other"
      }
    case .caveSeverity(let s):
      switch s {
      case .lifeThreatening: return "life-threatening"
      case .severe: return "severe"
      case .moderate: return "moderate"
      case .mild: return "mild"
      }
    case .caveCertainty(let c):
      switch c {
      case .confirmed: return "confirmed"
      case .probable: return "probable"
      case .suspected: return "suspected"
      }
    case .caveRegistered(let on, let by): return "reg. \(on) by \(by)"
    case .identityLine(let born, let age, let sex, let municipality):
      let sexText: String
      switch sex {
      case .female: sexText = "female"
      case .male: sexText = "male"
      case .unknown: sexText = "sex unknown"
      }
      return "Born \(born) (\(age) y), \(sexText)" + (municipality.map { ", \($0) municipality" } ?? "")
    case .gpHeading: return "GP"
    case .gpNone: return "No GP registered"
    case .gpOfficeLine(let office): return "On the list of a GP at \(office)"
    case .gpLine(let name, let office, let hpr): return "\(name), \(office) (HPR \(hpr))"
    case .contactsHeading: return "Next of kin and contacts"
    case .contactsNone: return "No next of kin or contacts registered"
    case .relation(let r):
      switch r {
      case .spouse: return "spouse/partner"
      case .child: return "child"
      case .parent: return "parent"
      case .sibling: return "sibling"
      case .other: return "other"
      }
    case .nextOfKin: return "next of kin"
    case .accessHeading: return "Access log · latest openings of this chart"
    case .accessNone: return "No openings logged"
    case .accessLogTitle(let name, let identifier): return "Access log · \(name) · \(identifier)"
    case .accessColumn(let c):
      switch c {
      case .time: return "Time"
      case .user: return "Who"
      case .role: return "Role"
      case .organisation: return "Organisation"
      case .basis: return "Basis"
      }
    case .accessBasis(let b):
      switch b {
      case .directLookup: return "lookup"
      case .careRelation: return "care relation"
      case .breakGlass: return "emergency access"
      case .export: return "export"
      }

    case .helpTitle: return "Help · keys in this view"
    case .helpColumns: return "Key             Action"
    case .helpClose: return "Esc or F1 closes help"
    case .actionSummary(let a): return summary(a)
    case .actionShort(let a): return short(a)
    case .caveFormTitle(let name, let identifier): return "Register CAVE · \(name) · \(identifier)"
    case .caveLabel(let f):
      switch f {
      case .category: return "Category"
      case .atc: return "ATC code"
      case .agent: return "Agent / condition"
      case .reaction: return "Reaction"
      case .severity: return "Severity"
      case .certainty: return "Certainty"
      }
    case .caveHint(let f):
      switch f {
      case .category: return "1 drug 2 allergy 3 condition 4 implant 5 treatment 6 other"
      case .atc: return "for drugs, e.g. J01CE02"
      case .agent: return "substance, condition or device"
      case .reaction: return "what happened"
      case .severity: return "1 life-threatening 2 severe 3 moderate 4 mild"
      case .certainty: return "1 confirmed 2 probable 3 suspected"
      }
    case .caveProblem(let p):
      switch p {
      case .chooseCategory: return "type 1–6"
      case .chooseSeverity: return "type 1–4"
      case .chooseCertainty: return "type 1–3"
      case .atcRequired: return "a drug reaction needs an ATC code"
      case .atcMalformed: return "not an ATC code (A, A01, A01B, A01BC or A01BC01)"
      case .required: return "must be filled in"
      }
    case .caveSaved: return "CAVE is registered."
    case .doctorsOnly: return "Only doctors can register CAVE."
    case .vitalsTitle(let name, let identifier): return "Vital signs · \(name) · \(identifier)"
    case .vitalsHistoryTitle(let name, let identifier): return "Vital signs history · \(name) · \(identifier)"
    case .vitalsLabel(let f):
      switch f {
      case .respirationRate: return "Respiration rate"
      case .oxygenSaturation: return "SpO₂"
      case .scale: return "SpO₂ scale (1 or 2)"
      case .airOrOxygen: return "Air or oxygen (A/O)"
      case .systolicPressure: return "Systolic pressure"
      case .pulse: return "Pulse"
      case .consciousness: return "Consciousness (ACVPU)"
      case .temperature: return "Temperature"
      }
    case .vitalsUnit(let f):
      switch f {
      case .respirationRate: return "/min (1–80)"
      case .oxygenSaturation: return "% (50–100)"
      case .scale: return "2 only with a documented CO₂ target"
      case .airOrOxygen: return "A or L = air, O = oxygen"
      case .systolicPressure: return "mmHg (40–300)"
      case .pulse: return "/min (20–250)"
      case .consciousness: return "A alert, C new confusion, V, P, U"
      case .temperature: return "°C (25.0–45.0)"
      }
    case .vitalsProblem(let p):
      switch p {
      case .notANumber: return "not a number"
      case .outOfRange(let r): return "outside possible values \(r.lowerBound)–\(r.upperBound)"
      case .temperatureOutOfRange: return "outside possible values 25.0–45.0 °C"
      case .scale2NeedsTarget: return "scale 2 needs a documented hypercapnic target"
      case .chooseAirOrOxygen: return "type A (air) or O (oxygen)"
      case .chooseConsciousness: return "type A, C, V, P or U"
      case .chooseScale: return "type 1 or 2"
      case .nothingRecorded: return "No values are filled in."
      }
    case .vitalsSaved: return "The vital signs are saved."
    case .news2Points(let n): return n == 1 ? "1 point" : "\(n) points"
    case .news2Total(let total, let response):
      let band: String
      switch response {
      case .low: band = "low"
      case .medium: band = "medium"
      case .high: band = "high"
      }
      return "NEWS2 \(total) · \(band) risk"
    case .news2Advice(let response):
      switch response {
      case .low: return "Continue routine monitoring."
      case .medium: return "Urgent: a doctor reviews the patient within 1 hour."
      case .high: return "Emergency: call the doctor or emergency team now."
      }
    case .news2Incomplete(let missing): return "NEWS2 needs all seven parameters: \(missing) missing."
    case .vitalsHeading: return "Vital signs and NEWS2"
    case .vitalsNone: return "No vital signs recorded"
    case .vitalsLatest(let at, let by): return "Latest: \(at), \(by)"
    case .news2Short(let total, let response):
      guard let total, let response else { return "NEWS2 incomplete" }
      switch response {
      case .low: return "NEWS2 \(total) (low)"
      case .medium: return "NEWS2 \(total) (medium)"
      case .high: return "NEWS2 \(total) (HIGH)"
      }
    case .trendLabel(let p):
      switch p {
      case .respirationRate: return "RR"
      case .oxygenSaturation: return "SpO₂"
      case .airOrOxygen: return "O₂"
      case .systolicPressure: return "BP sys"
      case .pulse: return "Pulse"
      case .consciousness: return "ACVPU"
      case .temperature: return "Temp"
      }
    case .scenarioCounter(let keys, let budget, let seconds):
      return "Task \(keys)/\(budget) keys · \(Clock.minutes(seconds))"
    case .scenarioBrief(let title, let story, let hint, let budget):
      return "\(title). \(story) Hint: \(hint) Budget: \(budget) keys. The demo store is reset first."
    case .scenarioResult(let title, let keys, let budget, let seconds, let keyboard, let mouse):
      let verdict = keys <= budget ? "within budget" : "over budget"
      return "Goal met: \(title). \(keys) keys (budget \(budget), \(verdict)) in \(Clock.minutes(seconds)). "
        + "KLM estimate: \(Clock.decimal(keyboard, separator: ".")) s by keyboard, \(Clock.decimal(mouse, separator: ".")) s with a mouse."
    case .pickerTitle: return "Choose a task"
    case .noScenarios: return "No tasks found in Scenarios/."
    case .recordingOn: return "Recording: keys are saved until you press the record key again."
    case .recordingSaved(let path): return "The recording is saved: \(path)"
    case .scenarioProblem(let p):
      switch p {
      case .missingField(let f): return "missing the field “\(f)”"
      case .unknownField(let f): return "unknown field “\(f)”"
      case .unknownGoal(let g): return "unknown goal “\(g)”"
      case .badNumber(let n): return "“\(n)” is not a number"
      case .unknownKey(let k): return "unknown key “\(k)”"
      case .unreadable: return "the file cannot be read"
      }
    case .scenarioError(let file, let line, let reason): return "\(file):\(line): \(reason)"
    case .scenarioListLine(let id, let title, let budget): return "\(id)  \(title)  (budget \(budget) keys)"
    case .replayGoal(let met, let keys, let budget):
      return (met ? "Goal met" : "Goal NOT met") + ": \(keys) keys, budget \(budget)"
    case .trainerCounter(let keys, let seconds):
      return "\(keys) keys · \(Clock.minutes(seconds))"
    case .confirmReset:
      return "Reset the demo store? Everything done since the start is lost."
    case .confirmKeys(let yes, let no): return "\(yes) = yes    \(no) = no"
    case .closeKeys(let keys): return "\(keys) closes"
    case .demoWasReset: return "The demo store is back at its starting point."
    case .trainerOnly: return "Only in trainer mode (workstation --demo --trainer)."
    case .noteFromKeymap(let note): return "(\(note))"
    case .disabledNoSelection: return "No patient is selected"

    case .keymapProblem(let p):
      switch p {
      case .missingEquals: return "missing “=” between key and action"
      case .bindingOutsideSection: return "binding before the first [section]"
      case .unknownSection(let s): return "unknown section [\(s)]"
      case .unknownKey(let k): return "unknown key “\(k)”"
      case .unknownAction(let a): return "unknown action “\(a)”"
      case .duplicateKey(let k, let line): return "“\(k)” is already bound on line \(line)"
      case .prefixConflict(let k, let other): return "“\(k)” is the start of “\(other)” in the same section"
      case .unreadable: return "the file cannot be read"
      }
    case .keymapError(let file, let line, let reason): return "\(file):\(line): keymap: \(reason)"
    case .usage:
      return """
        Usage: workstation [options]        start the workstation in the terminal
               workstation id NUMBER…       explain birth numbers (or one per line on stdin)
               workstation keys             print the effective keymap
               workstation scenario list    list the training tasks in Scenarios/
               workstation replay FILE [--scenario ID] [--live]
                                            play a key file (headless, or --live in the terminal)
               workstation notes verify     check that no signed note has been changed
               workstation import FILE…     import FHIR R4 JSON (bundles and resources), each bundle whole or not
               workstation export --patient NUMBER [--out FILE]
                                    the patient's record as a FHIR R4 Bundle
               workstation central init URL install or migrate the central schema in PostgreSQL
               workstation central list URL what is set up: organisations, their users and wards
               workstation central organisation URL --kind KIND --name NAME [--municipality NO]
                                    add an organisation (legevakt, gp-office, nursing-home, home-care, municipality)
               workstation central user URL --hpr NUMBER --name NAME --role ROLE --organisation NAME
                                    add a user (doctor, nurse, case-officer, trainer, administrator; password on standard input)
               workstation central care-list URL --organisation NAME FILE [--whole]
                                    load a GP's list, a home-care service's or a nursing home's patients
                                    (birth number;given;family;YYYY-MM-DD[;K or M;municipality] per
                                    line); with --whole the file is the whole list, and whoever is not
                                    on it leaves it
               workstation central ward URL --organisation NAME --name WARD --municipality NO
                 --stay-type TYPE BED…
                                    set up a ward of a nursing home and its beds (101 102 or 101-112);
                                    TYPE: long-term, short-term, rehabilitation, respite, municipal-acute
               workstation central ward URL --organisation NAME --name WARD --retire BED…
                                    take beds out of use (named again, they are in use again)
               workstation sync URL --hpr NUMBER
                                    send waiting changes and fetch new ones (password on standard input)
               workstation audit --patient NUMBER
                                    who opened the record on this workstation
               workstation audit --review URL --hpr NUMBER
                                    break-glass access waiting for review, and a check of the audit log (password on standard input)
               workstation audit URL --patient NUMBER --hpr NUMBER
                                    who opened the record, in every organisation (the privacy officer)
               workstation report iplos --year YYYY [--out FILE]
                                    the year's IPLOS/KPR rows as CSV, checked first
        Options: --demo                     use the demo store of fictional patients
               --population N               fictional patients in a new demo store (5000)
               --trainer                    trainer mode: counts keys and time, F11 resets the store
               --lang nb|en                 language (Norwegian bokmål is the default)
               --keymap FILE                keymap merged over the default and the user's
               --store FILE                 use this store file
               --triage-targets R,O,Y,G,B   minutes to target for red … blue (default 0,10,60,120,240)
               --retriage-minutes N         re-triage waiting patients after N minutes (default 30)
               --central URL                the central server logins are checked against (not with --demo)
               --lock-minutes N             lock the screen after N minutes without a key (default 5)
        """
    case .badArgument(let a): return "Unknown or incomplete option: \(a)"
    case .buildingDemo(let n): return "Building a demo store of \(n) fictional patients …"
    case .noDefaultKeymap:
      return "Cannot find Keymaps/default.keymap. Run from the source folder or set WORKSTATION_KEYMAPS."
    case .terminalProblem(let p):
      switch p {
      case .noUTF8: return "The terminal has no UTF-8 character set and C.UTF-8 is missing. Set LANG=C.UTF-8."
      case .unknownTerminal: return "Unknown terminal type (TERM). Try TERM=xterm-256color."
      case .notATerminal: return "Workstation must run in a terminal."
      }
    case .failure(let f): return failure(f)
    case .pasteShortened(let n): return "The text was too long and was cut to \(n) characters."
    case .problemsHeading: return "Active problems"
    case .problemsNone: return "No diagnoses on the problem list (from the GP's signed consultations)."
    case .notesHeading: return "Latest notes"
    case .notesNone: return "No signed notes."
    case .notesNoMatch: return "No notes match the filter."
    case .noteTypeName(let t):
      switch t {
      case .gpConsultation: return "GP consultation"
      case .legevakt: return "Out-of-hours (legevakt)"
      case .nursing: return "Nursing"
      case .telephone: return "Telephone"
      }
    case .noteTypeShort(let t):
      switch t {
      case .gpConsultation: return "GP"
      case .legevakt: return "Legevakt"
      case .nursing: return "Nursing"
      case .telephone: return "Phone"
      }
    case .noteEditorTitle(let name, let identifier): return "New note · \(name) · \(identifier)"
    case .addendumTitle(let name, let identifier): return "Addendum · \(name) · \(identifier)"
    case .addendumTo(let date, let author, let firstLine): return "To the note of \(date), \(author): \(firstLine)"
    case .noteTypeLine(let t): return "Type: \(text(.noteTypeName(t)))"
    case .noteCodesLine(let codes): return "Codes: \(codes)"
    case .noteCodesNone(let needed):
      return needed ? "Codes: none yet – the contact needs at least one ICPC-2 code" : "Codes: none"
    case .noteProblem(let p):
      switch p {
      case .empty: return "The note is empty and cannot be signed."
      case .tooLong: return "The note is longer than 100,000 characters and cannot be signed."
      case .needsICPC2: return "GP and legevakt contacts need at least one ICPC-2 code before signing."
      }
    case .draftSavedAt(let time): return "Draft saved \(time)"
    case .draftUnsaved: return "NOT SAVED"
    case .draftNotSaved(let f): return "The draft was not saved and exists on screen only: \(failure(f))"
    case .draftResumed: return "An unsigned draft was taken up again."
    case .draftKept: return "The draft is saved and waits for you in this chart."
    case .draftDiscarded: return "The draft was discarded."
    case .confirmDiscardDraft: return "Discard the draft? The text cannot be brought back."
    case .noteSigned: return "The note is signed and can no longer be changed."
    case .codeSearchLabel: return "Search codes"
    case .codeSearchHint(let n): return n == 0 ? "code or words" : n == 1 ? "1 match" : "\(n) matches"
    case .codeSearchStart: return "Type a code (K86, I10) or words of the Norwegian title (blodtrykk, hoste). ICPC-2 first, then ICD-10."
    case .codeSearchNone(let q): return "No code has all the words of “\(q)”. Try fewer words, or the code."
    case .notesTitle(let name, let identifier): return "Notes · \(name) · \(identifier)"
    case .notesFilterLabel: return "Search the text"
    case .notesTypeFilter(let t): return "Type: " + (t.map { text(.noteTypeName($0)) } ?? "all")
    case .noteReaderTitle(let name, let identifier): return "Note · \(name) · \(identifier)"
    case .addendumMarker: return "[addendum]"
    case .addendumHeading(let meta): return "Addendum: \(meta)"
    case .enteredInErrorMarker: return "[IN ERROR]"
    case .enteredInErrorBanner(let by, let at, let reason):
      return "ENTERED IN ERROR – marked by \(by) \(at): \(reason). The note stays but does not apply."
    case .enteredInErrorPrompt: return "Mark the note as entered in error (e.g. written on the wrong patient). It is never deleted."
    case .enteredInErrorReason: return "Reason"
    case .enteredInErrorNeedsReason: return "Say why the note is entered in error."
    case .alreadyEnteredInError: return "The note is already marked as entered in error."
    case .noAddendumToErroneous: return "A note entered in error takes no addendum. Write a new note."
    case .noteMarked: return "The note is marked as entered in error."
    case .dosesHeading: return "Latest doses given"
    case .dosesNone: return "No doses recorded as given."
    case .doseFormTitle(let name, let identifier): return "Give a dose · \(name) · \(identifier)"
    case .doseLabel(let f):
      switch f {
      case .drug: return "Medicine"
      case .dose: return "Dose"
      case .route: return "Route"
      case .time: return "Time"
      }
    case .doseDrugHint: return "type the first letters, Enter picks"
    case .doseLimits(let single, let daily):
      var parts: [String] = []
      if let single { parts.append("max \(single) per dose") }
      if let daily { parts.append("\(daily) per 24 h") }
      return parts.joined(separator: ", ")
    case .routeName(let r):
      switch r {
      case .oral: return "oral"
      case .sublingval: return "sublingual"
      case .rektal: return "rectal"
      case .iv: return "i.v."
      case .im: return "i.m."
      case .sc: return "s.c."
      case .inhalasjon: return "inhaled"
      case .nasal: return "nasal"
      case .okulær: return "in the eye"
      case .vaginal: return "vaginal"
      case .kutan: return "on the skin"
      }
    case .routeChoices:
      return Medication.Route.allCases.enumerated().map { "\($0.offset + 1) \(text(.routeName($0.element)))" }.joined(separator: " ")
    case .doseTimeHint: return "HH:MM, now unless changed"
    case .doseGivenBy(let who): return "Given by: \(who)"
    case .doseRecentHeading: return "Given in the last 24 hours"
    case .doseRecentNone: return "No doses in the last 24 hours."
    case .doseProblem(let p):
      switch p {
      case .pickDrug: return "Pick the medicine: type its first letters and press Enter."
      case .badDose: return "Write the dose as amount and unit, e.g. 1 g, 500 mg, 2 tabletter."
      case .chooseRoute: return "Choose the route by its number."
      case .badTime: return "Write the time as HH:MM."
      }
    case .doseWarnings(let medication, let dose, let warnings):
      let reasons = warnings.map { w -> String in
        switch w {
        case .cave(let agent, let reaction, let group):
          return "CAVE: \(agent) – \(reaction). \(medication) is in ATC group \(group). Do not give without asking a doctor."
        case .overSingleDose(let max): return "\(dose) is over the largest single dose \(max). Check the dose."
        case .interaction(let other, let rule): return "Interaction with \(other) (avoid): \(rule.mechanism). \(rule.advice)."
        case .overDailyDose(let given, let total, let max):
          return "Given in the last 24 h: \(given). With this it is \(total), over the largest daily dose \(max)."
        }
      }
      return (reasons + ["Give \(medication) \(dose) anyway?"]).joined(separator: " ")
    case .doseRecorded(let medication, let dose, let at): return "\(medication) \(dose) recorded as given at \(at)."
    case .censusTitle: return "Census · beds, stays and waiting list"
    case .censusMovements(let free, let admitted, let discharged, let expected):
      return "Free beds \(free) · admitted today \(admitted) · discharged today \(discharged) · out within 7 days \(expected)"
    case .censusFree(let type): return "free (\(type))"
    case .censusWaiting(let list): return list.isEmpty ? "Nobody waits for a place." : "Waiting list: " + list.joined(separator: " · ")
    case .censusPromptTitle(let k):
      switch k {
      case .admit: return "Admit: number on the waiting list, or a birth number"
      case .transfer: return "Move to bed"
      case .discharge: return "Discharge to"
      case .withdraw: return "Withdraw the admission (not counted as a stay)"
      }
    case .censusPromptLabel(let k):
      switch k {
      case .admit: return "Patient"
      case .transfer: return "Bed"
      case .discharge: return "Discharged to"
      case .withdraw: return "Confirm"
      }
    case .censusAdmitHint: return "the number on the waiting list, or a birth number"
    case .censusChooseWaiting(let n): return n == 0 ? "The waiting list is empty; type a birth number." : "Choose 1–\(n) on the waiting list, or type a birth number."
    case .censusBedConflict(let bed): return "also in bed \(bed): transfer (t) or discharge (d)"
    case .censusAdmittedTwice(let bed): return "also admitted in bed \(bed): withdraw (d)"
    case .censusWithdrawHint(let bed): return "Enter withdraws it; the patient stays in bed \(bed). Esc cancels."
    case .censusPlaceTaken(let home): return "place at \(home): withdraw (d)"
    case .censusWithdrawPlaceHint(let home): return "Enter withdraws it; the place is at \(home). Esc cancels."
    case .censusPlaceEnded: return "the place has ended: withdraw (d)"
    case .censusWithdrawEndedPlaceHint(let municipality): return "Enter withdraws it; \(municipality) ended the place. Esc cancels."
    case .censusBedFree: return "The bed is free."
    case .censusNoWards:
      return "No wards on this workstation. A nursing home's wards and beds are set up on the central server (workstation central ward) and come at the next sync."
    case .censusChooseDestination: return "Choose the destination by its number."
    case .censusNoSuchBed(let bed): return "No bed “\(bed)”."
    case .stayTypeShort(let t):
      switch t {
      case .longTerm: return "Long"
      case .shortTerm: return "Short"
      case .rehabilitation: return "Rehab"
      case .respite: return "Respite"
      case .municipalAcute: return "KAD"
      }
    case .stayTypeName(let t):
      switch t {
      case .longTerm: return "long-term stays"
      case .shortTerm: return "short-term stays"
      case .rehabilitation: return "rehabilitation stays"
      case .respite: return "respite stays"
      case .municipalAcute: return "municipal acute beds (KAD)"
      }
    case .destination(let d):
      switch d {
      case .home: return "home"
      case .homeWithServices: return "home with services"
      case .hospital: return "hospital"
      case .otherInstitution: return "other institution"
      case .deceased: return "deceased"
      }
    case .fallRiskMarker: return "FALL"
    case .statsTitle(let type, let municipality): return "Length of stay, \(type) · \(municipality) against the region"
    case .statsHowCounted(let open):
      return "Completed stays count in the quarter they ended, with their whole length (nights). \(open) open stays are left out until they end."
    case .statsNone: return "No completed stays of this type."
    case .statsColumns(let municipality):
      return "Quarter  \(String(municipality.prefix(12)).padding(toLength: 13, withPad: " ", startingAt: 0))Region       mean nights (stays)"
    case .statsLegend: return "Upper: the municipality · lower: the region. ↑↓ stay type, ←→ municipality."
    case .triageTitle: return "Legevakt · patients waiting"
    case .triageLevelName(let l):
      switch l {
      case .red: return "RED"
      case .orange: return "ORANGE"
      case .yellow: return "YELLOW"
      case .green: return "GREEN"
      case .blue: return "BLUE"
      }
    case .triageColumn(let c):
      switch c {
      case .level: return "Level"
      case .patient: return "Patient, age"
      case .complaint: return "Complaint"
      case .arrived: return "Came"
      case .left: return "Left"
      case .status: return "Status"
      case .retriage: return "⟳"
      }
    case .triageEmpty: return "Nobody is waiting. n registers a new patient."
    case .triageOverdue(let m): return "+\(m) min"
    case .triageMinutes(let m): return "\(m) min"
    case .triageStatus(let s):
      switch s {
      case .waiting: return "waiting"
      case .withDoctor: return "with doctor"
      case .observation: return "observation"
      case .discharged: return "discharged"
      case .admitted: return "admitted"
      case .referred: return "referred"
      }
    case .triageRetriageDue: return "⟳ NOW"
    case .triageLevelDispute(let level, let origin):
      return "at once: \(text(.triageLevelName(level)).lowercased()) by \(origin) – set level (l)"
    case .triagePromptTitle(let k):
      switch k {
      case .level: return "Re-triage: level 1 red – 5 blue; lowering below the rule's level needs a reason"
      case .outcome: return "Outcome: 1 discharged home, 2 admitted, 3 referred"
      }
    case .triagePromptLabel(let k, let index):
      switch k {
      case .level: return index == 0 ? "Level" : "Reason"
      case .outcome: return "Outcome"
      }
    case .triagePromptHint(let k):
      switch k {
      case .level: return "1 red, 2 orange, 3 yellow, 4 green, 5 blue"
      case .outcome: return "1 home, 2 admitted, 3 referred"
      }
    case .triageChooseLevel: return "Type the level as a number from 1 (red) to 5 (blue)."
    case .triageChooseOutcome: return "Type 1 (discharged), 2 (admitted) or 3 (referred)."
    case .triageLowerNeedsReason(let l):
      return "The rule gave \(text(.triageLevelName(l))); lowering the level needs a reason."
    case .triageFormTitle: return "New legevakt patient · triage (the RETTS principle, our own tables)"
    case .triageLabel(let f):
      switch f {
      case .person: return "Birth number"
      case .complaint: return "Complaint"
      case .respirationRate: return "Respiration rate"
      case .oxygenSaturation: return "SpO₂"
      case .airOrOxygen: return "Air or oxygen"
      case .systolicPressure: return "Systolic pressure"
      case .pulse: return "Pulse"
      case .consciousness: return "Consciousness (ACVPU)"
      case .temperature: return "Temperature"
      }
    case .triageProblem(let p):
      switch p {
      case .invalidIdentifier: return "Invalid number; leave it empty for an unknown patient"
      case .chooseComplaint: return "Choose the complaint by number or first letters"
      case .vitals(let v): return text(.vitalsProblem(v))
      case .noVitals: return "Record at least one vital sign before triage."
      }
    case .triageUnidentifiedHint: return "empty: unknown, gets an H-number"
    case .triageLevelLine(let level, let vitals, let complaint):
      return "Level \(text(.triageLevelName(level))) – vital signs \(text(.triageLevelName(vitals))), complaint \(text(.triageLevelName(complaint))); the worse applies"
    case .complaintName(let c):
      switch c {
      case .chestPain: return "Chest pain"
      case .breathing: return "Breathing difficulty"
      case .consciousness: return "Reduced consciousness"
      case .strokeSymptoms: return "Stroke symptoms"
      case .seizure: return "Seizures"
      case .poisoning: return "Poisoning"
      case .allergicReaction: return "Allergic reaction"
      case .bleeding: return "Bleeding"
      case .abdominalPain: return "Abdominal pain"
      case .headache: return "Headache"
      case .mentalDistress: return "Mental crisis"
      case .fever: return "Fever"
      case .injury: return "Injury"
      case .woundOrCut: return "Wounds and cuts"
      case .earNoseThroat: return "Ear, nose, throat"
      case .urinary: return "Urinary complaints"
      case .backPain: return "Back pain"
      case .skin: return "Skin complaints"
      case .prescriptionOrCertificate: return "Prescription or certificate"
      }
    case .complaintShort(let c):
      switch c {
      case .breathing: return "Breathing"
      case .consciousness: return "Consciousness"
      case .allergicReaction: return "Allergy"
      case .earNoseThroat: return "Ear-nose-throat"
      case .urinary: return "Urinary"
      case .prescriptionOrCertificate: return "Prescr./certif."
      default: return text(.complaintName(c))
      }
    case .notesVerified(let checked, let changed):
      return changed.isEmpty
        ? "\(checked) signed notes checked: all unchanged."
        : "\(checked) signed notes checked: \(changed.count) were changed outside Workstation (note \(changed.map(String.init).joined(separator: ", ")))."
    case .walkInRegistered: return "The patient is registered and triaged; the queue is updated."
    case .severityName(let s):
      switch s {
      case .avoid: return "avoid"
      case .adjust: return "take precautions"
      case .monitor: return "monitor"
      }
    case .doseFromList(let line): return "In use: \(line)"
    case .doseOnList(let frequency): return "from medicines in use: \(frequency)"
    case .doseWeighed(let reason): return "weighed at reconciliation: \(reason)"
    case .medicationsHeading: return "Medicines in use"
    case .medicationsNone: return "No signed medication list yet."
    case .breakGlassTitle: return "Break-glass access to a patient without a care relation"
    case .breakGlassExplained:
      return "Use break-glass only when the patient's health demands it and you have no care relation. Access lasts the hours you give, is logged with your reason and is reviewed by the privacy officer."
    case .breakGlassLabel(let n): return ["Birth number", "Reason", "Hours (1–24)"][min(n, 2)]
    case .breakGlassAsking: return "Asking the central server for break-glass access …"
    case .breakGlassGranted(let until): return "Break-glass access until \(until), logged for the privacy officer."
    case .accessRunsOut(.breakGlass, let at): return "Break-glass access until \(at)."
    case .accessRunsOut(_, let at): return "The care relation has ended: the chart opens until \(at)."
    case .breakGlassProblem(let p):
      switch p {
      case .badNumber: return "The birth number has 11 digits."
      case .reasonTooShort: return "Give a reason of at least 10 characters: the privacy officer reads it."
      case .badHours: return "Break-glass access lasts 1 to 24 hours."
      case .noCentral: return "This workstation has no central server; the patients in its store are already open to you."
      case .offline: return "The central server does not answer. Only the central server can grant break-glass access; try again shortly."
      case .notFound: return "The central server has no patient with this number."
      case .server(let message): return "The central server refused break-glass access: \(TextSanitiser.clean(message))"
      }
    case .caveFromElsewhere: return "from another record"
    case .nameConflict: return "! The particulars were changed in two places: choose what is right and save (p)"
    case .nameTitle(let identifier): return "Particulars · \(identifier)"
    case .nameExplained:
      return "Change as the ID or the population register shows it. Each field goes to other records on its own; F12 saves."
    case .nameLabel(let field):
      switch field {
      case .given: return "Given name"
      case .middle: return "Middle name"
      case .family: return "Family name"
      case .sex: return "Sex"
      case .municipality: return "Municipality no."
      }
    case .nameHint(let field, let typed):
      switch field {
      case .given, .middle, .family: return ""
      case .sex: return "F female, M male, empty = not known"
      case .municipality:
        if typed.isEmpty { return "empty = not known (home municipality)" }
        return DemoMunicipalities.name(of: typed) ?? "municipality number, four digits"
      }
    case .nameOtherValue(let field, let other):
      let shown: String
      switch field {
      case _ where other.value.isEmpty:
        shown = field == .middle ? "no middle name" : field == .sex ? "sex not known" : "municipality not known"
      case .sex: shown = "«\(text(.sexLabel(Sex(rawValue: other.value) ?? .unknown)))»"
      case .municipality: shown = "«\(other.value)\(DemoMunicipalities.name(of: other.value).map { " \($0)" } ?? "")»"
      case .given, .middle, .family: shown = "«\(other.value)»"
      }
      return "Other record: \(shown) (\(other.origin))"
    case .renamed: return "The particulars are saved."
    case .caveNotReconciled(let n):
      return "! \(n) CAVE from another record not reconciled here: read them and reconcile (a, doctor)"
    case .caveReconciled: return "CAVE reconciled: the entries from other records are read and hold here."
    case .medicationsConflict(let n):
      return "! The list was signed in two places at once (\(n)) – reconcile and sign (m)"
    case .conflictsTitle(let n): return "Conflicts waiting for a clinician (\(n))"
    case .conflictsNone: return "No conflicts. Everything changed in two places has been settled."
    case .conflictColumn(let c):
      switch c {
      case .detected: return "Found"
      case .identifier: return "Number"
      case .patient: return "Patient"
      case .what: return "What"
      case .otherVersion: return "The other version"
      }
    case .conflictKind(let k):
      switch k {
      case .medicationList: return "Medicines"
      case .cave: return "CAVE"
      case .serviceCase: return "Service case"
      case .demographics: return "Particulars"
      case .bed: return "Bed"
      case .triage: return "Triage"
      }
    case .medicationsWaiting(let n):
      return n == 1 ? "1 medication list awaits reconciliation (m)." : "\(n) medication lists await reconciliation (m)."
    case .medicationStatus(let status):
      switch status {
      case .active: return ""
      case .paused(let reason): return reason.isEmpty ? "paused" : "paused: \(reason)"
      case .stopped(let reason, let on): return "stopped \(on): \(reason)"
      }
    case .medrecTitle(let name, let identifier): return "Medication reconciliation · \(name) · \(identifier)"
    case .medrecOpen(let n): return n == 0 ? "all settled – F12 signs" : n == 1 ? "1 row to settle" : "\(n) rows to settle"
    case .medrecNoSources: return "No medication lists to reconcile. i imports a discharge list (FHIR), a adds what the patient says."
    case .medrecDrugColumn: return "Medicine"
    case .medrecCurrentColumn: return "List now"
    case .medrecFindingColumn: return "Finding · answer"
    case .sourceKind(let kind):
      switch kind {
      case .gpList: return "GP"
      case .discharge: return "Disch."
      case .multidose: return "Multid."
      case .nursingHome: return "N.home"
      case .patientAccount: return "Patient"
      case .otherRecord: return "Other"
      }
    case .sourceName(let kind):
      switch kind {
      case .gpList: return "the GP's list"
      case .discharge: return "the discharge letter"
      case .multidose: return "the multidose list"
      case .nursingHome: return "the nursing home's list"
      case .patientAccount: return "the patient's account"
      case .otherRecord: return "another record"
      }
    case .medicationPausedShort: return "paused"
    case .medicationStoppedShort: return "stopped"
    case .rowDecision(let d):
      switch d {
      case .keep: return "continue"
      case .change(let dose, _): return "change to \(dose)"
      case .pause: return "pause"
      case .stop: return "stop"
      }
    case .discrepancyClassShort(let c):
      switch c {
      case .unintentional: return "unintentional"
      case .documentedIntentional: return "intentional, documented"
      case .undocumentedIntentional: return "intentional, undocumented"
      }
    case .discrepancy(let d):
      switch d {
      case .omitted(let kind): return "Left out of \(text(.sourceKind(kind)).lowercased())"
      case .new(let kind): return "New in \(text(.sourceKind(kind)).lowercased())"
      case .doseChanged(let from, let to): return "Dose \(from) → \(to)"
      case .frequencyChanged: return "Schedule changed"
      case .routeChanged: return "Route changed"
      case .onlyDispensed: return "Only dispensed – ask the patient"
      case .duplicate(let other): return "Duplicate of \(other)"
      case .interaction(let other, let i): return "Interaction \(other) (\(text(.severityName(i.severity))))"
      case .cave(let agent, _): return "CAVE: \(agent)"
      case .changedElsewhere(let origin): return "Changed in two places (\(origin))"
      }
    case .discrepancyDetail(let d):
      switch d {
      case .omitted(let kind): return "Used before, missing from \(text(.sourceName(kind))). Find out whether it was stopped on purpose."
      case .new(let kind): return "New in \(text(.sourceName(kind))); not used before."
      case .doseChanged(let from, let to): return "The dose changed from \(from) to \(to)."
      case .frequencyChanged(let from, let to): return "The schedule changed from “\(from)” to “\(to)”."
      case .routeChanged(let from, let to): return "The route changed from \(text(.routeName(from))) to \(text(.routeName(to)))."
      case .onlyDispensed: return "Only on the multidose list: dispensed is not taken. Ask the patient or a relative."
      case .duplicate(let other): return "Same therapeutic group (ATC level 4) as \(other): duplicate therapy?"
      case .interaction(let other, let i):
        return "Interaction with \(other) (\(text(.severityName(i.severity)))): \(i.mechanism). \(i.advice)."
      case .cave(let agent, let reaction): return "CAVE: \(agent) – \(reaction). Do not give without asking a doctor."
      case .changedElsewhere(let origin): return "Changed in another record (\(origin)) while it was changed here. Neither version holds until you choose: f continues the newest, e changes the dose, p pauses, s stops."
      }
    case .medrecAgrees: return "Agrees"
    case .medrecAgreesDetail: return "The lists agree for this medicine; it carries on unchanged."
    case .medrecDecisionDetail(let d):
      switch d {
      case .keep: return "When the list is signed: it carries on."
      case .change(let dose, let reason): return "When the list is signed: the dose becomes \(dose). Reason: \(reason)"
      case .pause(let reason): return "When the list is signed: it is paused." + (reason.isEmpty ? "" : " Reason: \(reason)")
      case .stop(let reason): return "When the list is signed: it is stopped. Reason: \(reason)"
      }
    case .medrecClassifyHint: return "k classifies the difference, f continues, e changes, p pauses, s stops."
    case .medrecNothingToClassify: return "No difference between the lists on this row; only a decision is needed."
    case .medrecPromptTitle(let kind):
      switch kind {
      case .change: return "Change the dose (Tab moves, Enter saves)"
      case .stop: return "Stop: write a short reason"
      case .addLine: return "New line · source: 1 patient, 2 discharge, 3 GP, 4 nursing home, 5 multidose"
      case .override: return "Go ahead anyway: say why (shown to the next person who gives it)"
      case .importFile: return "Import a discharge or medication list from a FHIR R4 JSON file"
      }
    case .medrecPromptLabel(let kind, let index):
      switch kind {
      case .change: return index == 0 ? "New dose" : "Reason"
      case .stop: return "Reason"
      case .addLine: return ["Medicine", "Dose", "Schedule", "Source 1–5"][min(index, 3)]
      case .override: return "Reason"
      case .importFile: return "File"
      }
    case .medrecNeedsReason: return "Write a short reason."
    case .medrecChooseSourceKind: return "Choose the source: 1 patient/relative, 2 discharge, 3 GP, 4 nursing home, 5 multidose."
    case .medrecUnknownDrug(let typed): return "“\(typed)” is not in the medication catalogue. Type the start of its name."
    case .medrecUnresolved(let n): return n == 1 ? "Cannot sign: 1 row is not settled." : "Cannot sign: \(n) rows are not settled."
    case .medrecAlert(let drug, let d):
      return "\(text(.discrepancyDetail(d))) Continue \(drug) anyway?"
    case .medicationListSigned: return "Medicines in use is signed, with the sources used."
    case .medicationImported(let n): return "The list was imported: \(n) medicines."
    case .medicationImportRefused(let p):
      let reason: String
      switch p.reason {
      case .unreadable: reason = "the file cannot be read"
      case .notJSON: reason = "the file is not valid JSON"
      case .tooLarge(let bytes): reason = "the file is \(bytes / 1_000_000) MB; the limit is 10 MB"
      case .notFHIR: reason = "the file is not a FHIR Bundle, MedicationStatement or MedicationRequest"
      case .noMedications: reason = "the file holds no MedicationStatement or MedicationRequest"
      case .missingATC: reason = "medicationCodeableConcept has no ATC code (http://www.whocc.no/atc)"
      case .malformedATC(let code): reason = "“\(code)” is not a level-5 ATC code"
      case .missingName: reason = "the medicine has no name (display or text)"
      case .missingDose: reason = "dosage has no doseQuantity with a value"
      case .badDose(let dose): reason = "the dose “\(dose)” cannot be read (mg, g, mikrog, ml, IE, tabletter …)"
      case .badRoute(let route): reason = "the route “\(route)” is unknown"
      }
      let place = p.entry.map { "entry \($0)\(p.resourceType.map { " (\($0))" } ?? ""): " } ?? ""
      return "Nothing imported: \(place)\(reason)."
    }
  }

  private static func summary(_ a: Action) -> String {
    switch a {
    case .chartCaveReconcile: return "Reconcile CAVE from other records: you have read them and they hold here (doctors only)"
    case .chartEditName: return "Change the particulars: name, sex and home municipality"
    case .appBreakGlass: return "Break-glass: open the record of a patient without a care relation, giving a reason"
    case .goConflicts: return "Conflicts: what was changed in two places at once and waits for a clinician"
    case .conflictResolve: return "Open where the conflict is resolved: medicines, particulars, case, census or queue"
    case .goDecisions: return "Decisions: applications for health and care services, most urgent and oldest first"
    case .decisionNew: return "Register an application (identity number, service, applicant, reason)"
    case .decisionOpen: return "Open the case"
    case .decisionAssess: return "Assess: an IPLOS score for each function variable, one key per score"
    case .decisionGrant: return "Grant: scope, period, evaluation, fee, legal basis and justification"
    case .decisionRefuse: return "Refuse, with a justification"
    case .decisionLetter: return "Write and send the decision letter with the appeal deadline, or show the one sent"
    case .decisionAppeal: return "Register an appeal against the decision"
    case .decisionReconsider: return "The municipality's reconsideration: upheld (forwarded to Statsforvalteren) or changed"
    case .decisionAppealOutcome: return "Statsforvalteren's outcome: upheld, changed or quashed"
    case .decisionStartService: return "The service has started"
    case .decisionEndService: return "End the service, with the reason"
    case .decisionEvaluate: return "The service was evaluated: set the next evaluation"
    case .decisionPreliminaryAnswer: return "A preliminary answer was sent (forvaltningsloven § 11 a)"
    case .decisionImport: return "Import applications from the citizen portal (JSON)"
    case .decisionConflictAccept: return "Accept the conflict: the case stands as the server has it, your step is in the history"
    case .letterPrint: return "Write the letter to a text file"
    case .appQuit: return "Quit and restore the terminal"
    case .appHelp: return "Show or hide help for this view"
    case .appLock: return "Lock the screen: all patient information is hidden until unlocked"
    case .goLookup: return "Patient lookup, from anywhere"
    case .goBack: return "Back to the previous view"
    case .listNext: return "Next row"
    case .listPrev: return "Previous row"
    case .listPageDown: return "One page down"
    case .listPageUp: return "One page up"
    case .listFirst: return "First row"
    case .listLast: return "Last row"
    case .lookupOpenChart: return "Open the selected patient's chart (logged)"
    case .chartAccessLog: return "The access log: who opened this record"
    case .chartVitals: return "Record vital signs with NEWS2"
    case .chartVitalsHistory: return "All vital signs as a table with NEWS2"
    case .chartCave: return "Register critical information (CAVE), doctors only"
    case .goCensus: return "Census: beds, stays, waiting list"
    case .censusAdmit: return "Admit to the selected free bed (first on the waiting list)"
    case .censusTransfer: return "Move the patient to another bed"
    case .censusDischarge: return "Discharge the patient, and where to"
    case .censusStats: return "Length of stay per quarter against the region"
    case .statsNextMunicipality: return "Next municipality"
    case .statsPreviousMunicipality: return "Previous municipality"
    case .goTriage: return "The legevakt queue: level, waiting time and time left to target"
    case .triageNew: return "Register a new patient with complaint and vital signs"
    case .triageSetLevel: return "Re-triage: change the level (lowering needs a reason)"
    case .triageNextStatus: return "Next status: waiting → with doctor → observation → outcome"
    case .goMedrec: return "Medication reconciliation: the sources side by side"
    case .medrecClassify: return "Classify the difference: unintentional, intentional documented, intentional undocumented"
    case .medrecContinue: return "Continue the medicine"
    case .medrecChange: return "Change the dose, with a reason"
    case .medrecPause: return "Pause the medicine"
    case .medrecStop: return "Stop, with a reason"
    case .medrecSign: return "Sign the list of medicines in use (when every row is settled)"
    case .medrecImport: return "Import a discharge list from FHIR R4 JSON"
    case .medrecAddLine: return "Add what the patient or a relative says"
    case .chartGiveDose: return "Record a dose given (medicine by 1–3 letters)"
    case .dosePick: return "Pick the highlighted medicine; dose and route are filled in"
    case .chartNewNote: return "Write a new note (the draft is saved as you type)"
    case .chartNotes: return "All notes: filter by type and search the text"
    case .noteSign: return "Sign the note; it cannot be changed afterwards"
    case .noteAddendum: return "Write an addendum to the note (a correction)"
    case .noteEnteredInError: return "Mark the note as entered in error, with a reason"
    case .noteType: return "Change the note type"
    case .noteDiscard: return "Discard the draft (asks first)"
    case .codeSearch: return "Search and pick a code: ICPC-2, then ICD-10"
    case .codePick: return "Add or remove the selected code"
    case .notesOpen: return "Read the selected note with its addenda"
    case .notesFilterType: return "Show one note type, or all"
    case .editorNewline: return "New line"
    case .editorLineUp: return "Cursor one line up"
    case .editorLineDown: return "Cursor one line down"
    case .editorWordLeft: return "Cursor one word left"
    case .editorWordRight: return "Cursor one word right"
    case .editorUndo: return "Undo"
    case .editorRedo: return "Redo"
    case .formNextField: return "Next field of the form"
    case .formPrevField: return "Previous field of the form"
    case .formSubmit: return "Save the form"
    case .formCancel: return "Cancel the form without saving"
    case .fieldDeleteBackward: return "Delete the character before the cursor"
    case .fieldDeleteForward: return "Delete the character under the cursor"
    case .fieldDeleteWord: return "Delete the word before the cursor"
    case .fieldClear: return "Clear the field"
    case .fieldLeft: return "Cursor one character left"
    case .fieldRight: return "Cursor one character right"
    case .fieldHome: return "Cursor to the start"
    case .fieldEnd: return "Cursor to the end"
    case .confirmYes: return "Yes, do it"
    case .confirmNo: return "No, cancel"
    case .trainerReset: return "Reset the demo store (trainer)"
    case .trainerScenarios: return "Choose a task to practise (trainer)"
    case .trainerRecord: return "Start or stop recording keys (trainer)"
    }
  }

  private static func short(_ a: Action) -> String {
    switch a {
    case .chartCaveReconcile: return "Reconcile CAVE"
    case .chartEditName: return "Particulars"
    case .appBreakGlass: return "Break glass"
    case .goConflicts: return "Conflicts"
    case .conflictResolve: return "Resolve"
    case .goDecisions: return "Decisions"
    case .decisionNew: return "New"
    case .decisionOpen: return "Open"
    case .decisionAssess: return "Assess"
    case .decisionGrant: return "Grant"
    case .decisionRefuse: return "Refuse"
    case .decisionLetter: return "Letter"
    case .decisionAppeal: return "Appeal"
    case .decisionReconsider: return "Reconsider"
    case .decisionAppealOutcome: return "Outcome"
    case .decisionStartService: return "Started"
    case .decisionEndService: return "End"
    case .decisionEvaluate: return "Evaluated"
    case .decisionPreliminaryAnswer: return "Prelim. answer"
    case .decisionImport: return "Import"
    case .decisionConflictAccept: return "Accept"
    case .letterPrint: return "Print"
    case .appQuit: return "Quit"
    case .appHelp: return "Help"
    case .appLock: return "Lock"
    case .goLookup: return "Patient"
    case .goBack: return "Back"
    case .listNext: return "Next"
    case .listPrev: return "Previous"
    case .listPageDown: return "Page down"
    case .listPageUp: return "Page up"
    case .listFirst: return "First"
    case .listLast: return "Last"
    case .lookupOpenChart: return "Open"
    case .chartAccessLog: return "Log"
    case .chartVitals: return "Vitals"
    case .chartVitalsHistory: return "History"
    case .chartCave: return "CAVE"
    case .goCensus: return "Census"
    case .censusAdmit: return "Admit"
    case .censusTransfer: return "Move"
    case .censusDischarge: return "Discharge"
    case .censusStats: return "Stays"
    case .statsNextMunicipality: return "Municipality"
    case .statsPreviousMunicipality: return "Municipality"
    case .goTriage: return "Legevakt"
    case .triageNew: return "New"
    case .triageSetLevel: return "Triage"
    case .triageNextStatus: return "Status"
    case .goMedrec: return "Reconcile"
    case .medrecClassify: return "Classify"
    case .medrecContinue: return "Continue"
    case .medrecChange: return "Change"
    case .medrecPause: return "Pause"
    case .medrecStop: return "Stop"
    case .medrecSign: return "Sign"
    case .medrecImport: return "Import"
    case .medrecAddLine: return "Account"
    case .chartGiveDose: return "Dose"
    case .dosePick: return "Pick"
    case .chartNewNote: return "Note"
    case .chartNotes: return "Notes"
    case .noteSign: return "Sign"
    case .noteAddendum: return "Addendum"
    case .noteEnteredInError: return "In error"
    case .noteType: return "Type"
    case .noteDiscard: return "Discard"
    case .codeSearch: return "Code"
    case .codePick: return "Pick"
    case .notesOpen: return "Read"
    case .notesFilterType: return "Type"
    case .editorNewline: return "Line"
    case .editorLineUp: return "Up"
    case .editorLineDown: return "Down"
    case .editorWordLeft: return "Word ←"
    case .editorWordRight: return "Word →"
    case .editorUndo: return "Undo"
    case .editorRedo: return "Redo"
    case .formNextField: return "Next field"
    case .formPrevField: return "Prev field"
    case .formSubmit: return "Save"
    case .formCancel: return "Cancel"
    case .fieldDeleteBackward: return "Delete"
    case .fieldDeleteForward: return "Delete fwd"
    case .fieldDeleteWord: return "Delete word"
    case .fieldClear: return "Clear"
    case .fieldLeft: return "Left"
    case .fieldRight: return "Right"
    case .fieldHome: return "Start"
    case .fieldEnd: return "End"
    case .confirmYes: return "Yes"
    case .confirmNo: return "No"
    case .trainerReset: return "Reset"
    case .trainerScenarios: return "Tasks"
    case .trainerRecord: return "Record"
    }
  }

  private static func refusal(_ r: CaseLifecycle.Refusal) -> String {
    switch r {
    case .assessFirst: return "assess the applicant before deciding."
    case .alreadyDecided: return "the case already has a decision; an appeal or a new application changes it."
    case .noDecision: return "no decision has been made yet."
    case .letterAlreadySent: return "the letter has already been sent."
    case .letterNotSent: return "the decision letter has not been sent yet."
    case .refusedHasNoService: return "the application was refused; there is no service to start."
    case .serviceNotStarted: return "the service has not started."
    case .serviceAlreadyStarted: return "the service has already started."
    case .ended: return "the case is closed."
    case .appealOpen: return "an appeal is being handled."
    case .noAppeal: return "there is no appeal in the case."
    case .notForwarded: return "the appeal has not gone to Statsforvalteren; the municipality reconsiders it first."
    case .alreadyForwarded: return "the appeal has already gone to Statsforvalteren."
    case .finalAfterAppeal: return "Statsforvalteren's decision is final and cannot be appealed (forvaltningsloven § 28)."
    }
  }

  private static func decisionProblem(_ p: ServiceDecision.Problem) -> String {
    switch p {
    case .hours(let h): return hoursProblem(h)
    case .hoursNeeded: return "give the scope in hours per week."
    case .startNeeded: return "give the date the service starts."
    case .endBeforeStart: return "the end date is before the start date."
    case .evaluationBeforeStart: return "the evaluation is before the start date."
    case .justificationNeeded: return "a decision needs a justification (forvaltningsloven § 24)."
    }
  }

  private static func hoursProblem(_ p: WeeklyHours.Problem) -> String {
    switch p {
    case .notANumber: return "hours are a number, such as 7, 7.5 or 30/month."
    case .negative: return "hours cannot be negative."
    case .aboveWeek: return "more than 168 hours a week is impossible on one service."
    }
  }

  private static func stage(_ s: CaseLifecycle.Stage) -> String {
    switch s {
    case .received: return "Received"
    case .assessed: return "Assessed"
    case .decided: return "Decided"
    case .letterSent: return "Letter sent"
    case .serviceStarted: return "In service"
    case .ended: return "Ended"
    }
  }

  private static func appeal(_ a: CaseLifecycle.Appeal) -> String {
    switch a {
    case .lodged: return "Appealed"
    case .forwarded: return "Statsforv."
    case .upheld: return "Appeal upheld"
    case .changed: return "Appeal: changed"
    case .quashed: return "Appeal: quashed"
    case .changedByMunicipality: return "Appeal: revised"
    }
  }

  private static func decision(_ d: DecisionText) -> String {
    switch d {
    case .inboxTitle: return "Decisions · applications for health and care services"
    case .inboxSummary(let total): return "\(total) open \(total == 1 ? "case" : "cases") · ! urgent · §11a: over a month without a preliminary answer"
    case .inboxColumns: return "       Received Days Patient              Service         Status       Officer"
    case .inboxEmpty: return "No open cases. n registers an application, i imports from the citizen portal."
    case .urgentMarker: return "!"
    case .overdueMarker: return "§11a"
    case .serviceShort(let s):
      switch s {
      case .practicalHelp: return "Practical help"
      case .practicalHelpTraining: return "Practical train."
      case .userControlledAssistance: return "BPA"
      case .dayActivity: return "Day activity"
      case .mealsOnWheels: return "Meals on wheels"
      case .safetyAlarm: return "Safety alarm"
      case .respiteOutside: return "Respite"
      case .respiteInInstitution: return "Respite inst."
      case .careAllowance: return "Care allowance"
      case .homeHealthCare: return "Home nursing"
      case .dayStay: return "Day stay"
      case .shortTermAssessment: return "Short assessment"
      case .shortTermRehabilitation: return "Short rehab"
      case .shortTermOther: return "Short other"
      case .longTermStay: return "Long-term place"
      case .nightStay: return "Night stay"
      }
    case .serviceListTitle: return "Services by IPLOS number:"
    case .serviceName(let s):
      let name: String
      switch s {
      case .practicalHelp: name = "Practical help with daily tasks"
      case .practicalHelpTraining: name = "Practical help – training"
      case .userControlledAssistance: name = "User-controlled personal assistance (BPA)"
      case .dayActivity: name = "Day activity"
      case .mealsOnWheels: name = "Meals on wheels"
      case .safetyAlarm: name = "Safety alarm"
      case .respiteOutside: name = "Respite outside an institution"
      case .respiteInInstitution: name = "Respite in an institution"
      case .careAllowance: name = "Care allowance"
      case .homeHealthCare: name = "Home health care"
      case .dayStay: name = "Day stay in an institution"
      case .shortTermAssessment: name = "Short-term stay – assessment/treatment"
      case .shortTermRehabilitation: name = "Short-term stay – rehabilitation"
      case .shortTermOther: name = "Short-term stay – other"
      case .longTermStay: name = "Long-term stay in an institution"
      case .nightStay: name = "Night stay in an institution"
      }
      return "\(name) (\(s.code))"
    case .status(let l, let evaluationDue):
      if let a = l.appeal, a.isOpen { return appeal(a) }
      return evaluationDue ? "Evaluation" : stage(l.stage)
    case .promptTitle(let k):
      return k == .register ? "New application (received today)" : "Import applications from the citizen portal: JSON file"
    case .promptLabel(let k, let n):
      if k == .importFile { return "File" }
      return ["Identity number", "Service (no.)", "Applicant", "Reason", "Urgent (y/n)"][min(n, 4)]
    case .promptProblem(let p):
      switch p {
      case .identifier: return "Give a valid birth number, D-number or H-number (11 digits)."
      case .service: return "The service is its IPLOS number: 1, 2, 3, 4, 5, 6, 7, 8, 11, 15, 17, 18, 19, 20, 21 or 22."
      case .applicant: return "Say who applies (the patient, a relative or a helper)."
      case .reason: return "Say what the application is for."
      }
    case .caseTitle(let number): return "Case \(number)"
    case .application(let received, let days, let applicant, let urgent):
      return "received \(received) (\(days) d) from \(applicant)" + (urgent ? " · URGENT" : "")
    case .statusLine(let l, let officer, let overdue):
      var text = "Status: \(stage(l.stage))"
      if let a = l.appeal { text += " · \(appeal(a))" }
      text += " · case officer \(officer ?? "not assigned")"
      if overdue { text += " · §11a: send a preliminary answer (f)" }
      return text
    case .assessmentHeading: return "Assessment (IPLOS)"
    case .assessmentSummary(let need, let scored, let own):
      let n = need.map { "\($0 / 10).\($0 % 10)" } ?? "–"
      return (own ? "Assessed in this case" : "Previous assessment (starting point)") + ": mean need \(n), \(scored) of 17 variables"
    case .notAssessed: return "Not assessed. a assesses."
    case .variable(let v):
      switch v {
      case .socialParticipation: return "Social participation"
      case .dailyDecisions: return "Decisions in daily life"
      case .ownHealth: return "Looking after own health"
      case .communication: return "Communication"
      case .shopping: return "Getting goods and services"
      case .housework: return "Housework"
      case .cooking: return "Cooking"
      case .eating: return "Eating"
      case .personalHygiene: return "Personal hygiene"
      case .dressing: return "Dressing"
      case .toilet: return "Toilet"
      case .movingIndoors: return "Moving indoors"
      case .movingOutdoors: return "Moving outdoors"
      case .memory: return "Memory"
      case .behaviour: return "Managing behaviour"
      case .vision: return "Vision"
      case .hearing: return "Hearing"
      }
    case .variableShort(let v):
      switch v {
      case .socialParticipation: return "Soc"
      case .dailyDecisions: return "Dec"
      case .ownHealth: return "Hlt"
      case .communication: return "Com"
      case .shopping: return "Shp"
      case .housework: return "Hse"
      case .cooking: return "Cook"
      case .eating: return "Eat"
      case .personalHygiene: return "Hyg"
      case .dressing: return "Drs"
      case .toilet: return "Toi"
      case .movingIndoors: return "In"
      case .movingOutdoors: return "Out"
      case .memory: return "Mem"
      case .behaviour: return "Beh"
      case .vision: return "Vis"
      case .hearing: return "Hear"
      }
    case .score(let s):
      switch s {
      case .noProblems: return "no problems"
      case .withDifficulty: return "with difficulty"
      case .mediumNeed: return "medium need"
      case .largeNeed: return "large need"
      case .fullNeed: return "full need"
      case .notRelevant: return "not relevant"
      }
    case .decisionHeading: return "Decision"
    case .notDecided: return "Not made. g grants, r refuses."
    case .outcome(let o):
      switch o {
      case .granted: return "Granted"
      case .partlyGranted: return "Partly granted"
      case .refused: return "Refused"
      }
    case .hoursPerWeek(let h): return "\(h) h/week"
    case .period(let from, let to):
      return "from \(from.map { $0.description } ?? "–")" + (to.map { " to \($0)" } ?? " until further notice")
    case .evaluation(let e): return "evaluation \(e)"
    case .historyDetail(let d):
      switch d {
      case .need(let n): return "need \(n)"
      case .decided(let o, let h): return decision(.outcome(o)).lowercased() + (h.map { ", " + decision(.hoursPerWeek($0)) } ?? "")
      case .deadline(let date): return "appeal deadline \(date)"
      case .citizenPortal: return "from the citizen portal"
      case .evaluated(let note, let next):
        return [note, next.map { "next evaluation \($0)" }].compactMap { $0 }.joined(separator: " · ")
      case .written(let text): return text
      }
    case .letterHeading: return "Decision letter"
    case .noLetter: return "Decision letter: not sent."
    case .letterSent(let dated, let deadline): return "Decision letter sent \(dated) · appeal deadline \(deadline)"
    case .diagnoses: return "Diagnoses"
    case .contacts: return "Next of kin"
    case .currentServices: return "Services now"
    case .noneRecorded: return "none recorded"
    case .historyHeading: return "History"
    case .conflictBanner(let origin):
      return "! Changed in two places: \(origin) reached the server first. The case stands so; your step was not taken in (see the history). t accepts, or take a new step."
    case .notTakenIn: return "not taken in"
    case .step(let step):
      switch step {
      case "received": return "application received"
      case "assess": return "assessed"
      case "decide": return "decision made"
      case "send-letter": return "letter sent"
      case "start-service": return "service started"
      case "end-service": return "service ended"
      case "evaluate": return "service evaluated"
      case "appeal": return "appeal received"
      case "reconsider-upheld": return "appeal upheld, forwarded to Statsforvalteren"
      case "reconsider-changed": return "decision revised after appeal"
      case "appeal-upheld": return "Statsforvalteren upheld"
      case "appeal-changed": return "Statsforvalteren changed"
      case "appeal-quashed": return "Statsforvalteren quashed"
      case "preliminary-answer": return "preliminary answer sent"
      default: return step
      }
    case .casePromptTitle(let k):
      switch k {
      case .appeal: return "Appeal received today: from whom and what it is about"
      case .reconsider: return "Municipality's reconsideration: 1 upheld (forwarded to Statsforvalteren), 2 changed"
      case .appealOutcome: return "Statsforvalteren: 1 upheld, 2 changed, 3 quashed"
      case .endService: return "End the service: reason"
      case .evaluate: return "The service was evaluated. Next evaluation (empty = none):"
      }
    case .needsText: return "Write a few words first."
    case .chooseNumber(let n): return "Choose with a number from 1 to \(n)."
    case .assessmentTitle(let patient): return "Assessment (IPLOS) · \(patient)"
    case .scoreKeys: return "Score with 1–5, or 9 for not relevant."
    case .unscored: return "All 17 variables need a score (9 = not relevant)."
    case .formTitle(let grants, let service):
      return (grants ? "Grant " : "Refuse ") + decision(.serviceName(service))
    case .fieldLabel(let f):
      switch f {
      case .hours: return "Hours per week"
      case .from: return "From"
      case .evaluation: return "Evaluation"
      case .to: return "To"
      case .justification: return "Justification"
      case .fee: return "Fee"
      case .legalBasis: return "Legal basis"
      case .service: return "Service (no.)"
      case .partly: return "Partly granted (y/n)"
      }
    case .fieldHint(let f):
      switch f {
      case .hours: return "7 · 7.5 · 30/month (divided by 4)"
      case .from: return "monday · 1.12 · 01.12.2026"
      case .evaluation: return "+3m = 3 months after the start"
      case .to: return "empty = until further notice"
      case .justification: return "why, with facts and judgement"
      case .fee: return "empty = no fee"
      case .legalBasis: return "helse- og omsorgstjenesteloven"
      case .service: return "IPLOS number"
      case .partly: return "n = granted as applied for"
      }
    case .fieldProblem(let p):
      switch p {
      case .unknownService: return "Unknown service: use its IPLOS number (1–8, 11, 15, 17–22)."
      case .badDate: return "The date cannot be read: write 01.12.2026, 1.12, monday or +3m."
      case .hours(let h): return "Hours per week: " + hoursProblem(h)
      case .decision(let d): return decisionProblem(d).prefix(1).uppercased() + decisionProblem(d).dropFirst()
      }
    case .appealRule(let basis):
      return basis == .patientRightsAct
        ? "Appeal: pbrl. § 7-5, 4 weeks – a letter sent today: deadline"
        : "Appeal: fvl. § 29, 3 weeks – a letter sent today: deadline"
    case .letterTitle: return "Decision letter (written in Norwegian bokmål)"
    case .printLabel: return "Write to file"
    case .registered(let n): return n == 1 ? "The application is registered." : "\(n) applications are registered."
    case .importRefused(let p):
      let reason: String
      switch p.reason {
      case .unreadable: reason = "the file cannot be read"
      case .tooLarge(let bytes): reason = "the file is \(bytes / 1_048_576) MB; the limit is 10 MB"
      case .notJSON: reason = "the file is not valid JSON"
      case .noApplications: reason = "the file has no applications (\"applications\")"
      case .missing(let field): reason = "the field “\(field)” is missing"
      case .invalid(let field): reason = "the field “\(field)” is not valid"
      case .unknownPatient: reason = "the person is not in the store"
      }
      return "Nothing imported: " + (p.entry.map { "application \($0): " } ?? "") + reason + "."
    case .changed(let c):
      switch c {
      case .assessed: return "The assessment is saved."
      case .decided: return "The decision is saved. b writes the letter."
      case .letterSent: return "The decision letter is saved with the case. p writes it to a file."
      case .preliminaryAnswer: return "The preliminary answer is recorded."
      case .conflictAccepted: return "The conflict is closed. The case stands as the server has it."
      case .step(let s):
        switch s {
        case .startService: return "The service is recorded as started."
        case .endService: return "The service has ended."
        case .evaluate: return "The evaluation is recorded."
        case .appeal: return "The appeal is registered. o: the municipality's reconsideration."
        case .reconsider(let upheld): return upheld ? "The appeal went to Statsforvalteren." : "The decision is revised: make a new one."
        case .appealOutcome: return "Statsforvalteren's outcome is recorded."
        default: return "Saved."
        }
      }
    case .printed(let path): return "The letter was written to \(path)."
    case .reportFailure(let caseID, let failures):
      let reasons = failures.map { f -> String in
        switch f {
        case .noStartDate: return "no from date"
        case .endBeforeStart: return "the to date is before the from date"
        case .startBeforeBirth: return "the from date is before birth"
        case .unknownServiceCode(let code): return "service code \(code) does not exist"
        case .hoursAboveWeek: return "more than 168 hours a week"
        case .negativeHours: return "negative hours"
        }
      }
      return "Case \(caseID): " + reasons.joined(separator: "; ")
    case .reportDone(let rows, let failed, let year):
      return "IPLOS \(year): \(rows) rows written" + (failed == 0 ? "; all passed the checks." : "; \(failed) refused (above).")
    case .chartServices: return "Services (decisions)"
    case .chartServicesNone: return "No municipal services by decision."
    case .chartService(let s, let today):
      var text = decision(.serviceName(s.service))
      if let h = s.hours { text += ", \(h) h/week" }
      if let from = s.from, from > today { text += " from \(from)" }
      if let e = s.evaluation { text += ", evaluation \(e)" }
      return text
    }
  }

  private static func fhirReport(_ file: String, _ report: FHIRImportReport) -> String {
    func list(_ counts: [String: Int]) -> String {
      counts.isEmpty ? "none" : counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
    guard let p = report.rejected else {
      return "\(file): created \(list(report.created)); updated \(list(report.updated)); skipped \(list(report.skipped))."
    }
    let reason: String
    switch p.reason {
    case .unreadable: reason = "the file cannot be read"
    case .tooLarge(let bytes): reason = "the file is \(bytes / 1_048_576) MB; the limit is 64 MB (split the bundle)"
    case .tooDeep: reason = "the JSON nests deeper than 64 levels"
    case .notJSON: reason = "the file is not valid JSON"
    case .notFHIR: reason = "the file is not a FHIR resource (no resourceType)"
    case .unsupportedBundleType(let t): reason = "the bundle type “\(t)” is not supported"
    case .duplicateID: reason = "the same id or fullUrl appears twice"
    case .missing: reason = "is missing"
    case .wrongType: reason = "has the wrong type"
    case .invalidIdentifier: reason = "is not a valid number"
    case .unknownSystem: reason = "has an unknown code or identifier system"
    case .unknownCode: reason = "has an unknown code"
    case .unresolvedReference: reason = "points at a resource that is not there"
    case .nameOrBirthDateMismatch: reason = "name or birth date differ from the patient with this number"
    case .outOfBounds: reason = "has a value outside physiological bounds"
    case .badDate: reason = "has a date that cannot be read"
    case .badDose: reason = "has a dose or route that cannot be read"
    case .refusedByStore(let which):
      reason = which == "real" ? "is a real number, and the demo store holds fictional people only" : "is a synthetic number, which a real store refuses"
    }
    var place = ""
    if let entry = p.entry { place += "entry \(entry)" }
    if let type = p.resourceType { place += (place.isEmpty ? "" : " ") + "(\(type))" }
    if let field = p.field { place += (place.isEmpty ? "" : ", ") + "field “\(field)”" }
    return "\(file): nothing imported – " + (place.isEmpty ? "" : place + " ") + reason + "."
  }

  private static func failure(_ f: Failure) -> String {
    switch f {
    case .storeLocked: return "Another program is using the store. Try again in a moment."
    case .storeReadOnly:
      return "The store is read-only. Charts cannot open when the opening cannot be logged."
    case .diskFull:
      return "The disk is full. Nothing new was saved and nothing saved is lost. Free some space."
    case .storeCorrupt(let path): return "The store file is damaged or not a store: \(path)"
    case .cannotOpen(let path): return "Cannot open or create the store: \(path)"
    case .unsafeSettings(let s): return "The store cannot be used safely (\(s) could not be set)."
    case .newerSchema: return "The store was made by a newer version of Workstation. Upgrade."
    case .wrongStoreKind(let demoExpected):
      return demoExpected
        ? "The file is a real store, not a demo store. Demo never uses real patients."
        : "The file is a demo store of fictional patients. Start with --demo to use it."
    case .syntheticNumberInProductionStore:
      return "Synthetic test numbers (Tenor, SyntPop) cannot be stored in a real store."
    case .realNumberInDemoStore:
      return "A demo store holds fictional people only: real birth numbers and D-numbers are refused."
    case .patientNotFound: return "The patient is not (or no longer) in the store."
    case .refusedVitals:
      return "The vital signs were not saved: a value is out of bounds, or scale 2 lacks a documented target."
    case .refusedNote:
      return "The note was not signed: it is empty, too long, lacks an ICPC-2 code or has a code that does not exist."
    case .bedOccupied: return "The bed is taken. Choose a free bed, or move the patient first."
    case .alreadyAdmitted: return "The patient already has a bed. Transfer instead."
    case .notAdmitted: return "The stay is not open; the patient is already discharged."
    case .dischargeBeforeAdmission: return "A discharge cannot be dated before the admission."
    case .notAdmittedTwice: return "The patient is not admitted twice. Discharge instead."
    case .refusedTriage: return "The change was not saved: lowering the level needs a reason."
    case .refusedMedication: return "The medication list was not saved: a line lacks a valid ATC code, or the list is empty."
    case .refusedDose: return "The dose was not saved: the amount must be above zero and the time cannot be in the future."
    case .noteNotFound: return "The note does not exist, or is already marked as entered in error."
    case .caseNotFound: return "The case is not in the store."
    case .refusedImport: return "The import was refused whole; nothing was stored."
    case .breakGlassExpired: return "The break-glass access has run out. Ctrl+G asks again if the situation demands it."
    case .careRelationEnded: return "The care relation has ended. Ctrl+G asks for break-glass access if needed."
    case .waitingForPlace: return "On the waiting list only: the record comes on admission. Ctrl+G: break-glass."
    case .refusedName: return "Not saved: given and family name are needed, at most 100 characters each."
    case .refusedSex: return "Not saved: sex is F, M, or empty for not known."
    case .refusedMunicipality: return "Not saved: the municipality number is four digits, or empty for not known."
    case .refusedStep(let r): return "Not possible now: " + refusal(r)
    case .refusedDecision(let p): return "The decision was not saved: " + decisionProblem(p)
    case .cannotWrite(let path): return "Cannot write the file \(path). Nothing else was changed."
    case .other(let code, let message): return "Store error (SQLite \(code)): \(message)"
    }
  }
}
