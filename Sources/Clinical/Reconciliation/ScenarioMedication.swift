/// Kari Nordmann's two lists in every demo store: the nursing home's list from before her
/// admission and the hospital's discharge list. They differ in three ways: amlodipine is left out,
/// furosemide is doubled, and clarithromycin (for pneumonia; she has penicillin anaphylaxis) is new
/// and interacts with her apixaban and atorvastatin.
public enum ScenarioMedication {
  public static let kari = "12834823460"

  private static func line(
    _ atc: String, _ drug: String, _ dose: String, _ frequency: String,
    _ route: Medication.Route = .oral, _ indication: String, _ prescriber: String
  ) -> MedicationLine {
    MedicationLine(
      atc: atc, drug: drug, dose: dose, frequency: frequency, route: route, indication: indication,
      prescriber: prescriber)
  }

  static let gp = "Jørgen Celius"
  static let hospital = "St. Olavs hospital"

  public static let nursingHome = MedicationSource(
    id: 0, kind: .nursingHome, date: CivilDate(year: 2026, month: 10, day: 1)!,
    origin: "Lade sykehjem, korttidsavdeling",
    lines: [
      line("A10BA02", "Metformin", "500 mg", "1 x 2", .oral, "Diabetes type 2", gp),
      line("C09AA05", "Ramipril", "5 mg", "1 x 1", .oral, "Hypertensjon", gp),
      line("C08CA01", "Amlodipin", "5 mg", "1 x 1", .oral, "Hypertensjon", gp),
      line("B01AF02", "Apiksaban", "5 mg", "1 x 2", .oral, "Atrieflimmer", gp),
      line("C07AB02", "Metoprolol", "50 mg", "1 x 1", .oral, "Atrieflimmer", gp),
      line("C10AA05", "Atorvastatin", "20 mg", "1 x 1 kveld", .oral, "Forebygging", gp),
      line("N02BE01", "Paracetamol", "1 g", "1 x 3", .oral, "Smerter", gp),
      line("C03CA01", "Furosemid", "40 mg", "1 x 1 morgen", .oral, "Ødem", gp),
      line("H03AA01", "Levotyroksin", "50 mikrog", "1 x 1 morgen", .oral, "Hypotyreose", gp),
      line("N05CF01", "Zopiklon", "5 mg", "ved behov kveld", .oral, "Søvn", gp),
    ])

  public static let discharge = MedicationSource(
    id: 0, kind: .discharge, date: CivilDate(year: 2026, month: 11, day: 25)!,
    origin: "\(hospital), medisinsk avdeling (epikrise)",
    lines: [
      line("A10BA02", "Metformin", "500 mg", "1 x 2", .oral, "Diabetes type 2", gp),
      line("C09AA05", "Ramipril", "5 mg", "1 x 1", .oral, "Hypertensjon", gp),
      line("B01AF02", "Apiksaban", "5 mg", "1 x 2", .oral, "Atrieflimmer", gp),
      line("C07AB02", "Metoprolol", "50 mg", "1 x 1", .oral, "Atrieflimmer", gp),
      line("C10AA05", "Atorvastatin", "20 mg", "1 x 1 kveld", .oral, "Forebygging", gp),
      line("N02BE01", "Paracetamol", "1 g", "1 x 3", .oral, "Smerter", gp),
      line("C03CA01", "Furosemid", "80 mg", "1 x 1 morgen", .oral, "Hjertesvikt", hospital),
      line("H03AA01", "Levotyroksin", "50 mikrog", "1 x 1 morgen", .oral, "Hypotyreose", gp),
      line("N05CF01", "Zopiklon", "5 mg", "ved behov kveld", .oral, "Søvn", gp),
      line("J01FA09", "Klaritromycin", "500 mg", "1 x 2 i 5 dager", .oral, "Pneumoni", hospital),
    ])
}
