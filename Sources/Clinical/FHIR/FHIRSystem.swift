/// The identifier and code systems the workstation reads and writes in FHIR, as HL7 Norway's
/// no-basis profiles name them (identifiers) and as the terminologies publish them (codes).
public enum FHIRSystem {
  public static let birthNumber = "urn:oid:2.16.578.1.12.4.1.4.1"
  public static let dNumber = "urn:oid:2.16.578.1.12.4.1.4.2"
  /// H-numbers and FH-numbers (felles hjelpenummer) share one system; the number tells which.
  public static let helpNumber = "urn:oid:2.16.578.1.12.4.1.4.3"
  public static let hpr = "urn:oid:2.16.578.1.12.4.1.4.4"
  public static let organisationNumber = "urn:oid:2.16.578.1.12.4.1.4.101"
  public static let icpc2 = "urn:oid:2.16.578.1.12.4.1.1.7170"
  public static let icd10 = "urn:oid:2.16.578.1.12.4.1.1.7110"
  public static let snomed = "http://snomed.info/sct"
  public static let loinc = "http://loinc.org"
  public static let atc = "http://www.whocc.no/atc"
  /// Kommunenummer (SSB's classification 131).
  public static let municipality = "urn:oid:2.16.578.1.12.4.1.1.3402"
  public static let municipalityExtension = "http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode"
  /// The workstation's own systems, for what no public code system holds.
  public static let noteType = "urn:workstation:note-type"
  public static let caveCategory = "urn:workstation:cave-category"
  public static let caveDetail = "urn:workstation:cave"
  public static let spo2Scale = "urn:workstation:news2-spo2-scale"
  public static let encounterID = "urn:workstation:encounter"

  /// The system for an identifier of this kind (synthetic numbers are written as the kind they
  /// imitate).
  public static func identifier(_ kind: IdentifierKind) -> String {
    switch kind {
    case .dNumber, .tenorDNumber: return dNumber
    case .hNumber, .fhNumber: return helpNumber
    default: return birthNumber
    }
  }
}
