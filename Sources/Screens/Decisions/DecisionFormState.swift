import Clinical

/// The decision's fields in the order a case officer fills them: scope first, then the period,
/// the justification, and the fee, legal basis and service that are filled in from the
/// application and only sometimes changed.
public enum DecisionField: Int, CaseIterable, Sendable {
  case hours, from, evaluation, to, justification, fee, legalBasis, service, partly
}

/// Granting or refusing the service applied for. Dates take "mandag", "1.12", "+3m" (from the
/// start date) and more (`DateInput`); hours take "7", "7,5" or "30/mnd".
public struct DecisionFormState: Equatable, Sendable {
  public let file: CaseFile
  public let grants: Bool
  public var fields = FormFields<DecisionField>(capacity: { $0 == .justification ? 2_000 : ($0 == .legalBasis || $0 == .fee ? 200 : 20) })
  /// The legal basis as this form filled it in for the service: while it stands unedited, it
  /// follows the service (a short-term stay decided on an application for a long-term one must
  /// not cite the right to a long-term place, hol. § 3-2 a).
  private var filledBasis: String

  public init(file: CaseFile, grants: Bool) {
    self.file = file
    self.grants = grants
    let service = file.serviceCase.application.service
    fields.inputs[.service]?.insert(String(service.code))
    fields.inputs[.legalBasis]?.insert(service.legalBasis)
    filledBasis = service.legalBasis
    fields.inputs[.partly]?.insert("n")
    if grants {
      fields.inputs[.evaluation]?.insert("+3m")
      // Helsetjenester i hjemmet are free by law (egenandelsforskriften § 1 and § 8).
      if service == .homeHealthCare { fields.inputs[.fee]?.insert("Helsetjenester i hjemmet er uten egenandel.") }
      if !service.measuredInHours { fields.focus = .from }
    } else {
      fields.focus = .justification
    }
  }

  var service: MunicipalService? { Int(fields.text(.service).trimmingCharacters(in: .whitespaces)).flatMap(MunicipalService.init(code:)) }

  /// After a keystroke: a service now typed whose legal basis differs replaces the basis this
  /// form filled in, unless the case officer has written their own.
  mutating func legalBasisFollowsService() {
    guard let service, service.legalBasis != filledBasis, fields.text(.legalBasis) == filledBasis else { return }
    var basis = TextField(capacity: 200)
    basis.insert(service.legalBasis)
    fields.inputs[.legalBasis] = basis
    filledBasis = service.legalBasis
  }

  /// Why a field cannot be read: the field and a problem the screen names.
  public enum Problem: Equatable, Sendable {
    case unknownService
    case badDate
    case hours(WeeklyHours.Problem)
    case decision(ServiceDecision.Problem)
  }

  /// The decision as typed, or the first field in the way and why.
  func decision(today: CivilDate) -> Result<ServiceDecision, FieldProblem> {
    func trimmed(_ f: DecisionField) -> String { fields.text(f).trimmingCharacters(in: .whitespaces) }
    guard let service else { return .failure(FieldProblem(field: .service, problem: .unknownService)) }
    var hours: WeeklyHours?
    if grants && service.measuredInHours && !trimmed(.hours).isEmpty {
      switch WeeklyHours.parse(trimmed(.hours)) {
      case .success(let h): hours = h
      case .failure(let p): return .failure(FieldProblem(field: .hours, problem: .hours(p)))
      }
    }
    var dates: [DecisionField: CivilDate] = [:]
    if grants {
      for field in [DecisionField.from, .to, .evaluation] where !trimmed(field).isEmpty {
        guard let date = DateInput.parse(trimmed(field), today: today, from: dates[.from]) else {
          return .failure(FieldProblem(field: field, problem: .badDate))
        }
        dates[field] = date
      }
    }
    let partly = ["j", "y", "1"].contains(trimmed(.partly).lowercased())
    let decision = ServiceDecision(
      service: service, outcome: grants ? (partly ? .partlyGranted : .granted) : .refused, hours: hours,
      from: dates[.from], to: dates[.to], evaluation: dates[.evaluation], fee: grants ? trimmed(.fee) : "",
      legalBasis: trimmed(.legalBasis), justification: trimmed(.justification))
    if let problem = decision.problems.first {
      return .failure(FieldProblem(field: Self.field(of: problem), problem: .decision(problem)))
    }
    return .success(decision)
  }

  public struct FieldProblem: Error, Equatable, Sendable {
    public let field: DecisionField
    public let problem: Problem
  }

  private static func field(of problem: ServiceDecision.Problem) -> DecisionField {
    switch problem {
    case .hours, .hoursNeeded: return .hours
    case .startNeeded: return .from
    case .endBeforeStart: return .to
    case .evaluationBeforeStart: return .evaluation
    case .justificationNeeded: return .justification
    }
  }
}
