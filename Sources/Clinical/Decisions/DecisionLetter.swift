/// The decision letter in bokmål: the decision, its justification and legal basis, scope and
/// period, fee, and the right to appeal with the deadline date and where the appeal goes
/// (forvaltningsloven § 27 third paragraph: the letter tells the party of the right to appeal,
/// the deadline, the appeal body and how to appeal).
public enum DecisionLetter {
  public struct Parties: Sendable {
    public let patientName: String
    public let identifier: String
    /// The municipality deciding, as the letter names it ("Ålesund kommune").
    public let municipality: String
    public let caseNumber: String
    public let officer: String

    public init(patientName: String, identifier: String, municipality: String, caseNumber: String, officer: String) {
      self.patientName = patientName
      self.identifier = identifier
      self.municipality = municipality
      self.caseNumber = caseNumber
      self.officer = officer
    }
  }

  /// The letter dated `date`; the party is taken to receive it that day (it is handed over or
  /// sent digitally), so the appeal deadline is counted from it.
  public static func text(
    _ decision: ServiceDecision, application: ServiceApplication, parties: Parties, date: CivilDate
  ) -> String {
    let service = decision.service
    let deadline = AppealDeadline.deadline(received: date, basis: service.appealBasis)
    let weeks = service.appealBasis.weeks
    var lines: [String] = [
      parties.municipality,
      "Helse og omsorg – tildeling av tjenester",
      "",
      "Til: \(parties.patientName) (\(parties.identifier))",
      "Dato: \(date)",
      "Saksnummer: \(parties.caseNumber)",
      "",
      "VEDTAK – \(service.norwegianName.uppercased())",
      "",
      "Vi viser til søknad mottatt \(application.received) fra \(application.applicant).",
      "",
      "Vedtak",
    ]
    switch decision.outcome {
    case .granted, .partlyGranted:
      let verb = decision.outcome == .granted ? "innvilget" : "delvis innvilget"
      var scope = "Du får \(verb) \(service.norwegianName.lowercased())"
      if let hours = decision.hours, service.measuredInHours { scope += ", \(hours) timer per uke" }
      if let from = decision.from { scope += ", fra \(from)" }
      scope += decision.to.map { " til \($0)." } ?? " og inntil videre."
      lines.append(scope)
      if let evaluation = decision.evaluation {
        lines.append("Vi evaluerer tjenesten sammen med deg innen \(evaluation).")
      }
    case .refused:
      lines.append("Søknaden om \(service.norwegianName.lowercased()) er avslått.")
    }
    lines += [
      "",
      "Begrunnelse",
      decision.justification,
      "",
      "Lovgrunnlag",
      "Vedtaket er gjort etter helse- og omsorgstjenesteloven, \(decision.legalBasis).",
    ]
    if decision.outcome.grants {
      lines += ["", "Egenandel", decision.fee.isEmpty ? "Tjenesten er uten egenandel." : decision.fee]
    }
    lines += [
      "",
      "Du har rett til å klage",
      // One line a paragraph, as the others: the screen wraps it to its width.
      "Du kan klage på vedtaket etter \(service.appealStatute). Klagefristen er \(weeks) uker fra du mottok dette brevet. "
        + "Siste frist for å klage er \(deadline).",
      "Send klagen til \(parties.municipality), helse og omsorg. Kommunen vurderer saken på nytt. Gir kommunen deg ikke "
        + "medhold, sender den klagen videre til Statsforvalteren, som avgjør saken. Du har rett til å se dokumentene i "
        + "saken (forvaltningsloven § 18) og kan be om hjelp til å skrive klagen.",
      "",
      "Med vennlig hilsen",
      parties.officer,
      "saksbehandler",
    ]
    return lines.joined(separator: "\n")
  }
}
