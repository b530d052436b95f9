import Foundation
import TestSupport
import XCTest

/// The real binary in tmux at 80x24. Needs ./test (which builds the binary first) and tmux;
/// under CI=true a missing piece fails instead of skipping.
final class EndToEndTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  var session = ""
  var home = ""

  override func setUpWithError() throws {
    let binary = Self.repository.appendingPathComponent(".build/debug/workstation").path
    let tmux = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    let ready = FileManager.default.isExecutableFile(atPath: binary) && tmux
    if !ready && ProcessInfo.processInfo.environment["CI"] == "true" {
      XCTFail("end-to-end tests need tmux and .build/debug/workstation (run ./test)")
    }
    try XCTSkipUnless(ready, "needs tmux and a built workstation binary")
    session = "ws-e2e-\(getpid())-\(UUID().uuidString.prefix(6))"
    home = NSTemporaryDirectory() + session
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? shell(tmux("kill-server"))
    try? FileManager.default.removeItem(atPath: home)
  }

  @discardableResult
  func shell(_ args: String...) throws -> String { try Subprocess.run(args).output }

  func shell(_ args: [String]) throws { _ = try Subprocess.run(args) }

  /// A tmux command on this test's own server (`-L`): tests never share one, so a server still
  /// shutting down after the last test cannot swallow the next test's session.
  func tmux(_ args: String...) -> [String] { ["/usr/bin/tmux", "-L", session] + args }

  func start(
    _ arguments: String, width: Int = 80, height: Int = 24,
    environment: String = "TERM=xterm-256color"
  ) throws {
    let binary = Self.repository.appendingPathComponent(".build/debug/workstation").path
    let command =
      "cd \(Self.repository.path) && XDG_DATA_HOME=\(home)/data XDG_CONFIG_HOME=\(home)/config "
      + "\(environment) \(binary) \(arguments); echo EXITED $?; stty -a | grep -o ' icanon'; sleep 60"
    try shell(tmux("new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command))
  }

  func screen() throws -> String { try Subprocess.run(tmux("capture-pane", "-p", "-t", session)).output }

  /// Waits up to 15 s for `text` on the screen: the first start builds the demo store.
  func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
    for _ in 0..<150 {
      if try screen().contains(text) { return }
      usleep(100_000)
    }
    XCTFail("never saw “\(text)” on:\n\(try screen())", file: file, line: line)
  }

  func send(_ keys: String...) throws {
    try shell(tmux("send-keys", "-t", session) + keys)
  }

  func test_typing_kari_nordmanns_number_shows_her_summary_with_cave_then_quits_cleanly() throws {
    try start("--demo")
    try waitFor("DEMO — fiktive pasienter")
    try send("-l", "12834823460")
    try waitFor("Nordmann, Kari")
    try send("Enter")
    try waitFor("NORDMANN, Kari")
    let chart = try screen()
    XCTAssertTrue(chart.contains("!CAVE Legemiddelreaksjon: Penicillin"), chart)
    XCTAssertTrue(chart.contains("K78 Atrieflimmer/flutter"), chart)
    try send("Space")
    try waitFor("Liv Nordmann")
    XCTAssertTrue(try screen().contains("!CAVE"), "CAVE stays on top when the sections scroll")
    try send("C-q")
    try waitFor("EXITED 0")
    XCTAssertFalse(try screen().contains("NORDMANN"), "the alternate screen is gone after quitting")
  }

  func test_english_and_sigterm_restore_the_terminal() throws {
    try start("--demo --lang en")
    try waitFor("DEMO — fictional patients")
    try send("-l", "ødeg åse")
    try waitFor("Ødegård, Åse")
    let shellPID = try Subprocess.run(tmux("display-message", "-p", "-t", session, "#{pane_pid}")).output
    try shell(["/usr/bin/pkill", "-TERM", "-P", shellPID.trimmingCharacters(in: .whitespacesAndNewlines)])
    try waitFor("EXITED 0")
  }

  func test_a_small_terminal_is_asked_to_grow() throws {
    try start("--demo", width: 60, height: 20)
    try waitFor("minst 80×24")
  }

  func test_a_bad_keymap_stops_before_the_screen_opens_with_file_and_line() throws {
    let bad = home + "/bad.keymap"
    try "[global]\nf2 = go.nowhere\n".write(toFile: bad, atomically: true, encoding: .utf8)
    try start("--demo --keymap \(bad)")
    try waitFor("EXITED 2")
    XCTAssertTrue(try screen().contains("bad.keymap:2: tastekart: ukjent handling «go.nowhere»"))
  }

  func test_a_posix_locale_falls_back_to_utf8_so_aeoeaa_still_show() throws {
    try start("--demo", environment: "TERM=xterm-256color LANG= LC_ALL=POSIX")
    try waitFor("DEMO — fiktive pasienter")
    try send("-l", "29829640463")
    try waitFor("Ødegård, Åse Ærl")
  }

  func test_cave_is_marked_in_text_on_a_monochrome_vt100() throws {
    try start("--demo", environment: "TERM=vt100")
    try waitFor("DEMO")
    try send("-l", "12834823460")
    try waitFor("Nordmann, Kari")
    try send("Enter")
    try waitFor("!CAVE Legemiddelreaksjon")
  }

  func test_a_crash_restores_the_terminal_to_cooked_mode() throws {
    try start("--demo")
    try waitFor("DEMO — fiktive pasienter")
    let shellPID = try Subprocess.run(tmux("display-message", "-p", "-t", session, "#{pane_pid}")).output
    try shell(["/usr/bin/pkill", "-SEGV", "-P", shellPID.trimmingCharacters(in: .whitespacesAndNewlines)])
    try waitFor("EXITED 139")
    try waitFor(" icanon")
  }

  func test_the_users_own_store_starts_empty_and_says_how_to_get_started() throws {
    try start("")
    try waitFor("Lageret er tomt")
    XCTAssertFalse(try screen().contains("DEMO"), "a real store carries no demo banner")
    XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/data/workstation/store.sqlite"))
  }

  func test_a_damaged_store_file_gets_a_clear_message_and_stays_as_it_was() throws {
    let folder = home + "/data/workstation"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let garbage = Data(repeating: 0x42, count: 4096)
    try garbage.write(to: URL(fileURLWithPath: folder + "/store.sqlite"))
    try start("")
    try waitFor("EXITED 1")
    let shown = try screen()
    XCTAssertTrue(shown.contains("Lagerfilen er skadet"), shown)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/store.sqlite")), garbage)
  }

  func test_a_live_replay_plays_a_scenario_into_the_terminal_for_a_classroom() throws {
    try start("replay Scenarios/kari-cave.keys --scenario kari-cave --live")
    try waitFor("Oppgave 0/7 taster")
    try waitFor("Mål nådd: Kari Nordmann")
    try send("C-q")
    try waitFor("EXITED 0")
  }

  func test_a_note_draft_survives_kill_9_and_a_bracketed_paste_keeps_its_lines() throws {
    try start("--demo")
    try waitFor("DEMO — fiktive pasienter")
    try send("-l", "07917513311")
    try waitFor("Nordmann, Ola")
    try send("Enter")
    try waitFor("NORDMANN, Ola")
    try send("n")
    try waitFor("Nytt notat")
    try send("-l", "Hoste i to uker")
    try waitFor("Hoste i to uker")
    // A paste arrives as one piece: its line break is text, not Enter, and its escape
    // sequence never reaches the terminal.
    try shell(tmux("set-buffer", "-b", "ws", "\nFeber 38,5.\u{1B}[2J Tørrhoste."))
    try shell(tmux("paste-buffer", "-p", "-b", "ws", "-t", session))
    try waitFor("Feber 38,5. Tørrhoste.")
    try waitFor("Utkast lagret")
    let shellPID = try Subprocess.run(tmux("display-message", "-p", "-t", session, "#{pane_pid}")).output
    try shell(["/usr/bin/pkill", "-KILL", "-P", shellPID.trimmingCharacters(in: .whitespacesAndNewlines)])
    try waitFor("EXITED 137")
    // A new tmux server for the second start: the first may still be shutting down.
    try shell(tmux("kill-server"))
    session += "-again"
    try start("--demo")
    try waitFor("DEMO — fiktive pasienter")
    try send("-l", "07917513311")
    try waitFor("Nordmann, Ola")
    try send("Enter")
    try waitFor("NORDMANN, Ola")
    try send("n")
    try waitFor("hentet fram igjen")
    let shown = try screen()
    XCTAssertTrue(shown.contains("uker\n Feber 38,5. Tørrhoste."), shown)
  }

  func test_the_legevakt_queue_the_census_and_the_decisions_inbox_open_from_anywhere() throws {
    try start("--demo --triage-targets 0,10,60,120,240 --retriage-minutes 30")
    try waitFor("DEMO — fiktive pasienter")
    try send("C-t")
    try waitFor("Legevakt · pasienter som venter")
    let queue = try screen()
    XCTAssertTrue(queue.contains("GRØNN    Lie, Jonas"), queue)
    try send("C-b")
    try waitFor("Belegg · senger, opphold og venteliste")
    try waitFor("101 A  Berg, Ingrid")
    // Ctrl+V reaches the program in raw mode (no literal-next), and opens the inbox.
    try send("C-v")
    try waitFor("Vedtak · søknader om helse- og omsorgstjenester")
    try waitFor("Hansen, Per, 87")
    try send("C-q")
    try waitFor("EXITED 0")
  }

  func test_bad_triage_targets_stop_before_the_screen_opens() throws {
    try start("--demo --triage-targets 10,0,60,120,240")
    try waitFor("EXITED 2")
    let shown = try screen()
    XCTAssertTrue(shown.contains("--triage-targets"), shown)
  }
}

