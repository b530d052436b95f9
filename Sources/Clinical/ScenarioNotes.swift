import Foundation

/// The signed notes the scenario patients bring to every demo store: a few years of their GP's
/// consultations, so the chart summary shows real problems and notes and the stories start from
/// a history. Written by each patient's own (fictional) GP.
public enum ScenarioNotes {
  public struct Entry: Sendable {
    public let identifier: String
    public let signedAt: Date
    public let type: NoteType
    public let body: String
    public let codes: [String]
  }

  public static let entries: [Entry] = [
    entry("12834823460", (2023, 2, 14), .gpConsultation, ["K86", "T90"], """
      Årskontroll diabetes og hypertensjon. BT 148/86, HbA1c 54. Føler seg bra.
      Fortsetter metformin og ramipril. Ny kontroll om 3 måneder.
      """),
    entry("12834823460", (2024, 9, 3), .gpConsultation, ["K78"], """
      Hjertebank i en uke. EKG: atrieflimmer, frekvens 96. CHA2DS2-VASc 5.
      Starter apixaban 5 mg x 2 og metoprolol. Penicillinallergi notert.
      """),
    entry("12834823460", (2026, 10, 21), .telephone, [], """
      Datter ringer: mor er mer sliten og har hovne ankler. Time i morgen.
      """),
    entry("07917513311", (2025, 6, 12), .gpConsultation, ["L03"], """
      Korsryggsmerter etter flytting, ingen utstråling, ingen røde flagg.
      Råd om aktivitet, paracetamol ved behov. Kontroll ved forverring.
      """),
    entry("01813911570", (2021, 9, 2), .gpConsultation, ["K78"], """
      Atrieflimmer påvist ved kontroll. Starter warfarin etter samtale med pasient og kone.
      INR-kontroller avtales med legekontoret.
      """),
    entry("01813911570", (2026, 8, 19), .gpConsultation, ["P70"], """
      Kona forteller om økende glemsomhet siste år. MMSE 21/30. Henvist hukommelsesutredning.
      Søknad om hjemmetjenester drøftet med pasient og kone.
      """),
    entry("15864131201", (2026, 10, 2), .gpConsultation, ["L75"], """
      Kontroll etter operert lårhalsbrudd høyre side. Går med rullator.
      Søkt korttidsopphold med rehabilitering i kommunen.
      """),
  ]

  private static func entry(
    _ identifier: String, _ date: (Int, Int, Int), _ type: NoteType, _ codes: [String], _ body: String
  ) -> Entry {
    var components = DateComponents()
    (components.year, components.month, components.day, components.hour) = (date.0, date.1, date.2, 10)
    guard let at = Today.calendar.date(from: components) else {
      preconditionFailure("scenario note date \(date) does not exist")
    }
    return Entry(identifier: identifier, signedAt: at, type: type, body: body, codes: codes)
  }
}
