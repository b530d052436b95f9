/// A municipal health or care service that needs an individual decision, by its IPLOS service
/// number as reported to KPR (Kommunalt pasient- og brukerregister).
///
/// Sources: Helsedirektoratet, IPLOS/KPR service list; SSB KOSTRA variable descriptions for the
/// institutional numbers (18–21 and 8 avlastning i institusjon). The legal basis is the section of
/// helse- og omsorgstjenesteloven (hol) a municipality usually cites; the appeal route follows
/// from pasient- og brukerrettighetsloven § 2-1a (services in hol § 3-2 first paragraph no. 6,
/// § 3-6 and § 3-8) — the rest are appealed under forvaltningsloven.
public enum MunicipalService: Int, CaseIterable, Hashable, Sendable {
  case practicalHelp = 1
  case practicalHelpTraining = 2
  case userControlledAssistance = 3
  case dayActivity = 4
  case mealsOnWheels = 5
  case safetyAlarm = 6
  case respiteOutside = 7
  case respiteInInstitution = 8
  case careAllowance = 11
  case homeHealthCare = 15
  case dayStay = 17
  case shortTermAssessment = 18
  case shortTermRehabilitation = 19
  case shortTermOther = 20
  case longTermStay = 21
  case nightStay = 22

  /// The service a number names; nil for a number that is no service.
  public init?(code: Int) { self.init(rawValue: code) }

  public var code: Int { rawValue }

  /// A stay in an institution: the decision gives a place, not hours.
  public var isStay: Bool {
    switch self {
    case .respiteInInstitution, .dayStay, .shortTermAssessment, .shortTermRehabilitation, .shortTermOther,
      .longTermStay, .nightStay:
      return true
    default:
      return false
    }
  }

  /// Given in the patient's home by the municipality's home-care service: home nursing,
  /// practical help and its training, and the safety alarm it answers.
  public var isDeliveredAtHome: Bool {
    switch self {
    case .homeHealthCare, .practicalHelp, .practicalHelpTraining, .safetyAlarm: return true
    default: return false
    }
  }

  /// Granted in hours per week (IPLOS "vedtakstimer"); stays, meals and alarms are not.
  public var measuredInHours: Bool { !isStay && self != .mealsOnWheels && self != .safetyAlarm }

  /// The section of helse- og omsorgstjenesteloven usually cited.
  public var legalBasis: String {
    switch self {
    case .homeHealthCare: return "hol. § 3-2 første ledd nr. 6 bokstav a"
    case .practicalHelp, .practicalHelpTraining, .dayActivity: return "hol. § 3-2 første ledd nr. 6 bokstav b"
    case .userControlledAssistance: return "hol. § 3-8 og pbrl. § 2-1 d"
    case .respiteOutside, .respiteInInstitution: return "hol. § 3-2 første ledd nr. 6 bokstav d og § 3-6"
    case .careAllowance: return "hol. § 3-6 første ledd nr. 3"
    case .longTermStay: return "hol. § 3-2 første ledd nr. 6 bokstav c og § 3-2 a, pbrl. § 2-1 e"
    case .dayStay, .shortTermAssessment, .shortTermRehabilitation, .shortTermOther, .nightStay:
      return "hol. § 3-2 første ledd nr. 6 bokstav c"
    case .mealsOnWheels, .safetyAlarm: return "hol. § 3-1 (kommunens alminnelige ansvar)"
    }
  }

  /// Which rule gives the appeal deadline: services the patient has a right to under pbrl § 2-1a
  /// are appealed under pbrl chapter 7; meals on wheels and safety alarms are no such right.
  public var appealBasis: AppealDeadline.LegalBasis {
    self == .mealsOnWheels || self == .safetyAlarm ? .publicAdministrationAct : .patientRightsAct
  }

  /// The statute the appeal rests on, as the letter names it.
  public var appealStatute: String {
    appealBasis == .patientRightsAct ? "pasient- og brukerrettighetsloven § 7-2 og § 7-5" : "forvaltningsloven §§ 28 og 29"
  }

  /// The stay a granted place is queued for in the census.
  public var stayType: StayType? {
    switch self {
    case .longTermStay: return .longTerm
    case .shortTermRehabilitation: return .rehabilitation
    case .respiteInInstitution: return .respite
    case .shortTermAssessment, .shortTermOther: return .shortTerm
    default: return nil
    }
  }
}

extension MunicipalService {
  /// The service's name in bokmål, as decision letters and the IPLOS report write it.
  public var norwegianName: String {
    switch self {
    case .practicalHelp: return "Praktisk bistand – daglige gjøremål"
    case .practicalHelpTraining: return "Praktisk bistand – opplæring"
    case .userControlledAssistance: return "Brukerstyrt personlig assistanse (BPA)"
    case .dayActivity: return "Dagaktivitetstilbud"
    case .mealsOnWheels: return "Matombringing"
    case .safetyAlarm: return "Trygghetsalarm"
    case .respiteOutside: return "Avlastning utenfor institusjon"
    case .respiteInInstitution: return "Avlastning i institusjon"
    case .careAllowance: return "Omsorgsstønad"
    case .homeHealthCare: return "Helsetjenester i hjemmet"
    case .dayStay: return "Dagopphold i institusjon"
    case .shortTermAssessment: return "Tidsbegrenset opphold – utredning/behandling"
    case .shortTermRehabilitation: return "Tidsbegrenset opphold – habilitering/rehabilitering"
    case .shortTermOther: return "Tidsbegrenset opphold – annet"
    case .longTermStay: return "Langtidsopphold i institusjon"
    case .nightStay: return "Nattopphold i institusjon"
    }
  }
}
