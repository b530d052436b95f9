import Clinical
import Foundation

/// One step of a service case as it travels between stores: what was done, with what it takes
/// to take the step again in another store. The letter travels as it was written, since its case
/// number and officer are those of the store that wrote it. Dates travel as ordinals (yyyymmdd).
enum CaseStepPayload: Equatable {
  case received(ServiceApplication, officer: String?, origin: String?)
  case assess(IPLOSAssessment)
  case decide(ServiceDecision)
  case sendLetter(CaseFile.Letter)
  /// A lifecycle step with nothing more than its word: start, end, appeal, reconsideration,
  /// Statsforvalteren's outcome.
  case step(CaseLifecycle.Step, detail: String?)
  case evaluate(next: CivilDate?, note: String?)
  case preliminaryAnswer(CivilDate)

  /// The step's name in the case history.
  var name: String {
    switch self {
    case .received: return "received"
    case .assess: return "assess"
    case .decide: return "decide"
    case .sendLetter: return "send-letter"
    case .step(let step, _): return DecisionLog.name(step)
    case .evaluate: return "evaluate"
    case .preliminaryAnswer: return "preliminary-answer"
    }
  }

  func encode() -> [String: Any] {
    var out: [String: Any] = ["step": name]
    switch self {
    case .received(let application, let officer, let origin):
      out["service"] = application.service.code
      out["applicant"] = application.applicant
      out["reason"] = application.reason
      out["received"] = application.received.ordinal
      out["urgent"] = application.urgent
      out["officer"] = officer ?? NSNull()
      out["origin"] = origin ?? NSNull()
    case .assess(let assessment):
      out["scores"] = Dictionary(uniqueKeysWithValues: assessment.scores.map { (String($0.key.rawValue), $0.value.rawValue) })
    case .decide(let d):
      out["service"] = d.service.code
      out["outcome"] = d.outcome.rawValue
      out["minutesPerWeek"] = d.hours?.minutes ?? NSNull()
      out["from"] = d.from?.ordinal ?? NSNull()
      out["to"] = d.to?.ordinal ?? NSNull()
      out["evaluation"] = d.evaluation?.ordinal ?? NSNull()
      out["fee"] = d.fee
      out["legalBasis"] = d.legalBasis
      out["justification"] = d.justification
    case .sendLetter(let letter):
      out["body"] = letter.body
      out["dated"] = letter.dated.ordinal
      out["appealDeadline"] = letter.appealDeadline.ordinal
    case .step(_, let detail):
      out["detail"] = detail ?? NSNull()
    case .evaluate(let next, let note):
      out["next"] = next?.ordinal ?? NSNull()
      out["note"] = note ?? NSNull()
    case .preliminaryAnswer(let date):
      out["date"] = date.ordinal
    }
    return out
  }

  /// The step a payload carries; nil when it is not one this version can take.
  static func decode(_ o: [String: Any]) -> CaseStepPayload? {
    func date(_ key: String) -> CivilDate? { (o[key] as? Int).flatMap { CivilDate(ordinal: $0) } }
    func text(_ key: String) -> String? { o[key] as? String }
    switch o["step"] as? String {
    case "received":
      guard let service = (o["service"] as? Int).flatMap(MunicipalService.init(code:)), let applicant = text("applicant"),
        let reason = text("reason"), let received = date("received")
      else { return nil }
      let application = ServiceApplication(
        service: service, applicant: applicant, reason: reason, received: received, urgent: o["urgent"] as? Bool ?? false)
      return .received(application, officer: text("officer"), origin: text("origin"))
    case "assess":
      guard let scores = o["scores"] as? [String: Int] else { return nil }
      var assessment = IPLOSAssessment()
      for (key, value) in scores {
        guard let variable = Int(key).flatMap(IPLOSVariable.init(rawValue:)), let score = IPLOSScore(rawValue: value) else { return nil }
        assessment.scores[variable] = score
      }
      return .assess(assessment)
    case "decide":
      guard let service = (o["service"] as? Int).flatMap(MunicipalService.init(code:)),
        let outcome = text("outcome").flatMap(ServiceDecision.Outcome.init(rawValue:)), let fee = text("fee"),
        let basis = text("legalBasis"), let justification = text("justification")
      else { return nil }
      return .decide(
        ServiceDecision(
          service: service, outcome: outcome, hours: (o["minutesPerWeek"] as? Int).map { WeeklyHours(minutes: $0) },
          from: date("from"), to: date("to"), evaluation: date("evaluation"), fee: fee, legalBasis: basis,
          justification: justification))
    case "send-letter":
      guard let body = text("body"), let dated = date("dated"), let deadline = date("appealDeadline") else { return nil }
      return .sendLetter(CaseFile.Letter(body: body, dated: dated, appealDeadline: deadline))
    case "evaluate":
      return .evaluate(next: date("next"), note: text("note"))
    case "preliminary-answer":
      return date("date").map { .preliminaryAnswer($0) }
    case let name?:
      return lifecycleStep(name).map { .step($0, detail: text("detail")) }
    case nil:
      return nil
    }
  }

  /// The lifecycle step a history name stands for.
  private static func lifecycleStep(_ name: String) -> CaseLifecycle.Step? {
    switch name {
    case "start-service": return .startService
    case "end-service": return .endService
    case "appeal": return .appeal
    case "reconsider-upheld": return .reconsider(upheld: true)
    case "reconsider-changed": return .reconsider(upheld: false)
    default:
      guard name.hasPrefix("appeal-") else { return nil }
      return CaseLifecycle.AppealOutcome(rawValue: String(name.dropFirst("appeal-".count))).map { .appealOutcome($0) }
    }
  }
}
