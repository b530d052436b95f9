import Clinical
import Foundation

extension DemoStoreBuilder {
  /// The case officers' inbox: Per Hansen's urgent application for more home nursing (he has
  /// had 3 hours a week since last year), and a dozen cases of other elderly patients at every
  /// stage — one over a month old without a preliminary answer, two long-term places granted and
  /// waiting for a bed, an appeal with the municipality and one with Statsforvalteren. Built
  /// through the same `DecisionLog` steps a case officer takes.
  static func seedDecisions(_ db: SQLiteDatabase, population: SyntheticPopulation, at now: Date) throws(StoreError) {
    guard population.size >= 80 else { return }
    let today = Today.civilDate(now)
    let log = DecisionLog(db: db)
    let officer = Clinician(userID: "demo-officer", name: "Siri Saksbehandler", role: "saksbehandler", organisation: "Tildelingskontoret")
    func day(_ offset: Int) -> Date { now.addingTimeInterval(Double(offset) * 86_400) }
    func scores(_ digits: String) -> IPLOSAssessment {
      var scores: [IPLOSVariable: IPLOSScore] = [:]
      for (variable, digit) in zip(IPLOSVariable.allCases, digits) { scores[variable] = IPLOSScore(digit: String(digit)) }
      return IPLOSAssessment(scores: scores)
    }

    // Per Hansen: home nursing 3 hours a week since a year ago, and today's application.
    let per = try log.patientID(identifier: "01813911570")
    let earlier = try log.register(
      ServiceApplication(
        service: .homeHealthCare, applicant: "Per Hansen", reason: "Hjelp med medisiner og sårstell etter fall.",
        received: today.adding(days: -400), urgent: false), for: per, officer: officer.name, by: officer, at: day(-400))
    try log.assess(earlier, scores("21221111221111112"), by: officer, at: day(-395))
    try log.decide(
      earlier,
      ServiceDecision(
        service: .homeHealthCare, outcome: .granted, hours: WeeklyHours(minutes: 180), from: today.adding(days: -385),
        to: nil, evaluation: today.adding(days: -295), fee: "", legalBasis: MunicipalService.homeHealthCare.legalBasis,
        justification: "Trenger hjelp med legemidler og sårstell; klarer øvrig stell selv."),
      by: officer, at: day(-392))
    try log.sendLetter(earlier, dated: today.adding(days: -392), by: officer, at: day(-392))
    try log.step(earlier, .startService, detail: nil, by: officer, at: day(-385))
    try log.register(
      ServiceApplication(
        service: .homeHealthCare, applicant: "Anne Hansen (ektefelle)",
        reason: "Per klarer seg dårligere etter at Anne ble innlagt på sykehus. Trenger hjelp morgen og kveld med "
          + "medisiner, personlig hygiene og påkledning, og tilsyn på grunn av hukommelsen.",
        received: today.adding(days: -6), urgent: true), for: per, by: officer, at: day(-6))

    // Other elderly patients, past the census residents, at every stage of a case.
    let elderly = try db.statement(
      "SELECT id FROM patient WHERE birth_date < 19500101 AND id > 11 ORDER BY id DESC LIMIT 12"
    ).rows { $0.int(0) }
    guard elderly.count == 12 else { return }
    func application(_ service: MunicipalService, _ reason: String, daysAgo: Int) -> ServiceApplication {
      ServiceApplication(service: service, applicant: "Søker selv", reason: reason, received: today.adding(days: -daysAgo), urgent: false)
    }
    func granted(_ service: MunicipalService, hours: Int?, fromDaysAgo: Int) -> ServiceDecision {
      ServiceDecision(
        service: service, outcome: .granted, hours: hours.map { WeeklyHours(minutes: $0 * 60) },
        from: today.adding(days: -fromDaysAgo), to: nil, evaluation: today.adding(days: -fromDaysAgo).adding(months: 6),
        fee: service == .homeHealthCare ? "" : "Etter forskrift om egenandel for kommunale helse- og omsorgstjenester.",
        legalBasis: service.legalBasis, justification: "Kartleggingen viser behov for tjenesten.")
    }
    // Received more than a month ago and still unanswered: flagged under § 11 a.
    try log.register(application(.practicalHelp, "Trenger hjelp til rengjøring og innkjøp.", daysAgo: 38), for: elderly[0], by: officer, at: day(-38))
    try log.register(application(.mealsOnWheels, "Lager ikke mat selv lenger.", daysAgo: 9), for: elderly[1], by: officer, at: day(-9))
    let assessed = try log.register(application(.longTermStay, "Klarer seg ikke hjemme med hjemmetjenester døgnet rundt.", daysAgo: 20), for: elderly[2], officer: officer.name, by: officer, at: day(-20))
    try log.assess(assessed, scores("44454555444445422"), by: officer, at: day(-14))
    let decided = try log.register(application(.dayActivity, "Ønsker dagtilbud to dager i uken.", daysAgo: 25), for: elderly[3], officer: officer.name, by: officer, at: day(-25))
    try log.assess(decided, scores("32321232221222322"), by: officer, at: day(-18))
    try log.decide(decided, granted(.dayActivity, hours: 12, fromDaysAgo: -7), by: officer, at: day(-2))
    // Two long-term places granted: on the bed waiting list, the greater need first.
    for (index, digits) in [(4, "55555555555555533"), (5, "44444444444444422")] {
      let id = try log.register(application(.longTermStay, "Trenger heldøgns omsorg.", daysAgo: 60 + index), for: elderly[index], officer: officer.name, by: officer, at: day(-60 - index))
      try log.assess(id, scores(digits), by: officer, at: day(-50))
      try log.decide(id, granted(.longTermStay, hours: nil, fromDaysAgo: -3), by: officer, at: day(-40))
      try log.sendLetter(id, dated: today.adding(days: -40), by: officer, at: day(-40))
    }
    // An appeal waiting for the municipality's reconsideration, and one with Statsforvalteren.
    let appealed = try log.register(application(.userControlledAssistance, "Ønsker BPA 30 timer i uken.", daysAgo: 70), for: elderly[6], officer: officer.name, by: officer, at: day(-70))
    try log.assess(appealed, scores("22322333221222211"), by: officer, at: day(-65))
    try log.decide(appealed, granted(.userControlledAssistance, hours: 15, fromDaysAgo: 45), by: officer, at: day(-50))
    try log.sendLetter(appealed, dated: today.adding(days: -50), by: officer, at: day(-50))
    try log.step(appealed, .appeal, detail: "Søker mener 15 timer er for lite.", by: officer, at: day(-30))
    let forwarded = try log.register(application(.respiteOutside, "Pårørende trenger avlastning.", daysAgo: 120), for: elderly[7], officer: officer.name, by: officer, at: day(-120))
    try log.assess(forwarded, scores("33333233332332211"), by: officer, at: day(-110))
    try log.decide(
      forwarded,
      ServiceDecision(
        service: .respiteOutside, outcome: .refused, hours: nil, from: nil, to: nil, evaluation: nil, fee: "",
        legalBasis: MunicipalService.respiteOutside.legalBasis, justification: "Behovet dekkes av dagaktivitetstilbudet."),
      by: officer, at: day(-100))
    try log.sendLetter(forwarded, dated: today.adding(days: -100), by: officer, at: day(-100))
    try log.step(forwarded, .appeal, detail: "Pårørende klager på avslaget.", by: officer, at: day(-85))
    try log.step(forwarded, .reconsider(upheld: true), detail: nil, by: officer, at: day(-70))
    // A safety alarm in use, and three fresh applications.
    let alarm = try log.register(application(.safetyAlarm, "Har falt hjemme to ganger.", daysAgo: 30), for: elderly[8], officer: officer.name, by: officer, at: day(-30))
    try log.assess(alarm, scores("11111211111211111"), by: officer, at: day(-28))
    try log.decide(alarm, granted(.safetyAlarm, hours: nil, fromDaysAgo: 20), by: officer, at: day(-25))
    try log.sendLetter(alarm, dated: today.adding(days: -25), by: officer, at: day(-25))
    try log.step(alarm, .startService, detail: nil, by: officer, at: day(-20))
    try log.register(application(.shortTermRehabilitation, "Opptrening etter hofteoperasjon.", daysAgo: 3), for: elderly[9], by: officer, at: day(-3))
    try log.register(application(.practicalHelpTraining, "Trenger opplæring i matlaging etter slag.", daysAgo: 12), for: elderly[10], by: officer, at: day(-12))
    try log.register(application(.respiteInInstitution, "Ektefelle trenger avlastning en uke i måneden.", daysAgo: 16), for: elderly[11], by: officer, at: day(-16))
  }
}
