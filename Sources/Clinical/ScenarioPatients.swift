/// The fictional patients every demo store holds; later issues tell their stories.
/// All numbers are Tenor synthetic (month + 80) or an H-number, never a real person's.
public enum ScenarioPatients {
  static let registeredBy = "Demo Demosen, lege"

  public static func records(gpIndexIn gpIndex: (String) -> Int?) -> [PatientRecord] {
    [
      patient(
        "Kari", nil, "Nordmann", (1948, 3, 12), .female, "12834823460", "5001", gpIndex,
        cave: [
          CaveEntry(
            category: .drugReaction, agent: "Penicillin (ATC J01C)",
            reaction: "Anafylaksi", severity: .lifeThreatening, certainty: .confirmed,
            registeredBy: registeredBy, registeredOn: date(2019, 5, 14)),
        ],
        contacts: [
          PatientContact(name: "Liv Nordmann", relation: .child, phone: "01 23 45 61", isNextOfKin: true)
        ]),
      patient(
        "Ola", nil, "Nordmann", (1975, 11, 7), .male, "07917513311", "1506", gpIndex,
        cave: [],
        contacts: [
          PatientContact(name: "Kari Nordmann", relation: .parent, phone: "01 23 45 62", isNextOfKin: true)
        ]),
      patient(
        "Åse", "Ærlig", "Ødegård", (1996, 2, 29), .female, "29829640463", "5001", gpIndex,
        cave: [], contacts: []),
      patient(
        "Per", nil, "Hansen", (1939, 1, 1), .male, "01813911570", "1508", gpIndex,
        cave: [
          CaveEntry(
            category: .criticalCondition, agent: "Antikoagulasjon med warfarin",
            reaction: "Blødningsfare", severity: .severe, certainty: .confirmed,
            registeredBy: registeredBy, registeredOn: date(2021, 9, 2)),
        ],
        contacts: [
          PatientContact(name: "Anne Hansen", relation: .spouse, phone: "01 23 45 63", isNextOfKin: true),
          PatientContact(name: "Trond Hansen", relation: .child, phone: "01 23 45 64", isNextOfKin: false),
        ]),
      patient(
        "Ingrid", nil, "Berg", (1941, 6, 15), .female, "15864131201", "5001", gpIndex,
        cave: [],
        contacts: [
          PatientContact(name: "Knut Berg", relation: .child, phone: "01 23 45 65", isNextOfKin: true)
        ]),
      patient(
        "Jonas", nil, "Lie", (2002, 9, 3), .male, "03890251357", "5035", gpIndex,
        cave: [
          CaveEntry(
            category: .otherAllergy, agent: "Bjørkepollen", reaction: "Astma, rhinitt",
            severity: .moderate, certainty: .confirmed,
            registeredBy: registeredBy, registeredOn: date(2015, 4, 20)),
        ],
        contacts: []),
      // Unidentified walk-in at the legevakt under an H-number; the birth date is a guess.
      patient(
        "Ukjent", nil, "Legevaktpasient", (1980, 1, 1), .unknown, "01418010181", "5001",
        { _ in nil }, cave: [], contacts: [], kind: .hNumber),
    ]
  }

  private static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate {
    guard let date = CivilDate(year: y, month: m, day: d) else {
      preconditionFailure("scenario date \(y)-\(m)-\(d) does not exist")
    }
    return date
  }

  private static func patient(
    _ given: String, _ middle: String?, _ family: String, _ born: (Int, Int, Int), _ sex: Sex,
    _ number: String, _ municipality: String, _ gpIndex: (String) -> Int?,
    cave: [CaveEntry], contacts: [PatientContact], kind: IdentifierKind = .tenorBirthNumber
  ) -> PatientRecord {
    PatientRecord(
      name: PersonName(given: given, middle: middle, family: family),
      birthDate: date(born.0, born.1, born.2), sex: sex, identifier: number,
      identifierKind: kind, municipalityCode: municipality, gpIndex: gpIndex(municipality),
      cave: cave, contacts: contacts)
  }
}
