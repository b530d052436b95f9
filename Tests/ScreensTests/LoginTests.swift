import Clinical
import Screens
import Store
import XCTest

/// The login gate and the lock, driven by keys: nothing of any patient is drawn while either is
/// up; a password is checked against the stored hash; idle minutes lock the screen.
final class LoginTests: XCTestCase {
  let nurse = Clinician(userID: "hpr:9000001", name: "Nina Natt", role: "nurse", organisation: "Trondheim legevakt")

  func test_login_offline_against_the_stored_hash_then_lock_and_unlock() throws {
    let h = try Harness(cachedLogin: ("9000001", "hemmelig", nurse))
    XCTAssertTrue(h.text.contains("Logg inn med HPR-nummer og passord"), h.text)
    XCTAssertTrue(h.text.contains("Enter Logg inn"), "the footer says what Enter does here: \(h.text)")
    XCTAssertFalse(h.text.contains("Nordmann"), "no patient before login")
    // Only the login fields answer: F2 and Ctrl+T do nothing.
    h.press("f2")
    h.press("ctrl+t")
    XCTAssertNotNil(h.state.login)
    h.type("9000001")
    h.perform(.formNextField)
    h.type("feil")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Feil HPR-nummer eller passord."), h.text)
    XCTAssertFalse(h.text.contains("feil"), "the password is never drawn")
    h.type("hemmelig")
    XCTAssertTrue(h.text.contains("••••••••"), h.text)
    h.perform(.formSubmit)
    XCTAssertNil(h.state.login, h.text)
    XCTAssertEqual(h.state.session.clinician.name, "Nina Natt")
    // Open a chart, then lock: the chart is hidden behind the password.
    h.type("N23460")
    h.perform(.lookupOpenChart)
    XCTAssertTrue(h.text.contains("NORDMANN"), h.text)
    h.perform(.appLock)
    XCTAssertTrue(h.text.contains("Låst · Nina Natt"), h.text)
    XCTAssertTrue(h.text.contains("Enter Lås opp"), h.text)
    XCTAssertFalse(h.text.contains("NORDMANN"), "nothing of the patient while locked")
    XCTAssertFalse(h.text.contains("CAVE"))
    h.type("galt")
    h.perform(.formSubmit)
    XCTAssertNotNil(h.state.login)
    h.type("hemmelig")
    h.perform(.formSubmit)
    XCTAssertNil(h.state.login)
    XCTAssertTrue(h.text.contains("NORDMANN"), "back where the clinician was")
  }

  func test_idle_minutes_lock_the_screen_and_a_session_without_login_resumes_with_enter() throws {
    let h = try Harness()
    h.session.lockAfter = 300
    h.type("N23460")
    h.perform(.lookupOpenChart)
    h.session.tick()
    XCTAssertNil(h.state.login, "not idle yet")
    h.session.lastInput = Harness.now.addingTimeInterval(-301)
    h.session.tick()
    XCTAssertTrue(h.text.contains("Trykk Enter for å fortsette."), h.text)
    XCTAssertFalse(h.text.contains("NORDMANN"))
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("NORDMANN"), h.text)
  }
}
