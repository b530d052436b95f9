import Clinical

/// Norsk bokmål: the default language of the workstation.
enum CatalogueNB {
  static func text(_ t: Text) -> String {
    switch t {
    case .decision(let d): return decision(d)
    case .nameNotKnown: return "(navn ukjent)"
    case .loginTitle: return "Logg inn med HPR-nummer og passord"
    case .loginSubmitShort(let unlock): return unlock ? "Lås opp" : "Logg inn"
    case .lockedTitle(let name): return "Låst · \(name)"
    case .resumeHint: return "Trykk Enter for å fortsette."
    case .hprLabel: return "HPR-nummer"
    case .passwordLabel: return "Passord"
    case .loggedIn(let name, let online):
      return online ? "Logget inn som \(name)." : "Logget inn som \(name) uten kontakt med sentralserveren (kontrollert mot lagret passord)."
    case .loginProblem(let p):
      switch p {
      case .wrongPassword: return "Feil HPR-nummer eller passord."
      case .offlineNoCache: return "Sentralserveren svarer ikke, og du har ikke logget inn på denne maskinen før."
      case .badNumber: return "HPR-nummeret er opptil 9 siffer."
      case .server(let message): return "Sentralserveren avviste innloggingen: \(TextSanitiser.clean(message))"
      }
    case .syncPushed(let applied, let duplicate, let rejected):
      return "Sendt til sentralserveren: \(applied) lagret, \(duplicate) allerede lagret, \(rejected.count) avvist"
        + (rejected.isEmpty ? "." : " (" + Set(rejected).sorted().map { TextSanitiser.clean($0) }.joined(separator: "; ") + ").")
    case .syncPurged(let n):
      return "Fjernet fra arbeidsstasjonen: \(n) \(n == 1 ? "journal" : "journaler") der tilgangen er avsluttet (sentralserveren har dem)."
    case .syncPulled(let n): return "Hentet fra sentralserveren: \(n == 1 ? "1 endring" : "\(n) endringer")."
    case .firstSynced(let p, let c):
      return "Første synkronisering: \(p) \(p == 1 ? "pasient" : "pasienter") med behandlingsrelasjon og \(c) \(c == 1 ? "endring" : "endringer") i journalene deres."
    case .demoRefusesCentral: return "Demolageret har bare fiktive pasienter og kobles aldri til en sentralserver. Fjern --central eller --demo."
    case .fhirImported(let file, let report): return fhirReport(file, report)
    case .centralInstalled(let version): return "Sentralskjemaet er installert (versjon \(version))."
    case .centralAdded(let what): return "Lagt til på sentralserveren: \(TextSanitiser.clean(what))."
    case .exportNeedsHPR: return "Eksport med --central logges på sentralserveren: oppgi --hpr NUMMER (passord på standard inn)."
    case .careListUnreadable(let line):
      return "Ingenting lastet: linje \(line) er ikke «fødselsnummer;fornavn;etternavn;ÅÅÅÅ-MM-DD», eventuelt fulgt av «;K eller M;kommunenummer»."
    case .careListLoaded(let listed, let made, let ended):
      let loaded = "Listen er lastet: \(listed) \(listed == 1 ? "pasient" : "pasienter"), \(made) \(made == 1 ? "ny behandlingsrelasjon" : "nye behandlingsrelasjoner")"
      guard ended > 0 else { return loaded + "." }
      return loaded + "; \(ended) som ikke står på listen er avsluttet (tilgang i \(CareRelationEnd.documentationDays) dager til for dokumentasjon)."
    case .careListEmptyWhole: return "Ingenting lastet: listen er tom, og med --whole ville alle behandlingsrelasjonene blitt avsluttet."
    case .wardBedsUnreadable: return "Ingenting satt opp: oppgi sengene som navn på høyst 6 tegn eller som fra–til (101-112), høyst 500."
    case .wardStayTypeUnknown(let type):
      return "Ingenting satt opp: «\(TextSanitiser.clean(type))» er ingen oppholdstype (\(StayType.allCases.map(\.rawValue).joined(separator: ", ")))."
    case .wardBedsRetired(let ward, let retired, let listed):
      return "Avdelingen «\(TextSanitiser.clean(ward))»: \(retired) av \(listed) \(listed == 1 ? "seng" : "senger") er tatt ut av bruk. En pasient som ligger i en av dem, blir liggende til pasienten flyttes eller skrives ut."
    case .wardSetUp(let ward, let added, let listed):
      return "Avdelingen «\(TextSanitiser.clean(ward))» er satt opp: \(added) av \(listed) \(listed == 1 ? "seng" : "senger") var nye. Arbeidsstasjonene henter den ved neste synkronisering."
    case .centralOrganisationLine(let name, let kind, let municipality, let patients):
      // A municipality is named by its number alone: "kommune, kommune 5001" says it twice.
      let place = kind == "municipality" && municipality != nil
        ? "kommune \(municipality ?? "")"
        : [text(.organisationKind(kind)), municipality.map { "kommune \($0)" }].compactMap { $0 }.joined(separator: ", ")
      return "\(TextSanitiser.clean(name)) (\(place)): \(patients == 1 ? "1 pasient" : "\(patients) pasienter") i behandlingsrelasjon"
    case .centralUserLine(let hpr, let name, let role): return "  HPR \(TextSanitiser.clean(hpr))  \(TextSanitiser.clean(name)), \(text(.roleName(role)))"
    case .centralWardLine(let name, let beds, let retired):
      return "  Avdeling «\(TextSanitiser.clean(name))»: \(beds == 1 ? "1 seng" : "\(beds) senger") i bruk"
        + (retired > 0 ? ", \(retired) tatt ut av bruk" : "")
    case .centralNothingSetUp:
      return "Ingen organisasjoner er satt opp ennå. Legg til med workstation central organisation URL --kind TYPE --name NAVN."
    case .organisationKind(let kind):
      switch kind {
      case "legevakt": return "legevakt"
      case "gp-office": return "legekontor"
      case "nursing-home": return "sykehjem"
      case "home-care": return "hjemmetjeneste"
      case "municipality": return "kommune"
      default: return TextSanitiser.clean(kind)
      }
    case .passwordPrompt: return "Passord: "
    case .breakGlassNone: return "Ingen nødtilganger venter på gjennomgang."
    case .auditChain(let checked, let broken):
      if let broken { return "REVISJONSLOGGEN ER BRUTT ved hendelse \(broken): en rad er fjernet eller endret. Meld det som et avvik." }
      return "Revisjonsloggen på sentralserveren er hel: \(checked) hendelser kontrollert."
    case .breakGlassEntry(let at, let user, let hpr, let patient, let reason): return "\(at)  \(user) (HPR \(hpr)) → \(patient): \(reason)"
    case .centralFailed(let connection, let message):
      return (connection ? "Får ikke kontakt med sentralserveren: " : "Sentralserveren avviste forespørselen: ")
        + TextSanitiser.clean(message).trimmingCharacters(in: .whitespaces)
    case .demoBanner: return "DEMO — fiktive pasienter"
    case .localOnly: return "Kun lokalt"
    case .syncState(let s):
      let link = switch s.link {
      case .offline: "Frakoblet"
      case .refused: "Serverfeil, meld fra"
      case .syncing: "Synkroniserer"
      case .inSync: "Synkronisert"
      }
      return link + (s.pending > 0 ? " · \(s.pending) venter" : "")
        + (s.conflicts > 0 ? " · \(s.conflicts) \(s.conflicts == 1 ? "konflikt" : "konflikter")" : "")
        + (s.rejected > 0 ? " · \(s.rejected) avvist" : "")
    case .userLine(let name, let role, let organisation): return "\(name) (\(text(.roleName(role)))) · \(organisation)"
    case .roleName(let role):
      switch role {
      case "doctor", "lege": return "lege"
      case "nurse", "sykepleier": return "sykepleier"
      case "case-officer", "saksbehandler": return "saksbehandler"
      case "trainer", "instruktør": return "instruktør"
      case "administrator": return "administrator"
      case "user", "bruker": return "bruker"
      default: return role
      }
    case .tooSmall(let w, let h):
      return "Terminalen er \(w)×\(h). Gjør vinduet minst 80×24 for å fortsette."

    case .lookupTitle: return "Pasientoppslag"
    case .promptLabel: return "Pasient: "
    case .promptHelp:
      return "Fødselsnr., fødselsdato (DDMMÅÅ), navn i valgfri rekkefølge, eller N23460"
    case .recentHeading: return "Sist åpnet av deg"
    case .recentWithNews(let n): return "● nytt fra andre: \(n) \(n == 1 ? "journal" : "journaler") · så sist åpnet av deg"
    case .noRecent: return "Du har ikke åpnet noen journal ennå. Skriv navn eller nummer."
    case .emptyStore: return "Lageret er tomt: ingen pasienter ennå."
    case .emptyStoreHowTo:
      return "Prøv med fiktive pasienter: workstation --demo. Se README.md for å komme i gang."
    case .noMatches(let q): return "Ingen treff på «\(q)»."
    case .emptyWorkstation:
      return "Ingen pasienter her ennå: de kommer med behandlingsrelasjonene (besøk, innleggelse, vedtak om tjenester, fastlegens liste)."
    case .notHeldBreakGlass: return "Ikke på denne arbeidsstasjonen. Ctrl+G ber om nødtilgang, om situasjonen krever det."
    case .moreMatches(let n): return "Over \(n) treff – skriv mer for å snevre inn"
    case .matchCount(let n): return n == 1 ? "1 treff" : "\(n) treff"
    case .column(let c):
      switch c {
      case .name: return "Navn"
      case .born: return "Født"
      case .age: return "Alder"
      case .sex: return "Kj"
      case .identifier: return "Nummer"
      case .kind: return "Type"
      case .municipality: return "Kommune"
      case .gp: return "Fastlege"
      }
    case .sexLabel(let s):
      switch s {
      case .female: return "K"
      case .male: return "M"
      case .unknown: return "?"
      }
    case .age(let years): return "\(years) år"
    case .kindName(let k):
      switch k {
      case .birthNumber: return "fødselsnummer"
      case .dNumber: return "D-nummer"
      case .hNumber: return "H-nummer"
      case .fhNumber: return "FH-nummer"
      case .tenorBirthNumber: return "syntetisk fødselsnummer (Tenor)"
      case .tenorDNumber: return "syntetisk D-nummer (Tenor)"
      case .syntPopNumber: return "syntetisk nummer (FHI SyntPop)"
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
      return born.map { "Gyldig \(kindName), født \($0)" } ?? "Gyldig \(kindName)"
    case .identifierInvalid(let kind, let problems):
      let what = kind.map { text(.kindName($0)) } ?? "nummer"
      return "Ugyldig \(what): " + problems.map { text(.identifierProblem($0)) }.joined(separator: "; ")
    case .identifierProblem(let p):
      switch p {
      case .wrongLength(let n): return "har \(n) siffer, et fødselsnummer har 11"
      case .notDigits: return "inneholder annet enn siffer"
      case .wrongCheckDigit(let position): return "feil kontrollsiffer (siffer \(position))"
      case .checkDigitImpossible: return "kontrollsifferet blir 10, slike numre deles aldri ut"
      case .impossibleDate: return "datoen finnes ikke"
      case .futureDate: return "fødselsdatoen er fram i tid"
      case .unknownCentury: return "individnummeret passer ikke til årstallet (ukjent århundre)"
      }
    case .partialNumber(let digits):
      return "\(digits) av 11 siffer: nummer som begynner slik"
    case .birthDateQuery(let dates, let words):
      let when = dates.map(\.description).joined(separator: " eller ")
      return "Født \(when)" + (words.isEmpty ? "" : ", navn: " + words.joined(separator: " "))
    case .initialAndDigits(let initial, let digits):
      return "Etternavn på \(initial.uppercased()), personnummer som begynner med \(digits)"
    case .nameQuery(let words): return "Navn med ord som begynner med: " + words.joined(separator: ", ")

    case .caveMarker: return "!CAVE"
    case .caveNone: return "CAVE: ingen kritisk informasjon registrert"
    case .caveCategory(let c):
      switch c {
      case .drugReaction: return "Legemiddelreaksjon"
      case .otherAllergy: return "Annen allergi"
      case .criticalCondition: return "Kritisk tilstand"
      case .implant: return "Implantat"
      case .treatment: return "Behandling"
      case .other: return "Annet"
      }
    case .caveSeverity(let s):
      switch s {
      case .lifeThreatening: return "livstruende"
      case .severe: return "alvorlig"
      case .moderate: return "moderat"
      case .mild: return "lett"
      }
    case .caveCertainty(let c):
      switch c {
      case .confirmed: return "bekreftet"
      case .probable: return "sannsynlig"
      case .suspected: return "mistenkt"
      }
    case .caveRegistered(let on, let by): return "reg. \(on) av \(by)"
    case .identityLine(let born, let age, let sex, let municipality):
      let sexText: String
      switch sex {
      case .female: sexText = "kvinne"
      case .male: sexText = "mann"
      case .unknown: sexText = "kjønn ukjent"
      }
      return "Født \(born) (\(age) år), \(sexText)" + (municipality.map { ", \($0) kommune" } ?? "")
    case .gpHeading: return "Fastlege"
    case .gpNone: return "Ingen fastlege registrert"
    case .gpOfficeLine(let office): return "På listen til en fastlege ved \(office)"
    case .gpLine(let name, let office, let hpr): return "\(name), \(office) (HPR \(hpr))"
    case .contactsHeading: return "Pårørende og kontakter"
    case .contactsNone: return "Ingen pårørende eller kontakter registrert"
    case .relation(let r):
      switch r {
      case .spouse: return "ektefelle/partner"
      case .child: return "barn"
      case .parent: return "forelder"
      case .sibling: return "søsken"
      case .other: return "annen"
      }
    case .nextOfKin: return "nærmeste pårørende"
    case .accessHeading: return "Tilgangslogg · siste åpninger av journalen"
    case .accessNone: return "Ingen åpninger logget"
    case .accessLogTitle(let name, let identifier): return "Tilgangslogg · \(name) · \(identifier)"
    case .accessColumn(let c):
      switch c {
      case .time: return "Tidspunkt"
      case .user: return "Hvem"
      case .role: return "Rolle"
      case .organisation: return "Virksomhet"
      case .basis: return "Grunnlag"
      }
    case .accessBasis(let b):
      switch b {
      case .directLookup: return "oppslag"
      case .careRelation: return "behandlingsrelasjon"
      case .breakGlass: return "nødtilgang"
      case .export: return "eksport"
      }

    case .helpTitle: return "Hjelp · taster i denne visningen"
    case .helpColumns: return "Tast            Handling"
    case .helpClose: return "Esc eller F1 lukker hjelpen"
    case .actionSummary(let a): return summary(a)
    case .actionShort(let a): return short(a)
    case .caveFormTitle(let name, let identifier): return "Registrer CAVE · \(name) · \(identifier)"
    case .caveLabel(let f):
      switch f {
      case .category: return "Kategori"
      case .atc: return "ATC-kode"
      case .agent: return "Agens / tilstand"
      case .reaction: return "Reaksjon"
      case .severity: return "Alvorlighet"
      case .certainty: return "Sikkerhet"
      }
    case .caveHint(let f):
      switch f {
      case .category: return "1 legemiddel 2 allergi 3 tilstand 4 implantat 5 behandling 6 annet"
      case .atc: return "for legemidler, f.eks. J01CE02"
      case .agent: return "stoff, tilstand eller utstyr"
      case .reaction: return "hva skjedde"
      case .severity: return "1 livstruende 2 alvorlig 3 moderat 4 lett"
      case .certainty: return "1 bekreftet 2 sannsynlig 3 mistenkt"
      }
    case .caveProblem(let p):
      switch p {
      case .chooseCategory: return "skriv 1–6"
      case .chooseSeverity: return "skriv 1–4"
      case .chooseCertainty: return "skriv 1–3"
      case .atcRequired: return "legemiddelreaksjon krever ATC-kode"
      case .atcMalformed: return "ikke en ATC-kode (A, A01, A01B, A01BC eller A01BC01)"
      case .required: return "må fylles ut"
      }
    case .caveSaved: return "CAVE er registrert."
    case .doctorsOnly: return "Bare leger kan registrere CAVE."
    case .vitalsTitle(let name, let identifier): return "Vitale målinger · \(name) · \(identifier)"
    case .vitalsHistoryTitle(let name, let identifier): return "Målehistorikk · \(name) · \(identifier)"
    case .vitalsLabel(let f):
      switch f {
      case .respirationRate: return "Respirasjonsfrekvens"
      case .oxygenSaturation: return "SpO₂"
      case .scale: return "SpO₂-skala (1 eller 2)"
      case .airOrOxygen: return "Luft eller oksygen (L/O)"
      case .systolicPressure: return "Systolisk blodtrykk"
      case .pulse: return "Puls"
      case .consciousness: return "Bevissthet (A/C/V/P/U)"
      case .temperature: return "Temperatur"
      }
    case .vitalsUnit(let f):
      switch f {
      case .respirationRate: return "/min (1–80)"
      case .oxygenSaturation: return "% (50–100)"
      case .scale: return "2 bare ved dokumentert CO₂-mål"
      case .airOrOxygen: return "L = luft, O = oksygen"
      case .systolicPressure: return "mmHg (40–300)"
      case .pulse: return "/min (20–250)"
      case .consciousness: return "A våken, C ny forvirring, V, P, U"
      case .temperature: return "°C (25,0–45,0)"
      }
    case .vitalsProblem(let p):
      switch p {
      case .notANumber: return "ikke et tall"
      case .outOfRange(let r): return "utenfor mulige verdier \(r.lowerBound)–\(r.upperBound)"
      case .temperatureOutOfRange: return "utenfor mulige verdier 25,0–45,0 °C"
      case .scale2NeedsTarget: return "skala 2 krever dokumentert hyperkapnisk mål"
      case .chooseAirOrOxygen: return "skriv L (luft) eller O (oksygen)"
      case .chooseConsciousness: return "skriv A, C, V, P eller U"
      case .chooseScale: return "skriv 1 eller 2"
      case .nothingRecorded: return "Ingen verdier er fylt inn."
      }
    case .vitalsSaved: return "Målingene er lagret."
    case .news2Points(let n): return n == 1 ? "1 poeng" : "\(n) poeng"
    case .news2Total(let total, let response):
      let band: String
      switch response {
      case .low: band = "lav"
      case .medium: band = "middels"
      case .high: band = "høy"
      }
      return "NEWS2 \(total) · \(band) risiko"
    case .news2Advice(let response):
      switch response {
      case .low: return "Fortsett vanlig observasjon."
      case .medium: return "Haster: lege skal vurdere pasienten innen 1 time."
      case .high: return "Akutt: tilkall lege/akutteam for straks vurdering."
      }
    case .news2Incomplete(let missing): return "NEWS2 krever alle sju parametere: \(missing) mangler."
    case .vitalsHeading: return "Vitale målinger og NEWS2"
    case .vitalsNone: return "Ingen målinger registrert"
    case .vitalsLatest(let at, let by): return "Siste: \(at), \(by)"
    case .news2Short(let total, let response):
      guard let total, let response else { return "NEWS2 ufullstendig" }
      switch response {
      case .low: return "NEWS2 \(total) (lav)"
      case .medium: return "NEWS2 \(total) (middels)"
      case .high: return "NEWS2 \(total) (HØY)"
      }
    case .trendLabel(let p):
      switch p {
      case .respirationRate: return "RF"
      case .oxygenSaturation: return "SpO₂"
      case .airOrOxygen: return "O₂"
      case .systolicPressure: return "BT sys"
      case .pulse: return "Puls"
      case .consciousness: return "ACVPU"
      case .temperature: return "Temp"
      }
    case .scenarioCounter(let keys, let budget, let seconds):
      return "Oppgave \(keys)/\(budget) taster · \(Clock.minutes(seconds))"
    case .scenarioBrief(let title, let story, let hint, let budget):
      return "\(title). \(story) Tips: \(hint) Budsjett: \(budget) taster. Demolageret tilbakestilles først."
    case .scenarioResult(let title, let keys, let budget, let seconds, let keyboard, let mouse):
      let verdict = keys <= budget ? "innenfor budsjettet" : "over budsjettet"
      return "Mål nådd: \(title). \(keys) taster (budsjett \(budget), \(verdict)) på \(Clock.minutes(seconds)). "
        + "KLM-anslag: \(Clock.decimal(keyboard, separator: ",")) s med tastatur, \(Clock.decimal(mouse, separator: ",")) s med mus."
    case .pickerTitle: return "Velg en oppgave"
    case .noScenarios: return "Ingen oppgaver funnet i Scenarios/."
    case .recordingOn: return "Opptak pågår: tastene lagres til du trykker opptakstasten igjen."
    case .recordingSaved(let path): return "Opptaket er lagret: \(path)"
    case .scenarioProblem(let p):
      switch p {
      case .missingField(let f): return "mangler feltet «\(f)»"
      case .unknownField(let f): return "ukjent felt «\(f)»"
      case .unknownGoal(let g): return "ukjent mål «\(g)»"
      case .badNumber(let n): return "«\(n)» er ikke et tall"
      case .unknownKey(let k): return "ukjent tast «\(k)»"
      case .unreadable: return "filen kan ikke leses"
      }
    case .scenarioError(let file, let line, let reason): return "\(file):\(line): \(reason)"
    case .scenarioListLine(let id, let title, let budget): return "\(id)  \(title)  (budsjett \(budget) taster)"
    case .replayGoal(let met, let keys, let budget):
      return (met ? "Mål nådd" : "Mål IKKE nådd") + ": \(keys) taster, budsjett \(budget)"
    case .trainerCounter(let keys, let seconds):
      return "\(keys) taster · \(Clock.minutes(seconds))"
    case .confirmReset:
      return "Tilbakestille demolageret? Alt som er gjort siden start blir borte."
    case .confirmKeys(let yes, let no): return "\(yes) = ja    \(no) = nei"
    case .closeKeys(let keys): return "\(keys) lukker"
    case .demoWasReset: return "Demolageret er tilbake i startpunktet."
    case .trainerOnly: return "Bare i instruktørmodus (workstation --demo --trainer)."
    case .noteFromKeymap(let note): return "(\(note))"
    case .disabledNoSelection: return "Ingen pasient er valgt"

    case .keymapProblem(let p):
      switch p {
      case .missingEquals: return "mangler «=» mellom tast og handling"
      case .bindingOutsideSection: return "binding før første [seksjon]"
      case .unknownSection(let s): return "ukjent seksjon [\(s)]"
      case .unknownKey(let k): return "ukjent tast «\(k)»"
      case .unknownAction(let a): return "ukjent handling «\(a)»"
      case .duplicateKey(let k, let line): return "«\(k)» er allerede bundet på linje \(line)"
      case .prefixConflict(let k, let other): return "«\(k)» er starten på «\(other)» i samme seksjon"
      case .unreadable: return "filen kan ikke leses"
      }
    case .keymapError(let file, let line, let reason): return "\(file):\(line): tastekart: \(reason)"
    case .usage:
      return """
        Bruk: workstation [valg]            start arbeidsstasjonen i terminalen
               workstation id NUMMER…       forklar fødselsnumre (eller ett per linje på stdin)
               workstation keys             skriv ut gjeldende tastekart
               workstation scenario list    list øvingsoppgavene i Scenarios/
               workstation replay FIL [--scenario ID] [--live]
                                            spill av en tastefil (uten skjerm, eller --live i terminalen)
               workstation notes verify     kontroller at ingen signerte notater er endret
               workstation import FIL…      importer FHIR R4 JSON (bunter og ressurser), hver bunt helt eller ikke
               workstation export --patient NUMMER [--out FIL]
                                    pasientens journal som FHIR R4-bunt
               workstation central init URL installer eller oppgrader sentralskjemaet i PostgreSQL
               workstation central list URL organisasjonene, brukerne og avdelingene som er satt opp
               workstation central organisation URL --kind TYPE --name NAVN [--municipality NR]
                                    legg til en organisasjon (legevakt, gp-office, nursing-home, home-care, municipality)
               workstation central user URL --hpr NUMMER --name NAVN --role ROLLE --organisation NAVN
                                    legg til en bruker (doctor, nurse, case-officer, trainer, administrator; passord på standard inn)
               workstation central care-list URL --organisation NAVN FIL [--whole]
                                    last fastlegelisten, hjemmetjenestens eller sykehjemmets pasienter
                                    (fødselsnummer;fornavn;etternavn;ÅÅÅÅ-MM-DD[;K eller M;kommunenr]
                                    per linje); med --whole er filen hele listen, og den som ikke står
                                    på den går ut av listen
               workstation central ward URL --organisation NAVN --name AVDELING --municipality NR
                 --stay-type TYPE SENG…
                                    sett opp en avdeling på et sykehjem og sengene (101 102 eller 101-112);
                                    TYPE: long-term, short-term, rehabilitation, respite, municipal-acute
               workstation central ward URL --organisation NAVN --name AVDELING --retire SENG…
                                    ta senger ut av bruk (navngis de igjen, er de i bruk igjen)
               workstation sync URL --hpr NUMMER
                                    send ventende endringer og hent nye fra sentralserveren (passord på standard inn)
               workstation audit --patient NUMMER
                                    hvem som har åpnet journalen på denne maskinen
               workstation audit --review URL --hpr NUMMER
                                    nødtilganger som venter på gjennomgang, og kontroll av revisjonsloggen (passord på standard inn)
               workstation audit URL --patient NUMMER --hpr NUMMER
                                    hvem som har åpnet journalen, i alle organisasjoner (personvernombudet)
               workstation report iplos --year ÅÅÅÅ [--out FIL]
                                    årets IPLOS/KPR-rader som CSV, kontrollert først
        Valg:  --demo                       bruk demolageret med fiktive pasienter
               --population N               antall fiktive pasienter i et nytt demolager (5000)
               --trainer                    instruktørmodus: teller taster og tid, F11 tilbakestiller
               --lang nb|en                 språk (norsk bokmål er standard)
               --keymap FIL                 tastekart som legges over standard og brukerens
               --store FIL                  bruk denne lagerfilen
               --triage-targets R,O,G,G,B   minutter til mål for rød … blå (standard 0,10,60,120,240)
               --retriage-minutes N         ny triage av ventende etter N minutter (standard 30)
               --central URL                sentralserveren innloggingen kontrolleres mot (ikke med --demo)
               --lock-minutes N             lås skjermen etter N minutter uten tastetrykk (standard 5)
        """
    case .badArgument(let a): return "Ukjent eller ufullstendig valg: \(a)"
    case .buildingDemo(let n): return "Lager demolager med \(n) fiktive pasienter …"
    case .noDefaultKeymap:
      return "Finner ikke Keymaps/default.keymap. Kjør fra kildemappen eller sett WORKSTATION_KEYMAPS."
    case .terminalProblem(let p):
      switch p {
      case .noUTF8: return "Terminalen har ikke UTF-8-tegnsett, og C.UTF-8 finnes ikke. Sett LANG=C.UTF-8."
      case .unknownTerminal: return "Ukjent terminaltype (TERM). Prøv TERM=xterm-256color."
      case .notATerminal: return "Workstation må kjøres i en terminal."
      }
    case .failure(let f): return failure(f)
    case .pasteShortened(let n): return "Teksten var for lang og ble kortet ned til \(n) tegn."
    case .problemsHeading: return "Aktive problemer"
    case .problemsNone: return "Ingen diagnoser på problemlisten (fra fastlegens signerte konsultasjoner)."
    case .notesHeading: return "Siste notater"
    case .notesNone: return "Ingen signerte notater."
    case .notesNoMatch: return "Ingen notater passer filteret."
    case .noteTypeName(let t):
      switch t {
      case .gpConsultation: return "Legekonsultasjon"
      case .legevakt: return "Legevakt"
      case .nursing: return "Sykepleie"
      case .telephone: return "Telefon"
      }
    case .noteTypeShort(let t):
      switch t {
      case .gpConsultation: return "Lege"
      case .legevakt: return "Legevakt"
      case .nursing: return "Sykepl."
      case .telephone: return "Telefon"
      }
    case .noteEditorTitle(let name, let identifier): return "Nytt notat · \(name) · \(identifier)"
    case .addendumTitle(let name, let identifier): return "Tillegg · \(name) · \(identifier)"
    case .addendumTo(let date, let author, let firstLine): return "Til notat \(date), \(author): \(firstLine)"
    case .noteTypeLine(let t): return "Type: \(text(.noteTypeName(t)))"
    case .noteCodesLine(let codes): return "Koder: \(codes)"
    case .noteCodesNone(let needed):
      return needed ? "Koder: ingen ennå – kontakten må ha minst én ICPC-2-kode" : "Koder: ingen"
    case .noteProblem(let p):
      switch p {
      case .empty: return "Notatet er tomt og kan ikke signeres."
      case .tooLong: return "Notatet er lengre enn 100 000 tegn og kan ikke signeres."
      case .needsICPC2: return "Lege- og legevaktkontakter må ha minst én ICPC-2-kode før signering."
      }
    case .draftSavedAt(let time): return "Utkast lagret \(time)"
    case .draftUnsaved: return "IKKE LAGRET"
    case .draftNotSaved(let f): return "Utkastet ble ikke lagret, det finnes bare på skjermen: \(failure(f))"
    case .draftResumed: return "Et usignert utkast ble hentet fram igjen."
    case .draftKept: return "Utkastet er lagret og venter på deg i denne journalen."
    case .draftDiscarded: return "Utkastet er forkastet."
    case .confirmDiscardDraft: return "Forkaste utkastet? Teksten kan ikke hentes tilbake."
    case .noteSigned: return "Notatet er signert og kan ikke lenger endres."
    case .codeSearchLabel: return "Søk kode"
    case .codeSearchHint(let n): return n == 0 ? "kode eller ord" : "\(n) treff"
    case .codeSearchStart: return "Skriv en kode (K86, I10) eller ord fra tittelen (blodtrykk, hoste). ICPC-2 først, så ICD-10."
    case .codeSearchNone(let q): return "Ingen kode har alle ordene i «\(q)». Prøv færre ord, eller koden."
    case .notesTitle(let name, let identifier): return "Notater · \(name) · \(identifier)"
    case .notesFilterLabel: return "Søk i teksten"
    case .notesTypeFilter(let t): return "Type: " + (t.map { text(.noteTypeName($0)) } ?? "alle")
    case .noteReaderTitle(let name, let identifier): return "Notat · \(name) · \(identifier)"
    case .addendumMarker: return "[tillegg]"
    case .addendumHeading(let meta): return "Tillegg: \(meta)"
    case .enteredInErrorMarker: return "[FEILFØRT]"
    case .enteredInErrorBanner(let by, let at, let reason):
      return "FEILFØRT – markert av \(by) \(at): \(reason). Notatet står, men gjelder ikke."
    case .enteredInErrorPrompt: return "Marker notatet som feilført (f.eks. skrevet på feil pasient). Det slettes aldri."
    case .enteredInErrorReason: return "Begrunnelse"
    case .enteredInErrorNeedsReason: return "Skriv hvorfor notatet er feilført."
    case .alreadyEnteredInError: return "Notatet er allerede markert som feilført."
    case .noAddendumToErroneous: return "Et feilført notat får ikke tillegg. Skriv et nytt notat."
    case .noteMarked: return "Notatet er markert som feilført."
    case .dosesHeading: return "Siste gitte doser"
    case .dosesNone: return "Ingen doser registrert gitt."
    case .doseFormTitle(let name, let identifier): return "Gi dose · \(name) · \(identifier)"
    case .doseLabel(let f):
      switch f {
      case .drug: return "Legemiddel"
      case .dose: return "Dose"
      case .route: return "Administrasjonsvei"
      case .time: return "Tidspunkt"
      }
    case .doseDrugHint: return "skriv de første bokstavene, Enter velger"
    case .doseLimits(let single, let daily):
      var parts: [String] = []
      if let single { parts.append("maks \(single) per dose") }
      if let daily { parts.append("\(daily) per døgn") }
      return parts.joined(separator: ", ")
    case .routeName(let r):
      switch r {
      case .oral: return "oralt"
      case .sublingval: return "sublingvalt"
      case .rektal: return "rektalt"
      case .iv: return "i.v."
      case .im: return "i.m."
      case .sc: return "s.c."
      case .inhalasjon: return "inhalasjon"
      case .nasal: return "nasalt"
      case .okulær: return "i øyet"
      case .vaginal: return "vaginalt"
      case .kutan: return "på huden"
      }
    case .routeChoices:
      return Medication.Route.allCases.enumerated().map { "\($0.offset + 1) \(text(.routeName($0.element)))" }.joined(separator: " ")
    case .doseTimeHint: return "TT:MM, nå om ikke endret"
    case .doseGivenBy(let who): return "Gitt av: \(who)"
    case .doseRecentHeading: return "Gitt siste 24 timer"
    case .doseRecentNone: return "Ingen doser siste 24 timer."
    case .doseProblem(let p):
      switch p {
      case .pickDrug: return "Velg legemiddel: skriv de første bokstavene og trykk Enter."
      case .badDose: return "Skriv dosen som mengde og enhet, f.eks. 1 g, 500 mg, 2 tabletter."
      case .chooseRoute: return "Velg administrasjonsvei med tallet."
      case .badTime: return "Skriv tidspunktet som TT:MM."
      }
    case .doseWarnings(let medication, let dose, let warnings):
      let reasons = warnings.map { w -> String in
        switch w {
        case .cave(let agent, let reaction, let group):
          return "CAVE: \(agent) – \(reaction). \(medication) hører til ATC-gruppen \(group). Ikke gi uten avklaring med lege."
        case .overSingleDose(let max): return "\(dose) er over største enkeltdose \(max). Kontroller dosen."
        case .interaction(let other, let rule): return "Interaksjon med \(other) (unngå): \(rule.mechanism). \(rule.advice)."
        case .overDailyDose(let given, let total, let max):
          return "Gitt siste 24 t: \(given). Med denne blir det \(total), over største døgndose \(max)."
        }
      }
      return (reasons + ["Gi \(medication) \(dose) likevel?"]).joined(separator: " ")
    case .doseRecorded(let medication, let dose, let at): return "\(medication) \(dose) registrert gitt kl. \(at)."
    case .censusTitle: return "Belegg · senger, opphold og venteliste"
    case .censusMovements(let free, let admitted, let discharged, let expected):
      return "Ledige senger \(free) · innlagt i dag \(admitted) · utskrevet i dag \(discharged) · ut innen 7 d \(expected)"
    case .censusFree(let type): return "ledig (\(type))"
    case .censusWaiting(let list): return list.isEmpty ? "Ingen venter på plass." : "Venteliste: " + list.joined(separator: " · ")
    case .censusPromptTitle(let k):
      switch k {
      case .admit: return "Legg inn: nummer på ventelisten, eller fødselsnummer"
      case .transfer: return "Flytt til seng"
      case .discharge: return "Skriv ut til"
      case .withdraw: return "Trekk tilbake innleggelsen (telles ikke som opphold)"
      }
    case .censusPromptLabel(let k):
      switch k {
      case .admit: return "Pasient"
      case .transfer: return "Seng"
      case .discharge: return "Utskrevet til"
      case .withdraw: return "Bekreft"
      }
    case .censusAdmitHint: return "nummeret på ventelisten, eller et fødselsnummer"
    case .censusChooseWaiting(let n): return n == 0 ? "Ventelisten er tom; skriv et fødselsnummer." : "Velg 1–\(n) på ventelisten, eller skriv et fødselsnummer."
    case .censusBedConflict(let bed): return "også i seng \(bed): flytt (t) eller skriv ut (d)"
    case .censusAdmittedTwice(let bed): return "også innlagt i seng \(bed): trekk tilbake (d)"
    case .censusWithdrawHint(let bed): return "Enter trekker tilbake; pasienten blir liggende i seng \(bed). Esc avbryter."
    case .censusPlaceTaken(let home): return "plass på \(home): trekk tilbake (d)"
    case .censusWithdrawPlaceHint(let home): return "Enter trekker tilbake; plassen er på \(home). Esc avbryter."
    case .censusPlaceEnded: return "plassen er avsluttet: trekk tilbake (d)"
    case .censusWithdrawEndedPlaceHint(let municipality): return "Enter trekker tilbake; \(municipality) avsluttet plassen. Esc avbryter."
    case .censusBedFree: return "Sengen er ledig."
    case .censusNoWards:
      return "Ingen avdelinger på denne arbeidsstasjonen. Et sykehjems avdelinger og senger settes opp på sentralserveren (workstation central ward) og kommer ved neste synkronisering."
    case .censusChooseDestination: return "Velg hvor pasienten skrives ut til med tallet."
    case .censusNoSuchBed(let bed): return "Finner ingen seng «\(bed)»."
    case .stayTypeShort(let t):
      switch t {
      case .longTerm: return "Langtid"
      case .shortTerm: return "Korttid"
      case .rehabilitation: return "Rehab"
      case .respite: return "Avlast."
      case .municipalAcute: return "KAD"
      }
    case .stayTypeName(let t):
      switch t {
      case .longTerm: return "langtidsopphold"
      case .shortTerm: return "korttidsopphold"
      case .rehabilitation: return "rehabiliteringsopphold"
      case .respite: return "avlastningsopphold"
      case .municipalAcute: return "kommunal akutt døgnenhet (KAD)"
      }
    case .destination(let d):
      switch d {
      case .home: return "hjem"
      case .homeWithServices: return "hjem med tjenester"
      case .hospital: return "sykehus"
      case .otherInstitution: return "annen institusjon"
      case .deceased: return "død"
      }
    case .fallRiskMarker: return "FALL"
    case .statsTitle(let type, let municipality): return "Liggetid, \(type) · \(municipality) mot regionen"
    case .statsHowCounted(let open):
      return "Avsluttede opphold telles i kvartalet de ble avsluttet, med hele liggetiden (netter). \(open) pågående opphold er ikke med før de avsluttes."
    case .statsNone: return "Ingen avsluttede opphold av denne typen."
    case .statsColumns(let municipality):
      return "Kvartal  \(String(municipality.prefix(12)).padding(toLength: 13, withPad: " ", startingAt: 0))Regionen     snitt netter (antall opphold)"
    case .statsLegend: return "Øverst: kommunen · nederst: regionen. ↑↓ bytter oppholdstype, ←→ kommune."
    case .triageTitle: return "Legevakt · pasienter som venter"
    case .triageLevelName(let l):
      switch l {
      case .red: return "RØD"
      case .orange: return "ORANSJE"
      case .yellow: return "GUL"
      case .green: return "GRØNN"
      case .blue: return "BLÅ"
      }
    case .triageColumn(let c):
      switch c {
      case .level: return "Hastegr."
      case .patient: return "Pasient, alder"
      case .complaint: return "Problemstilling"
      case .arrived: return "Kom"
      case .left: return "Igjen"
      case .status: return "Status"
      case .retriage: return "⟳"
      }
    case .triageEmpty: return "Ingen pasienter venter. n registrerer en ny."
    case .triageOverdue(let m): return "+\(m) min"
    case .triageMinutes(let m): return "\(m) min"
    case .triageStatus(let s):
      switch s {
      case .waiting: return "venter"
      case .withDoctor: return "hos lege"
      case .observation: return "observasjon"
      case .discharged: return "utskrevet"
      case .admitted: return "innlagt"
      case .referred: return "henvist"
      }
    case .triageRetriageDue: return "⟳ NÅ"
    case .triageLevelDispute(let level, let origin):
      return "samtidig: \(text(.triageLevelName(level)).lowercased()) av \(origin) – sett nivå (l)"
    case .triagePromptTitle(let k):
      switch k {
      case .level: return "Ny triage: hastegrad 1 rød – 5 blå; å senke under regelens nivå krever begrunnelse"
      case .outcome: return "Utfall: 1 utskrevet hjem, 2 innlagt, 3 henvist"
      }
    case .triagePromptLabel(let k, let index):
      switch k {
      case .level: return index == 0 ? "Hastegrad" : "Begrunnelse"
      case .outcome: return "Utfall"
      }
    case .triagePromptHint(let k):
      switch k {
      case .level: return "1 rød, 2 oransje, 3 gul, 4 grønn, 5 blå"
      case .outcome: return "1 hjem, 2 innlagt, 3 henvist"
      }
    case .triageChooseLevel: return "Skriv hastegraden som et tall fra 1 (rød) til 5 (blå)."
    case .triageChooseOutcome: return "Skriv 1 (utskrevet), 2 (innlagt) eller 3 (henvist)."
    case .triageLowerNeedsReason(let l):
      return "Regelen ga \(text(.triageLevelName(l))); å senke hastegraden krever en begrunnelse."
    case .triageFormTitle: return "Ny pasient på legevakten · triage (prinsippet fra RETTS, egne tabeller)"
    case .triageLabel(let f):
      switch f {
      case .person: return "Fødselsnummer"
      case .complaint: return "Problemstilling"
      case .respirationRate: return "Respirasjonsfrekvens"
      case .oxygenSaturation: return "SpO₂"
      case .airOrOxygen: return "Luft eller oksygen"
      case .systolicPressure: return "Systolisk blodtrykk"
      case .pulse: return "Puls"
      case .consciousness: return "Bevissthet (ACVPU)"
      case .temperature: return "Temperatur"
      }
    case .triageProblem(let p):
      switch p {
      case .invalidIdentifier: return "Ugyldig nummer; tomt felt registrerer ukjent pasient"
      case .chooseComplaint: return "Velg problemstilling med tall eller første bokstaver"
      case .vitals(let v): return text(.vitalsProblem(v))
      case .noVitals: return "Registrer minst én vital verdi før triage."
      }
    case .triageUnidentifiedHint: return "tomt: ukjent pasient får H-nummer"
    case .triageLevelLine(let level, let vitals, let complaint):
      return "Hastegrad \(text(.triageLevelName(level))) – vitale tegn \(text(.triageLevelName(vitals))), problemstilling \(text(.triageLevelName(complaint))); den verste gjelder"
    case .complaintName(let c):
      switch c {
      case .chestPain: return "Brystsmerter"
      case .breathing: return "Pustebesvær"
      case .consciousness: return "Nedsatt bevissthet"
      case .strokeSymptoms: return "Slagsymptomer"
      case .seizure: return "Kramper"
      case .poisoning: return "Forgiftning"
      case .allergicReaction: return "Allergisk reaksjon"
      case .bleeding: return "Blødning"
      case .abdominalPain: return "Magesmerter"
      case .headache: return "Hodepine"
      case .mentalDistress: return "Psykisk krise"
      case .fever: return "Feber"
      case .injury: return "Skade"
      case .woundOrCut: return "Sår og kutt"
      case .earNoseThroat: return "Øre, nese, hals"
      case .urinary: return "Urinveisplager"
      case .backPain: return "Ryggsmerter"
      case .skin: return "Hudplager"
      case .prescriptionOrCertificate: return "Resept eller attest"
      }
    case .complaintShort(let c):
      switch c {
      case .consciousness: return "Bevissthet"
      case .allergicReaction: return "Allergi"
      case .prescriptionOrCertificate: return "Resept/attest"
      default: return text(.complaintName(c))
      }
    case .notesVerified(let checked, let changed):
      return changed.isEmpty
        ? "\(checked) signerte notater kontrollert: alle er uendret."
        : "\(checked) signerte notater kontrollert: \(changed.count) er endret utenfor Workstation (notat \(changed.map(String.init).joined(separator: ", ")))."
    case .walkInRegistered: return "Pasienten er registrert og triagert; køen er oppdatert."
    case .severityName(let s):
      switch s {
      case .avoid: return "unngå"
      case .adjust: return "ta forholdsregler"
      case .monitor: return "følg med"
      }
    case .doseFromList(let line): return "I bruk: \(line)"
    case .doseOnList(let frequency): return "fra Legemidler i bruk: \(frequency)"
    case .doseWeighed(let reason): return "vurdert ved samstemming: \(reason)"
    case .medicationsHeading: return "Legemidler i bruk"
    case .medicationsNone: return "Ingen signert legemiddelliste ennå."
    case .breakGlassTitle: return "Nødtilgang til en pasient uten behandlingsrelasjon"
    case .breakGlassExplained:
      return "Bruk nødtilgang bare når pasientens helse krever det og du ikke har en behandlingsrelasjon. Tilgangen varer i timene du oppgir, logges med begrunnelsen og gjennomgås av personvernombudet."
    case .breakGlassLabel(let n): return ["Fødselsnummer", "Begrunnelse", "Timer (1–24)"][min(n, 2)]
    case .breakGlassAsking: return "Ber sentralserveren om nødtilgang …"
    case .breakGlassGranted(let until): return "Nødtilgang til \(until), logget for personvernombudet."
    case .accessRunsOut(.breakGlass, let at): return "Nødtilgang til \(at)."
    case .accessRunsOut(_, let at): return "Behandlingsrelasjonen er avsluttet: journalen åpnes til \(at)."
    case .breakGlassProblem(let p):
      switch p {
      case .badNumber: return "Fødselsnummeret er 11 siffer."
      case .reasonTooShort: return "Skriv en begrunnelse på minst 10 tegn: den leses av personvernombudet."
      case .badHours: return "Nødtilgang varer fra 1 til 24 timer."
      case .noCentral: return "Denne arbeidsstasjonen er ikke koblet til en sentralserver; pasientene i lageret er allerede tilgjengelige."
      case .offline: return "Sentralserveren svarer ikke. Nødtilgang kan bare gis av sentralserveren; prøv igjen om litt."
      case .notFound: return "Sentralserveren har ingen pasient med dette nummeret."
      case .server(let message): return "Sentralserveren avviste nødtilgangen: \(TextSanitiser.clean(message))"
      }
    case .caveFromElsewhere: return "fra annen journal"
    case .nameConflict: return "! Personalia er endret to steder: velg det riktige og lagre (p)"
    case .nameTitle(let identifier): return "Personalia · \(identifier)"
    case .nameExplained:
      return "Endre slik det står i legitimasjonen eller folkeregisteret. Hvert felt går til andre journaler for seg; F12 lagrer."
    case .nameLabel(let field):
      switch field {
      case .given: return "Fornavn"
      case .middle: return "Mellomnavn"
      case .family: return "Etternavn"
      case .sex: return "Kjønn"
      case .municipality: return "Kommunenr."
      }
    case .nameHint(let field, let typed):
      switch field {
      case .given, .middle, .family: return ""
      case .sex: return "K kvinne, M mann, tomt = ukjent"
      case .municipality:
        if typed.isEmpty { return "tomt = ukjent (bostedskommunen)" }
        return DemoMunicipalities.name(of: typed).map { "\($0) kommune" } ?? "kommunenummer, fire sifre"
      }
    case .nameOtherValue(let field, let other):
      let shown: String
      switch field {
      case _ where other.value.isEmpty:
        shown = field == .middle ? "uten mellomnavn" : field == .sex ? "kjønn ukjent" : "kommune ukjent"
      case .sex: shown = "«\(text(.sexLabel(Sex(rawValue: other.value) ?? .unknown)))»"
      case .municipality: shown = "«\(other.value)\(DemoMunicipalities.name(of: other.value).map { " \($0)" } ?? "")»"
      case .given, .middle, .family: shown = "«\(other.value)»"
      }
      return "Annen journal: \(shown) (\(other.origin))"
    case .renamed: return "Personalia er lagret."
    case .caveNotReconciled(let n):
      return "! \(n) CAVE fra annen journal er ikke avstemt her: les dem og avstem (a, lege)"
    case .caveReconciled: return "CAVE er avstemt: oppføringene fra andre journaler er lest og gjelder her."
    case .medicationsConflict(let n):
      return "! Listen er signert to steder samtidig (\(n)) – samstem og signer (m)"
    case .conflictsTitle(let n): return "Konflikter som venter på en kliniker (\(n))"
    case .conflictsNone: return "Ingen konflikter. Alt som er endret to steder, er avklart."
    case .conflictColumn(let c):
      switch c {
      case .detected: return "Oppdaget"
      case .identifier: return "Nummer"
      case .patient: return "Pasient"
      case .what: return "Hva"
      case .otherVersion: return "Den andre versjonen"
      }
    case .conflictKind(let k):
      switch k {
      case .medicationList: return "Legemidler"
      case .cave: return "CAVE"
      case .serviceCase: return "Vedtakssak"
      case .demographics: return "Personalia"
      case .bed: return "Seng"
      case .triage: return "Hastegrad"
      }
    case .medicationsWaiting(let n):
      return n == 1 ? "1 legemiddelliste venter på samstemming (m)." : "\(n) legemiddellister venter på samstemming (m)."
    case .medicationStatus(let status):
      switch status {
      case .active: return ""
      case .paused(let reason): return reason.isEmpty ? "pauset" : "pauset: \(reason)"
      case .stopped(let reason, let on): return "seponert \(on): \(reason)"
      }
    case .medrecTitle(let name, let identifier): return "Legemiddelsamstemming · \(name) · \(identifier)"
    case .medrecOpen(let n): return n == 0 ? "alt avklart – F12 signerer" : n == 1 ? "1 rad å avklare" : "\(n) rader å avklare"
    case .medrecNoSources: return "Ingen legemiddellister å samstemme. i importerer en epikrise (FHIR), a legger inn pasientens egne opplysninger."
    case .medrecDrugColumn: return "Legemiddel"
    case .medrecCurrentColumn: return "LIB nå"
    case .medrecFindingColumn: return "Funn · avklaring"
    case .sourceKind(let kind):
      switch kind {
      case .gpList: return "Fastl."
      case .discharge: return "Epikr."
      case .multidose: return "Multid."
      case .nursingHome: return "Sykehj."
      case .patientAccount: return "Pasient"
      case .otherRecord: return "Annen j."
      }
    case .sourceName(let kind):
      switch kind {
      case .gpList: return "fastlegens liste"
      case .discharge: return "epikrisen"
      case .multidose: return "multidoselisten"
      case .nursingHome: return "sykehjemmets liste"
      case .patientAccount: return "pasientens opplysninger"
      case .otherRecord: return "en annen journal"
      }
    case .medicationPausedShort: return "pauset"
    case .medicationStoppedShort: return "seponert"
    case .rowDecision(let d):
      switch d {
      case .keep: return "fortsett"
      case .change(let dose, _): return "endre til \(dose)"
      case .pause: return "pause"
      case .stop: return "seponer"
      }
    case .discrepancyClassShort(let c):
      switch c {
      case .unintentional: return "utilsiktet"
      case .documentedIntentional: return "tilsiktet, dokumentert"
      case .undocumentedIntentional: return "tilsiktet, udokumentert"
      }
    case .discrepancy(let d):
      switch d {
      case .omitted(let kind): return "Utelatt i \(text(.sourceKind(kind)).lowercased())"
      case .new(let kind): return "Ny i \(text(.sourceKind(kind)).lowercased())"
      case .doseChanged(let from, let to): return "Dose \(from) → \(to)"
      case .frequencyChanged: return "Endret dosering"
      case .routeChanged: return "Endret vei"
      case .onlyDispensed: return "Bare utlevert – spør pasienten"
      case .duplicate(let other): return "Dobbel med \(other)"
      case .interaction(let other, let i): return "Interaksjon \(other) (\(text(.severityName(i.severity))))"
      case .cave(let agent, _): return "CAVE: \(agent)"
      case .changedElsewhere(let origin): return "Endret to steder (\(origin))"
      }
    case .discrepancyDetail(let d):
      switch d {
      case .omitted(let kind): return "Brukt før, men mangler i \(text(.sourceName(kind))). Avklar om det er stoppet med vilje."
      case .new(let kind): return "Ny i \(text(.sourceName(kind))); ikke i bruk før."
      case .doseChanged(let from, let to): return "Dosen er endret fra \(from) til \(to)."
      case .frequencyChanged(let from, let to): return "Doseringen er endret fra «\(from)» til «\(to)»."
      case .routeChanged(let from, let to): return "Administrasjonsveien er endret fra \(text(.routeName(from))) til \(text(.routeName(to)))."
      case .onlyDispensed: return "Står bare på multidoselisten: utlevert er ikke det samme som brukt. Spør pasienten eller pårørende."
      case .duplicate(let other): return "Samme terapigruppe (ATC nivå 4) som \(other): dobbelbehandling?"
      case .interaction(let other, let i):
        return "Interaksjon med \(other) (\(text(.severityName(i.severity)))): \(i.mechanism). \(i.advice)."
      case .cave(let agent, let reaction): return "CAVE: \(agent) – \(reaction). Ikke gi uten avklaring med lege."
      case .changedElsewhere(let origin): return "Endret i en annen journal (\(origin)) samtidig som her. Ingen av versjonene gjelder før du har valgt: f fortsetter den nyeste, e endrer dosen, p pauser, s seponerer."
      }
    case .medrecAgrees: return "Samsvarer"
    case .medrecAgreesDetail: return "Listene samsvarer for dette legemidlet; det føres videre uendret."
    case .medrecDecisionDetail(let d):
      switch d {
      case .keep: return "Når listen signeres: føres videre."
      case .change(let dose, let reason): return "Når listen signeres: dosen endres til \(dose). Begrunnelse: \(reason)"
      case .pause(let reason): return "Når listen signeres: settes på pause." + (reason.isEmpty ? "" : " Begrunnelse: \(reason)")
      case .stop(let reason): return "Når listen signeres: seponeres. Begrunnelse: \(reason)"
      }
    case .medrecClassifyHint: return "k klassifiserer avviket, f fortsetter, e endrer, p pauser, s seponerer."
    case .medrecNothingToClassify: return "Ingen avvik mellom listene på denne raden; bare en beslutning trengs."
    case .medrecPromptTitle(let kind):
      switch kind {
      case .change: return "Endre dose (Tab bytter felt, Enter lagrer)"
      case .stop: return "Seponer: skriv en kort begrunnelse"
      case .addLine: return "Ny linje · kilde: 1 pasient, 2 epikrise, 3 fastlege, 4 sykehjem, 5 multidose"
      case .override: return "Gå videre likevel: skriv hvorfor (vises for neste som gir legemidlet)"
      case .importFile: return "Importer epikrise eller legemiddelliste fra FHIR R4 JSON-fil"
      }
    case .medrecPromptLabel(let kind, let index):
      switch kind {
      case .change: return index == 0 ? "Ny dose" : "Begrunnelse"
      case .stop: return "Begrunnelse"
      case .addLine: return ["Legemiddel", "Dose", "Dosering", "Kilde 1–5"][min(index, 3)]
      case .override: return "Begrunnelse"
      case .importFile: return "Fil"
      }
    case .medrecNeedsReason: return "Skriv en kort begrunnelse."
    case .medrecChooseSourceKind: return "Velg kilden: 1 pasient/pårørende, 2 epikrise, 3 fastlege, 4 sykehjem, 5 multidose."
    case .medrecUnknownDrug(let typed): return "Finner ikke «\(typed)» i legemiddelkatalogen. Skriv starten av navnet."
    case .medrecUnresolved(let n): return n == 1 ? "Kan ikke signere: 1 rad er ikke avklart." : "Kan ikke signere: \(n) rader er ikke avklart."
    case .medrecAlert(let drug, let d):
      return "\(text(.discrepancyDetail(d))) Fortsette \(drug) likevel?"
    case .medicationListSigned: return "Legemidler i bruk er signert med kildene som ble brukt."
    case .medicationImported(let n): return "Listen er importert: \(n) legemidler."
    case .medicationImportRefused(let p):
      let reason: String
      switch p.reason {
      case .unreadable: reason = "filen kan ikke leses"
      case .notJSON: reason = "filen er ikke gyldig JSON"
      case .tooLarge(let bytes): reason = "filen er \(bytes / 1_000_000) MB; grensen er 10 MB"
      case .notFHIR: reason = "filen er ikke en FHIR Bundle, MedicationStatement eller MedicationRequest"
      case .noMedications: reason = "filen har ingen MedicationStatement eller MedicationRequest"
      case .missingATC: reason = "medicationCodeableConcept mangler ATC-kode (http://www.whocc.no/atc)"
      case .malformedATC(let code): reason = "«\(code)» er ikke en ATC-kode på nivå 5"
      case .missingName: reason = "legemidlet mangler navn (display eller text)"
      case .missingDose: reason = "dosage mangler doseQuantity med verdi"
      case .badDose(let dose): reason = "dosen «\(dose)» kan ikke leses (mg, g, mikrog, ml, IE, tabletter …)"
      case .badRoute(let route): reason = "administrasjonsveien «\(route)» er ukjent"
      }
      let place = p.entry.map { "oppføring \($0)\(p.resourceType.map { " (\($0))" } ?? ""): " } ?? ""
      return "Ingenting importert: \(place)\(reason)."
    }
  }

  private static func summary(_ a: Action) -> String {
    switch a {
    case .chartCaveReconcile: return "Avstem CAVE fra andre journaler: du har lest dem, og de gjelder her (for leger)"
    case .chartEditName: return "Endre personalia: navn, kjønn og hjemkommune"
    case .appBreakGlass: return "Nødtilgang: åpne journalen til en pasient uten behandlingsrelasjon, med begrunnelse"
    case .goConflicts: return "Konflikter: det som er endret to steder samtidig og venter på en kliniker"
    case .conflictResolve: return "Åpne der konflikten løses: legemidler, personalia, sak, belegg eller kø"
    case .goDecisions: return "Vedtak: søknader om helse- og omsorgstjenester, eldste og mest hastende først"
    case .decisionNew: return "Registrer en søknad (fødselsnummer, tjeneste, søker, begrunnelse)"
    case .decisionOpen: return "Åpne saken"
    case .decisionAssess: return "Kartlegg: IPLOS-skår for hver funksjonsvariabel, én tast per skår"
    case .decisionGrant: return "Innvilg: omfang, periode, evaluering, egenandel, hjemmel og begrunnelse"
    case .decisionRefuse: return "Avslå, med begrunnelse"
    case .decisionLetter: return "Lag og send vedtaksbrevet med klagefrist, eller vis det sendte"
    case .decisionAppeal: return "Registrer en klage på vedtaket"
    case .decisionReconsider: return "Kommunens nye vurdering av klagen: opprettholdt (sendes Statsforvalteren) eller endret"
    case .decisionAppealOutcome: return "Statsforvalterens avgjørelse: stadfestet, endret eller opphevet"
    case .decisionStartService: return "Tjenesten er startet"
    case .decisionEndService: return "Avslutt tjenesten, med grunn"
    case .decisionEvaluate: return "Tjenesten er evaluert: sett neste evaluering"
    case .decisionPreliminaryAnswer: return "Foreløpig svar er sendt (forvaltningsloven § 11 a)"
    case .decisionImport: return "Importer søknader fra innbyggerportalen (JSON)"
    case .decisionConflictAccept: return "Godta konflikten: saken står slik serveren har den, ditt steg er i historikken"
    case .letterPrint: return "Skriv brevet til en tekstfil"
    case .appQuit: return "Avslutt og gjenopprett terminalen"
    case .appHelp: return "Vis eller skjul hjelp for denne visningen"
    case .appLock: return "Lås skjermen: all pasientinformasjon skjules til du låser opp"
    case .goLookup: return "Pasientoppslag, fra hvor som helst"
    case .goBack: return "Tilbake til forrige visning"
    case .listNext: return "Neste rad"
    case .listPrev: return "Forrige rad"
    case .listPageDown: return "En side ned"
    case .listPageUp: return "En side opp"
    case .listFirst: return "Første rad"
    case .listLast: return "Siste rad"
    case .lookupOpenChart: return "Åpne journalen til valgt pasient (logges)"
    case .chartAccessLog: return "Tilgangsloggen: hvem har åpnet journalen"
    case .chartVitals: return "Registrer vitale målinger med NEWS2"
    case .chartVitalsHistory: return "Alle målinger som tabell med NEWS2"
    case .chartCave: return "Registrer kritisk informasjon (CAVE), for leger"
    case .goCensus: return "Belegg: senger, opphold, venteliste"
    case .censusAdmit: return "Legg inn i valgt ledig seng (først på ventelisten)"
    case .censusTransfer: return "Flytt pasienten til en annen seng"
    case .censusDischarge: return "Skriv ut pasienten, med hvor til"
    case .censusStats: return "Liggetid per kvartal mot regionen"
    case .statsNextMunicipality: return "Neste kommune"
    case .statsPreviousMunicipality: return "Forrige kommune"
    case .goTriage: return "Legevaktkøen: hastegrad, ventetid og tid igjen til mål"
    case .triageNew: return "Registrer ny pasient med problemstilling og vitale tegn"
    case .triageSetLevel: return "Triager på nytt: endre hastegrad (å senke krever begrunnelse)"
    case .triageNextStatus: return "Neste status: venter → hos lege → observasjon → utfall"
    case .goMedrec: return "Legemiddelsamstemming: kildene side om side"
    case .medrecClassify: return "Klassifiser avviket: utilsiktet, tilsiktet dokumentert, tilsiktet udokumentert"
    case .medrecContinue: return "Fortsett legemidlet"
    case .medrecChange: return "Endre dosen, med begrunnelse"
    case .medrecPause: return "Pause legemidlet"
    case .medrecStop: return "Seponer, med begrunnelse"
    case .medrecSign: return "Signer Legemidler i bruk (når alle rader er avklart)"
    case .medrecImport: return "Importer epikrise fra FHIR R4 JSON"
    case .medrecAddLine: return "Legg til pasientens eller pårørendes opplysning"
    case .chartGiveDose: return "Registrer en dose gitt (legemiddel med 1–3 bokstaver)"
    case .dosePick: return "Velg markert legemiddel; dose og vei fylles inn"
    case .chartNewNote: return "Skriv nytt notat (utkastet lagres mens du skriver)"
    case .chartNotes: return "Alle notater: filtrer på type og søk i teksten"
    case .noteSign: return "Signer notatet; det kan ikke endres etterpå"
    case .noteAddendum: return "Skriv tillegg til notatet (rettelse)"
    case .noteEnteredInError: return "Marker notatet som feilført, med begrunnelse"
    case .noteType: return "Bytt notattype"
    case .noteDiscard: return "Forkast utkastet (med bekreftelse)"
    case .codeSearch: return "Søk og velg kode: ICPC-2, så ICD-10"
    case .codePick: return "Legg til eller fjern valgt kode"
    case .notesOpen: return "Les valgt notat med tillegg"
    case .notesFilterType: return "Vis én notattype, eller alle"
    case .editorNewline: return "Ny linje"
    case .editorLineUp: return "Markøren en linje opp"
    case .editorLineDown: return "Markøren en linje ned"
    case .editorWordLeft: return "Markøren ett ord til venstre"
    case .editorWordRight: return "Markøren ett ord til høyre"
    case .editorUndo: return "Angre"
    case .editorRedo: return "Gjør om"
    case .formNextField: return "Neste felt i skjemaet"
    case .formPrevField: return "Forrige felt i skjemaet"
    case .formSubmit: return "Lagre skjemaet"
    case .formCancel: return "Avbryt skjemaet uten å lagre"
    case .fieldDeleteBackward: return "Slett tegnet foran markøren"
    case .fieldDeleteForward: return "Slett tegnet under markøren"
    case .fieldDeleteWord: return "Slett ordet foran markøren"
    case .fieldClear: return "Tøm feltet"
    case .fieldLeft: return "Markøren ett tegn til venstre"
    case .fieldRight: return "Markøren ett tegn til høyre"
    case .fieldHome: return "Markøren til starten"
    case .fieldEnd: return "Markøren til slutten"
    case .confirmYes: return "Ja, gjør det"
    case .confirmNo: return "Nei, avbryt"
    case .trainerReset: return "Tilbakestill demolageret (instruktør)"
    case .trainerScenarios: return "Velg en oppgave å øve på (instruktør)"
    case .trainerRecord: return "Start eller stopp opptak av taster (instruktør)"
    }
  }

  private static func short(_ a: Action) -> String {
    switch a {
    case .chartCaveReconcile: return "Avstem CAVE"
    case .chartEditName: return "Personalia"
    case .appBreakGlass: return "Nødtilgang"
    case .goConflicts: return "Konflikter"
    case .conflictResolve: return "Løs"
    case .goDecisions: return "Vedtak"
    case .decisionNew: return "Ny søknad"
    case .decisionOpen: return "Åpne"
    case .decisionAssess: return "Kartlegg"
    case .decisionGrant: return "Innvilg"
    case .decisionRefuse: return "Avslå"
    case .decisionLetter: return "Brev"
    case .decisionAppeal: return "Klage"
    case .decisionReconsider: return "Ny vurdering"
    case .decisionAppealOutcome: return "Statsforv."
    case .decisionStartService: return "Startet"
    case .decisionEndService: return "Avslutt"
    case .decisionEvaluate: return "Evaluert"
    case .decisionPreliminaryAnswer: return "Foreløpig svar"
    case .decisionImport: return "Import"
    case .decisionConflictAccept: return "Godta"
    case .letterPrint: return "Skriv ut"
    case .appQuit: return "Avslutt"
    case .appHelp: return "Hjelp"
    case .appLock: return "Lås"
    case .goLookup: return "Pasient"
    case .goBack: return "Tilbake"
    case .listNext: return "Neste"
    case .listPrev: return "Forrige"
    case .listPageDown: return "Side ned"
    case .listPageUp: return "Side opp"
    case .listFirst: return "Første"
    case .listLast: return "Siste"
    case .lookupOpenChart: return "Åpne"
    case .chartAccessLog: return "Logg"
    case .chartVitals: return "Målinger"
    case .chartVitalsHistory: return "Historikk"
    case .chartCave: return "CAVE"
    case .goCensus: return "Belegg"
    case .censusAdmit: return "Legg inn"
    case .censusTransfer: return "Flytt"
    case .censusDischarge: return "Skriv ut"
    case .censusStats: return "Liggetid"
    case .statsNextMunicipality: return "Kommune"
    case .statsPreviousMunicipality: return "Kommune"
    case .goTriage: return "Legevakt"
    case .triageNew: return "Ny"
    case .triageSetLevel: return "Triager"
    case .triageNextStatus: return "Status"
    case .goMedrec: return "Samstem"
    case .medrecClassify: return "Klass."
    case .medrecContinue: return "Fortsett"
    case .medrecChange: return "Endre"
    case .medrecPause: return "Pause"
    case .medrecStop: return "Seponer"
    case .medrecSign: return "Signer"
    case .medrecImport: return "Import"
    case .medrecAddLine: return "Opplysning"
    case .chartGiveDose: return "Dose"
    case .dosePick: return "Velg"
    case .chartNewNote: return "Notat"
    case .chartNotes: return "Notater"
    case .noteSign: return "Signer"
    case .noteAddendum: return "Tillegg"
    case .noteEnteredInError: return "Feilført"
    case .noteType: return "Type"
    case .noteDiscard: return "Forkast"
    case .codeSearch: return "Kode"
    case .codePick: return "Velg"
    case .notesOpen: return "Les"
    case .notesFilterType: return "Type"
    case .editorNewline: return "Linje"
    case .editorLineUp: return "Opp"
    case .editorLineDown: return "Ned"
    case .editorWordLeft: return "Ord ←"
    case .editorWordRight: return "Ord →"
    case .editorUndo: return "Angre"
    case .editorRedo: return "Gjør om"
    case .formNextField: return "Neste felt"
    case .formPrevField: return "Forrige felt"
    case .formSubmit: return "Lagre"
    case .formCancel: return "Avbryt"
    case .fieldDeleteBackward: return "Slett"
    case .fieldDeleteForward: return "Slett fram"
    case .fieldDeleteWord: return "Slett ord"
    case .fieldClear: return "Tøm"
    case .fieldLeft: return "Venstre"
    case .fieldRight: return "Høyre"
    case .fieldHome: return "Start"
    case .fieldEnd: return "Slutt"
    case .confirmYes: return "Ja"
    case .confirmNo: return "Nei"
    case .trainerReset: return "Tilbakestill"
    case .trainerScenarios: return "Oppgaver"
    case .trainerRecord: return "Opptak"
    }
  }

  private static func refusal(_ r: CaseLifecycle.Refusal) -> String {
    switch r {
    case .assessFirst: return "kartlegg søkeren før vedtaket."
    case .alreadyDecided: return "saken har allerede et vedtak; klage eller ny søknad endrer det."
    case .noDecision: return "det er ikke fattet vedtak ennå."
    case .letterAlreadySent: return "brevet er allerede sendt."
    case .letterNotSent: return "vedtaksbrevet er ikke sendt ennå."
    case .refusedHasNoService: return "søknaden er avslått; det er ingen tjeneste å starte."
    case .serviceNotStarted: return "tjenesten er ikke startet."
    case .serviceAlreadyStarted: return "tjenesten er allerede startet."
    case .ended: return "saken er avsluttet."
    case .appealOpen: return "en klage er under behandling."
    case .noAppeal: return "det er ingen klage i saken."
    case .notForwarded: return "klagen er ikke sendt Statsforvalteren; kommunen må vurdere den først."
    case .alreadyForwarded: return "klagen er allerede sendt Statsforvalteren."
    case .finalAfterAppeal: return "Statsforvalterens avgjørelse er endelig og kan ikke påklages (forvaltningsloven § 28)."
    }
  }

  private static func decisionProblem(_ p: ServiceDecision.Problem) -> String {
    switch p {
    case .hours(let h): return hoursProblem(h)
    case .hoursNeeded: return "skriv omfanget i timer per uke."
    case .startNeeded: return "skriv når tjenesten starter."
    case .endBeforeStart: return "sluttdatoen er før startdatoen."
    case .evaluationBeforeStart: return "evalueringen er før startdatoen."
    case .justificationNeeded: return "vedtaket må begrunnes (forvaltningsloven § 24)."
    }
  }

  private static func hoursProblem(_ p: WeeklyHours.Problem) -> String {
    switch p {
    case .notANumber: return "timer skrives som tall, for eksempel 7, 7,5 eller 30/mnd."
    case .negative: return "timer kan ikke være negative."
    case .aboveWeek: return "mer enn 168 timer per uke er ikke mulig på én tjeneste."
    }
  }

  private static func stage(_ s: CaseLifecycle.Stage) -> String {
    switch s {
    case .received: return "Mottatt"
    case .assessed: return "Kartlagt"
    case .decided: return "Vedtatt"
    case .letterSent: return "Brev sendt"
    case .serviceStarted: return "I tjeneste"
    case .ended: return "Avsluttet"
    }
  }

  private static func appeal(_ a: CaseLifecycle.Appeal) -> String {
    switch a {
    case .lodged: return "Klage"
    case .forwarded: return "Statsforv."
    case .upheld: return "Klage stadfestet"
    case .changed: return "Klage: endret"
    case .quashed: return "Klage: opphevet"
    case .changedByMunicipality: return "Klage: omgjort"
    }
  }

  private static func decision(_ d: DecisionText) -> String {
    switch d {
    case .inboxTitle: return "Vedtak · søknader om helse- og omsorgstjenester"
    case .inboxSummary(let total):
      return "\(total) \(total == 1 ? "åpen sak" : "åpne saker") · ! haster · §11a: over en måned uten foreløpig svar"
    case .inboxColumns: return "       Mottatt  Dgr. Pasient              Tjeneste        Status       Saksbeh."
    case .inboxEmpty: return "Ingen åpne saker. n registrerer en søknad, i importerer fra innbyggerportalen."
    case .urgentMarker: return "!"
    case .overdueMarker: return "§11a"
    case .serviceShort(let s):
      switch s {
      case .practicalHelp: return "Praktisk bistand"
      case .practicalHelpTraining: return "Prakt. opplæring"
      case .userControlledAssistance: return "BPA"
      case .dayActivity: return "Dagaktivitet"
      case .mealsOnWheels: return "Matombringing"
      case .safetyAlarm: return "Trygghetsalarm"
      case .respiteOutside: return "Avlastning"
      case .respiteInInstitution: return "Avlastn. inst."
      case .careAllowance: return "Omsorgsstønad"
      case .homeHealthCare: return "Hjemmesykepleie"
      case .dayStay: return "Dagopphold"
      case .shortTermAssessment: return "Korttid utredn."
      case .shortTermRehabilitation: return "Korttid rehab"
      case .shortTermOther: return "Korttid annet"
      case .longTermStay: return "Langtidsplass"
      case .nightStay: return "Nattopphold"
      }
    case .serviceListTitle: return "Tjenester etter IPLOS-nummer:"
    case .serviceName(let s): return "\(s.norwegianName) (\(s.code))"
    case .status(let l, let evaluationDue):
      if let a = l.appeal, a.isOpen { return appeal(a) }
      return evaluationDue ? "Evaluering" : stage(l.stage)
    case .promptTitle(let k):
      return k == .register ? "Ny søknad (mottatt i dag)" : "Importer søknader fra innbyggerportalen: JSON-fil"
    case .promptLabel(let k, let n):
      if k == .importFile { return "Fil" }
      return ["Fødselsnummer", "Tjeneste (nr.)", "Søker", "Begrunnelse", "Haster (j/n)"][min(n, 4)]
    case .promptProblem(let p):
      switch p {
      case .identifier: return "Skriv et gyldig fødselsnummer, D-nummer eller H-nummer (11 siffer)."
      case .service: return "Tjenesten er IPLOS-nummeret: 1, 2, 3, 4, 5, 6, 7, 8, 11, 15, 17, 18, 19, 20, 21 eller 22."
      case .applicant: return "Skriv hvem som søker (pasienten selv, pårørende eller hjelper)."
      case .reason: return "Skriv hva søknaden gjelder."
      }
    case .caseTitle(let number): return "Sak \(number)"
    case .application(let received, let days, let applicant, let urgent):
      return "mottatt \(received) (\(days) d) fra \(applicant)" + (urgent ? " · HASTER" : "")
    case .statusLine(let l, let officer, let overdue):
      var text = "Status: \(stage(l.stage))"
      if let a = l.appeal { text += " · \(appeal(a))" }
      text += " · saksbehandler \(officer ?? "ikke tildelt")"
      if overdue { text += " · §11a: send foreløpig svar (f)" }
      return text
    case .assessmentHeading: return "Kartlegging (IPLOS)"
    case .assessmentSummary(let need, let scored, let own):
      let n = need.map { "\($0 / 10),\($0 % 10)" } ?? "–"
      return (own ? "Kartlagt i saken" : "Forrige kartlegging (utgangspunkt)") + ": gjennomsnittlig behov \(n), \(scored) av 17 variabler"
    case .notAssessed: return "Ikke kartlagt. a kartlegger."
    case .variable(let v):
      switch v {
      case .socialParticipation: return "Sosial deltakelse"
      case .dailyDecisions: return "Beslutninger i dagliglivet"
      case .ownHealth: return "Ivareta egen helse"
      case .communication: return "Kommunikasjon"
      case .shopping: return "Skaffe seg varer og tjenester"
      case .housework: return "Alminnelig husarbeid"
      case .cooking: return "Lage mat"
      case .eating: return "Spise"
      case .personalHygiene: return "Personlig hygiene"
      case .dressing: return "Kle av og på seg"
      case .toilet: return "Toalett"
      case .movingIndoors: return "Bevege seg innendørs"
      case .movingOutdoors: return "Bevege seg utendørs"
      case .memory: return "Hukommelse"
      case .behaviour: return "Styre atferd"
      case .vision: return "Syn"
      case .hearing: return "Hørsel"
      }
    case .variableShort(let v):
      switch v {
      case .socialParticipation: return "Sos"
      case .dailyDecisions: return "Bes"
      case .ownHealth: return "Hel"
      case .communication: return "Kom"
      case .shopping: return "Var"
      case .housework: return "Hus"
      case .cooking: return "Mat"
      case .eating: return "Spi"
      case .personalHygiene: return "Hyg"
      case .dressing: return "Kle"
      case .toilet: return "Toa"
      case .movingIndoors: return "Inn"
      case .movingOutdoors: return "Ute"
      case .memory: return "Huk"
      case .behaviour: return "Atf"
      case .vision: return "Syn"
      case .hearing: return "Hør"
      }
    case .score(let s):
      switch s {
      case .noProblems: return "ingen problemer"
      case .withDifficulty: return "klarer med besvær"
      case .mediumNeed: return "middels behov"
      case .largeNeed: return "stort behov"
      case .fullNeed: return "fullt behov"
      case .notRelevant: return "ikke relevant"
      }
    case .decisionHeading: return "Vedtak"
    case .notDecided: return "Ikke fattet. g innvilger, r avslår."
    case .outcome(let o):
      switch o {
      case .granted: return "Innvilget"
      case .partlyGranted: return "Delvis innvilget"
      case .refused: return "Avslått"
      }
    case .hoursPerWeek(let h): return "\(h) t/uke"
    case .period(let from, let to):
      return "fra \(from.map { $0.description } ?? "–")" + (to.map { " til \($0)" } ?? " inntil videre")
    case .evaluation(let e): return "evaluering \(e)"
    case .historyDetail(let d):
      switch d {
      case .need(let n): return "behov \(n)"
      case .decided(let o, let h): return decision(.outcome(o)).lowercased() + (h.map { ", " + decision(.hoursPerWeek($0)) } ?? "")
      case .deadline(let date): return "klagefrist \(date)"
      case .citizenPortal: return "fra innbyggerportalen"
      case .evaluated(let note, let next):
        return [note, next.map { "neste evaluering \($0)" }].compactMap { $0 }.joined(separator: " · ")
      case .written(let text): return text
      }
    case .letterHeading: return "Vedtaksbrev"
    case .noLetter: return "Vedtaksbrev: ikke sendt."
    case .letterSent(let dated, let deadline): return "Vedtaksbrev sendt \(dated) · klagefrist \(deadline)"
    case .diagnoses: return "Diagnoser"
    case .contacts: return "Pårørende"
    case .currentServices: return "Tjenester nå"
    case .noneRecorded: return "ingen registrert"
    case .historyHeading: return "Historikk"
    case .conflictBanner(let origin):
      return "! Endret to steder: \(origin) kom først til serveren. Saken står slik; steget ditt er ikke tatt inn (se historikken). t godtar, eller ta et nytt steg."
    case .notTakenIn: return "ikke tatt inn"
    case .step(let step):
      switch step {
      case "received": return "søknad mottatt"
      case "assess": return "kartlagt"
      case "decide": return "vedtak fattet"
      case "send-letter": return "brev sendt"
      case "start-service": return "tjeneste startet"
      case "end-service": return "tjeneste avsluttet"
      case "evaluate": return "tjeneste evaluert"
      case "appeal": return "klage mottatt"
      case "reconsider-upheld": return "klage opprettholdt, sendt Statsforvalteren"
      case "reconsider-changed": return "vedtaket omgjort etter klage"
      case "appeal-upheld": return "Statsforvalteren stadfestet"
      case "appeal-changed": return "Statsforvalteren endret"
      case "appeal-quashed": return "Statsforvalteren opphevet"
      case "preliminary-answer": return "foreløpig svar sendt"
      default: return step
      }
    case .casePromptTitle(let k):
      switch k {
      case .appeal: return "Klage mottatt i dag: fra hvem og hva klagen gjelder"
      case .reconsider: return "Kommunens vurdering: 1 opprettholdt (sendes Statsforvalteren), 2 endret"
      case .appealOutcome: return "Statsforvalteren: 1 stadfestet, 2 endret, 3 opphevet"
      case .endService: return "Avslutt tjenesten: grunn"
      case .evaluate: return "Tjenesten er evaluert. Neste evaluering (tomt = ingen):"
      }
    case .needsText: return "Skriv noen ord først."
    case .chooseNumber(let n): return "Velg med et tall fra 1 til \(n)."
    case .assessmentTitle(let patient): return "Kartlegging (IPLOS) · \(patient)"
    case .scoreKeys: return "Skår med 1–5, eller 9 for ikke relevant."
    case .unscored: return "Alle 17 variabler må ha en skår (9 = ikke relevant)."
    case .formTitle(let grants, let service): return (grants ? "Innvilg " : "Avslå ") + service.norwegianName.lowercased()
    case .fieldLabel(let f):
      switch f {
      case .hours: return "Timer per uke"
      case .from: return "Fra"
      case .evaluation: return "Evaluering"
      case .to: return "Til"
      case .justification: return "Begrunnelse"
      case .fee: return "Egenandel"
      case .legalBasis: return "Hjemmel"
      case .service: return "Tjeneste (nr.)"
      case .partly: return "Delvis innvilget (j/n)"
      }
    case .fieldHint(let f):
      switch f {
      case .hours: return "7 · 7,5 · 30/mnd (deles på 4)"
      case .from: return "mandag · 1.12 · 01.12.2026"
      case .evaluation: return "+3m = 3 måneder etter start"
      case .to: return "tomt = inntil videre"
      case .justification: return "hvorfor, med faktum og skjønn"
      case .fee: return "tomt = uten egenandel"
      case .legalBasis: return "helse- og omsorgstjenesteloven"
      case .service: return "IPLOS-nummer"
      case .partly: return "n = innvilget som søkt"
      }
    case .fieldProblem(let p):
      switch p {
      case .unknownService: return "Ukjent tjeneste: bruk IPLOS-nummeret (1–8, 11, 15, 17–22)."
      case .badDate: return "Datoen kan ikke leses: skriv 01.12.2026, 1.12, mandag eller +3m."
      case .hours(let h): return "Timer per uke: " + hoursProblem(h)
      case .decision(let d): return decisionProblem(d).prefix(1).uppercased() + decisionProblem(d).dropFirst()
      }
    case .appealRule(let basis):
      return basis == .patientRightsAct
        ? "Klage: pbrl. § 7-5, 4 uker – brev sendt i dag gir frist"
        : "Klage: fvl. § 29, 3 uker – brev sendt i dag gir frist"
    case .letterTitle: return "Vedtaksbrev"
    case .printLabel: return "Skriv til fil"
    case .registered(let n): return n == 1 ? "Søknaden er registrert." : "\(n) søknader er registrert."
    case .importRefused(let p):
      let reason: String
      switch p.reason {
      case .unreadable: reason = "filen kan ikke leses"
      case .tooLarge(let bytes): reason = "filen er \(bytes / 1_048_576) MB; grensen er 10 MB"
      case .notJSON: reason = "filen er ikke gyldig JSON"
      case .noApplications: reason = "filen har ingen søknader (\"applications\")"
      case .missing(let field): reason = "feltet «\(field)» mangler"
      case .invalid(let field): reason = "feltet «\(field)» er ugyldig"
      case .unknownPatient: reason = "personen finnes ikke i lageret"
      }
      return "Ingenting importert: " + (p.entry.map { "søknad \($0): " } ?? "") + reason + "."
    case .changed(let c):
      switch c {
      case .assessed: return "Kartleggingen er lagret."
      case .decided: return "Vedtaket er lagret. b lager brevet."
      case .letterSent: return "Vedtaksbrevet er lagret med saken. p skriver det til fil."
      case .preliminaryAnswer: return "Foreløpig svar er registrert."
      case .conflictAccepted: return "Konflikten er lukket. Saken står slik serveren har den."
      case .step(let s):
        switch s {
        case .startService: return "Tjenesten er registrert som startet."
        case .endService: return "Tjenesten er avsluttet."
        case .evaluate: return "Evalueringen er registrert."
        case .appeal: return "Klagen er registrert. o: kommunens nye vurdering."
        case .reconsider(let upheld): return upheld ? "Klagen er sendt Statsforvalteren." : "Vedtaket omgjøres: fatt nytt vedtak."
        case .appealOutcome: return "Statsforvalterens avgjørelse er registrert."
        default: return "Lagret."
        }
      }
    case .printed(let path): return "Brevet er skrevet til \(path)."
    case .reportFailure(let caseID, let failures):
      let reasons = failures.map { f -> String in
        switch f {
        case .noStartDate: return "mangler fra-dato"
        case .endBeforeStart: return "til-dato er før fra-dato"
        case .startBeforeBirth: return "fra-dato er før fødselen"
        case .unknownServiceCode(let code): return "tjenestekode \(code) finnes ikke"
        case .hoursAboveWeek: return "mer enn 168 timer per uke"
        case .negativeHours: return "negative timer"
        }
      }
      return "Sak \(caseID): " + reasons.joined(separator: "; ")
    case .reportDone(let rows, let failed, let year):
      return "IPLOS \(year): \(rows) rader skrevet" + (failed == 0 ? "; alle besto kontrollen." : "; \(failed) avvist (over).")
    case .chartServices: return "Tjenester (vedtak)"
    case .chartServicesNone: return "Ingen kommunale tjenester med vedtak."
    case .chartService(let s, let today):
      var text = s.service.norwegianName
      if let h = s.hours { text += ", \(h) t/uke" }
      if let from = s.from, from > today { text += " fra \(from)" }
      if let e = s.evaluation { text += ", evaluering \(e)" }
      return text
    }
  }

  private static func fhirReport(_ file: String, _ report: FHIRImportReport) -> String {
    func list(_ counts: [String: Int]) -> String {
      counts.isEmpty ? "ingen" : counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
    guard let p = report.rejected else {
      return "\(file): opprettet \(list(report.created)); oppdatert \(list(report.updated)); hoppet over \(list(report.skipped))."
    }
    let reason: String
    switch p.reason {
    case .unreadable: reason = "filen kan ikke leses"
    case .tooLarge(let bytes): reason = "filen er \(bytes / 1_048_576) MB; grensen er 64 MB (del opp bunten)"
    case .tooDeep: reason = "JSON-en er nøstet dypere enn 64 nivåer"
    case .notJSON: reason = "filen er ikke gyldig JSON"
    case .notFHIR: reason = "filen er ikke en FHIR-ressurs (resourceType mangler)"
    case .unsupportedBundleType(let t): reason = "bunttypen «\(t)» støttes ikke"
    case .duplicateID: reason = "samme id eller fullUrl finnes to ganger"
    case .missing: reason = "mangler"
    case .wrongType: reason = "har feil type"
    case .invalidIdentifier: reason = "er ikke et gyldig nummer"
    case .unknownSystem: reason = "har et ukjent kodesystem eller identifikatorsystem"
    case .unknownCode: reason = "har en ukjent kode"
    case .unresolvedReference: reason = "peker på en ressurs som ikke finnes"
    case .nameOrBirthDateMismatch: reason = "navn eller fødselsdato stemmer ikke med pasienten som har dette nummeret"
    case .outOfBounds: reason = "har en verdi utenfor fysiologiske grenser"
    case .badDate: reason = "har en dato som ikke kan leses"
    case .badDose: reason = "har en dose eller administrasjonsvei som ikke kan leses"
    case .refusedByStore(let which):
      reason = which == "real" ? "er et ekte nummer, og demolageret har bare fiktive personer" : "er et syntetisk nummer, som et ekte lager avviser"
    }
    var place = ""
    if let entry = p.entry { place += "oppføring \(entry)" }
    if let type = p.resourceType { place += (place.isEmpty ? "" : " ") + "(\(type))" }
    if let field = p.field { place += (place.isEmpty ? "" : ", ") + "feltet «\(field)»" }
    return "\(file): ingenting importert – " + (place.isEmpty ? "" : place + " ") + reason + "."
  }

  private static func failure(_ f: Failure) -> String {
    switch f {
    case .storeLocked: return "Lageret er i bruk av et annet program. Prøv igjen om litt."
    case .storeReadOnly:
      return "Lageret er skrivebeskyttet. Journaler kan ikke åpnes når åpningen ikke kan logges."
    case .diskFull:
      return "Disken er full. Ingenting nytt ble lagret, og ingenting lagret er tapt. Frigjør plass."
    case .storeCorrupt(let path): return "Lagerfilen er skadet eller ikke et lager: \(path)"
    case .cannotOpen(let path): return "Kan ikke åpne eller opprette lageret: \(path)"
    case .unsafeSettings(let s): return "Lageret kan ikke brukes trygt (\(s) kunne ikke slås på)."
    case .newerSchema: return "Lageret er laget av en nyere versjon av Workstation. Oppgrader."
    case .wrongStoreKind(let demoExpected):
      return demoExpected
        ? "Filen er et ekte lager, ikke et demolager. Demo bruker aldri ekte pasienter."
        : "Filen er et demolager med fiktive pasienter. Start med --demo for å bruke det."
    case .syntheticNumberInProductionStore:
      return "Syntetiske testnumre (Tenor, SyntPop) kan ikke lagres i et ekte lager."
    case .realNumberInDemoStore:
      return "Et demolager har bare fiktive personer: ekte fødselsnumre og D-numre avvises."
    case .patientNotFound: return "Pasienten finnes ikke (lenger) i lageret."
    case .refusedVitals:
      return "Målingene ble ikke lagret: en verdi er utenfor mulige grenser, eller skala 2 mangler dokumentert mål."
    case .refusedNote:
      return "Notatet ble ikke signert: det er tomt, for langt, mangler ICPC-2-kode eller har en kode som ikke finnes."
    case .bedOccupied: return "Sengen er opptatt. Velg en ledig seng, eller flytt pasienten først."
    case .alreadyAdmitted: return "Pasienten har allerede en seng. Bruk flytting i stedet."
    case .notAdmitted: return "Oppholdet er ikke åpent; pasienten er allerede utskrevet."
    case .dischargeBeforeAdmission: return "Utskrivningen kan ikke dateres før innleggelsen."
    case .notAdmittedTwice: return "Pasienten er ikke innlagt to ganger. Skriv ut i stedet."
    case .refusedTriage: return "Endringen ble ikke lagret: å senke hastegraden krever en begrunnelse."
    case .refusedMedication: return "Legemiddellisten ble ikke lagret: en linje mangler gyldig ATC-kode, eller listen er tom."
    case .refusedDose: return "Dosen ble ikke lagret: mengden må være over null og tidspunktet kan ikke være fram i tid."
    case .noteNotFound: return "Notatet finnes ikke, eller er allerede markert som feilført."
    case .caseNotFound: return "Saken finnes ikke i lageret."
    case .refusedImport: return "Importen ble avvist i sin helhet; ingenting er lagret."
    case .breakGlassExpired: return "Nødtilgangen er utløpt. Ctrl+G ber om ny, om situasjonen krever det."
    case .careRelationEnded: return "Behandlingsrelasjonen er avsluttet. Ctrl+G ber om nødtilgang ved behov."
    case .waitingForPlace: return "Bare på ventelisten: journalen kommer ved innleggelse. Ctrl+G gir nødtilgang."
    case .refusedName: return "Ikke lagret: fornavn og etternavn må fylles ut, høyst 100 tegn hver."
    case .refusedSex: return "Ikke lagret: kjønn er K, M eller tomt for ukjent."
    case .refusedMunicipality: return "Ikke lagret: kommunenummeret er fire sifre, eller tomt for ukjent."
    case .refusedStep(let r): return "Ikke mulig nå: " + refusal(r)
    case .refusedDecision(let p): return "Vedtaket ble ikke lagret: " + decisionProblem(p)
    case .cannotWrite(let path): return "Kan ikke skrive filen \(path). Ingenting annet er endret."
    case .other(let code, let message): return "Feil i lageret (SQLite \(code)): \(message)"
    }
  }
}
