import Clinical
import XCTest

/// The case lifecycle, cell by cell: every step from every state a case can be in, allowed
/// (with the state it leads to) or refused (with the reason the officer is given).
final class CaseLifecycleTests: XCTestCase {
  typealias L = CaseLifecycle
  enum Expected: Equatable {
    case to(L)
    case refused(L.Refusal)
  }

  let steps: [L.Step] = [
    .assess, .decide(granted: true), .decide(granted: false), .sendLetter, .startService, .endService, .evaluate, .appeal,
    .reconsider(upheld: true), .reconsider(upheld: false), .appealOutcome(.upheld), .appealOutcome(.changed),
    .appealOutcome(.quashed),
  ]

  /// One row per state; the columns follow `steps`.
  func table() -> [(String, L, [Expected])] {
    let received = L(stage: .received)
    let assessed = L(stage: .assessed)
    let decided = L(stage: .decided, granted: true)
    let decidedRefused = L(stage: .decided, granted: false)
    let sent = L(stage: .letterSent, granted: true)
    let sentRefused = L(stage: .letterSent, granted: false)
    let started = L(stage: .serviceStarted, granted: true)
    let ended = L(stage: .ended, granted: true)
    let lodged = L(stage: .letterSent, appeal: .lodged, granted: false)
    let forwarded = L(stage: .letterSent, appeal: .forwarded, granted: false)
    let startedLodged = L(stage: .serviceStarted, appeal: .lodged, granted: true)
    let closed = L(stage: .letterSent, appeal: .upheld, granted: false)
    return [
      ("received", received, [
        .to(assessed), .refused(.assessFirst), .refused(.assessFirst), .refused(.noDecision),
        .refused(.letterNotSent), .refused(.serviceNotStarted), .refused(.serviceNotStarted),
        .refused(.letterNotSent), .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal), .refused(.noAppeal),
      ]),
      ("assessed", assessed, [
        .to(assessed), .to(decided), .to(decidedRefused), .refused(.noDecision), .refused(.letterNotSent),
        .refused(.serviceNotStarted), .refused(.serviceNotStarted), .refused(.letterNotSent),
        .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal),
      ]),
      ("decided", decided, [
        .refused(.alreadyDecided), .refused(.alreadyDecided), .refused(.alreadyDecided), .to(sent),
        .refused(.letterNotSent), .refused(.serviceNotStarted), .refused(.serviceNotStarted),
        .refused(.letterNotSent), .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal), .refused(.noAppeal),
      ]),
      ("decided, refused", decidedRefused, [
        .refused(.alreadyDecided), .refused(.alreadyDecided), .refused(.alreadyDecided), .to(sentRefused),
        .refused(.letterNotSent), .refused(.serviceNotStarted), .refused(.serviceNotStarted),
        .refused(.letterNotSent), .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal), .refused(.noAppeal),
      ]),
      ("letter sent", sent, [
        .refused(.alreadyDecided), .refused(.alreadyDecided), .refused(.alreadyDecided),
        .refused(.letterAlreadySent), .to(started), .to(ended),
        .refused(.serviceNotStarted), .to(L(stage: .letterSent, appeal: .lodged, granted: true)),
        .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal),
      ]),
      ("letter sent, refused", sentRefused, [
        .refused(.alreadyDecided), .refused(.alreadyDecided), .refused(.alreadyDecided),
        .refused(.letterAlreadySent), .refused(.refusedHasNoService), .refused(.serviceNotStarted),
        .refused(.serviceNotStarted), .to(lodged), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
      ]),
      ("service started", started, [
        .refused(.alreadyDecided), .refused(.alreadyDecided), .refused(.alreadyDecided),
        .refused(.letterAlreadySent), .refused(.serviceAlreadyStarted), .to(ended), .to(started),
        .to(startedLodged), .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal), .refused(.noAppeal),
      ]),
      ("ended", ended, Array(repeating: .refused(.ended), count: 13)),
      ("appeal lodged", lodged, [
        .refused(.appealOpen), .refused(.appealOpen), .refused(.appealOpen), .refused(.letterAlreadySent),
        .refused(.refusedHasNoService), .refused(.serviceNotStarted), .refused(.serviceNotStarted),
        .refused(.appealOpen), .to(forwarded),
        .to(L(stage: .assessed, appeal: .changedByMunicipality, granted: false)), .refused(.notForwarded),
        .refused(.notForwarded), .refused(.notForwarded),
      ]),
      ("appeal forwarded", forwarded, [
        .refused(.appealOpen), .refused(.appealOpen), .refused(.appealOpen), .refused(.letterAlreadySent),
        .refused(.refusedHasNoService), .refused(.serviceNotStarted), .refused(.serviceNotStarted),
        .refused(.appealOpen), .refused(.alreadyForwarded), .refused(.alreadyForwarded), .to(closed),
        .to(L(stage: .assessed, appeal: .changed, granted: false)),
        .to(L(stage: .assessed, appeal: .quashed, granted: false)),
      ]),
      ("running service appealed", startedLodged, [
        .refused(.appealOpen), .refused(.appealOpen), .refused(.appealOpen), .refused(.letterAlreadySent),
        .refused(.serviceAlreadyStarted), .to(L(stage: .ended, appeal: .lodged, granted: true)),
        .to(startedLodged), .refused(.appealOpen),
        .to(L(stage: .serviceStarted, appeal: .forwarded, granted: true)),
        .to(L(stage: .assessed, appeal: .changedByMunicipality, granted: true)), .refused(.notForwarded),
        .refused(.notForwarded), .refused(.notForwarded),
      ]),
      ("appeal closed, upheld", closed, [
        .refused(.alreadyDecided), .refused(.alreadyDecided), .refused(.alreadyDecided),
        .refused(.letterAlreadySent), .refused(.refusedHasNoService), .refused(.serviceNotStarted),
        .refused(.serviceNotStarted), .refused(.finalAfterAppeal), .refused(.noAppeal), .refused(.noAppeal),
        .refused(.noAppeal), .refused(.noAppeal), .refused(.noAppeal),
      ]),
    ]
  }

  func test_every_step_from_every_state() {
    for (name, state, row) in table() {
      XCTAssertEqual(row.count, steps.count, name)
      for (step, expected) in zip(steps, row) {
        let actual: Expected
        switch state.applying(step) {
        case .success(let next): actual = .to(next)
        case .failure(let refusal): actual = .refused(refusal)
        }
        XCTAssertEqual(actual, expected, "\(name) → \(step)")
      }
    }
  }

  func test_the_whole_way_of_a_granted_service_and_an_appeal_that_changes_it() throws {
    var l = L()
    for step: L.Step in [.assess, .decide(granted: true), .sendLetter, .appeal, .reconsider(upheld: true), .appealOutcome(.changed)] {
      l = try l.applying(step).get()
    }
    XCTAssertEqual(l, L(stage: .assessed, appeal: .changed, granted: true), "decided again after Statsforvalteren changed it")
    for step: L.Step in [.decide(granted: true), .sendLetter, .startService, .endService] { l = try l.applying(step).get() }
    XCTAssertEqual(l.stage, .ended)
  }
}