extension EndToEndTests {
  /// The real binary with a central server: log in, the empty store fills by the first sync in
  /// the background and the status line says so, the patient opens, a name changed there reaches
  /// the server, the conflicts list is reachable, and the lock hides the patient again.
  func test_with_a_central_server_the_first_sync_fills_the_store_behind_the_login() throws {
    let (_, _, _, url) = try CentralFixture.withPatient("ws_e2e")
    try start("--central '\(url)'")
    try waitFor("Logg inn med HPR-nummer og passord")
    try send("9000001", "Tab", "hemmelig", "Enter")
    try waitFor("Synkronisert")
    try waitFor("Du har ikke åpnet noen journal ennå")
    XCTAssertFalse(try screen().contains("Ingen pasienter her ennå"), "filled by the first sync")
    try send("01418020063")
    try waitFor("Mann, Ukjent")
    try send("Enter")
    try waitFor("MANN, Ukjent")
    // The unidentified man is identified: the name is changed at the terminal and reaches the server.
    try send("p")
    try waitFor("Etternavn")
    try send("Tab", "Tab", "C-u", "Olsen", "F12")
    try waitFor("OLSEN, Ukjent")
    let admin = try CentralFixture.superuser(url)
    var family: String?
    for _ in 0..<50 where family != "Olsen" {
      family = try admin.query("SELECT family FROM core.patient WHERE identifier = $1", [CentralFixture.patient]).first?.first ?? nil
      if family != "Olsen" { usleep(100_000) }
    }
    XCTAssertEqual(family, "Olsen", "pushed in the background")
    try send("C-k")
    try waitFor("Ingen konflikter")
    try send("C-l")
    try waitFor("Låst")
    XCTAssertFalse(try screen().contains("Ukjent"), "nothing of the patient while locked")
  }
}
