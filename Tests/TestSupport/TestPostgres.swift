import Foundation
import XCTest

/// A throwaway PostgreSQL 15 cluster for the tests, started once per test run in a private folder
/// on its own port and socket, stopped when the run ends. As root, initdb and the server run as
/// the `postgres` user (initdb refuses root). Under CI=true a missing PostgreSQL is a failure,
/// never a skip.
public enum TestPostgres {
  static let binaries = "/usr/lib/postgresql/15/bin"
  nonisolated(unsafe) private static var started: (url: String, folder: String)?

  /// The superuser URL of the running cluster, starting it on first use.
  public static func url(file: StaticString = #filePath, line: UInt = #line) throws -> String {
    if let started { return started.url }
    guard FileManager.default.isExecutableFile(atPath: binaries + "/initdb") else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        XCTFail("PostgreSQL 15 is not installed (.ci/run installs it)", file: file, line: line)
      }
      throw XCTSkip("PostgreSQL 15 is not installed")
    }
    let folder = NSTemporaryDirectory() + "ws-pg-" + UUID().uuidString
    let port = 55_000 + Int(getpid() % 5_000)
    try FileManager.default.createDirectory(atPath: folder + "/sock", withIntermediateDirectories: true)
    let asRoot = getuid() == 0
    if asRoot { try run(["/bin/chown", "-R", "postgres:postgres", folder]) }
    func asPostgres(_ arguments: [String]) throws {
      try run(asRoot ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments)
    }
    try asPostgres([binaries + "/initdb", "-D", folder + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"])
    try asPostgres([
      binaries + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "start",
      "-o", "-p \(port) -k \(folder)/sock -c listen_addresses=127.0.0.1",
    ])
    let url = "host=127.0.0.1 port=\(port) user=postgres dbname=postgres"
    started = (url, folder)
    atexit { TestPostgres.stop() }
    return url
  }

  /// Stops the cluster and removes its folder when the test run ends.
  static func stop() {
    guard let started else { return }
    let args = [binaries + "/pg_ctl", "-D", started.folder + "/data", "-m", "immediate", "stop"]
    try? run(getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + args : args)
    try? FileManager.default.removeItem(atPath: started.folder)
  }

  /// A fresh database in the cluster, so each test installs the schema on an empty one.
  public static func database(_ name: String) throws -> String {
    let admin = try url()
    try run([binaries + "/psql", admin, "-q", "-c", "DROP DATABASE IF EXISTS \(name)", "-c", "CREATE DATABASE \(name)"])
    return admin.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(name)")
  }

  /// posix_spawn and waitpid: Foundation's Process waits for pipes the server would inherit and
  /// never close, so starting a daemon through it never returns.
  private static func run(_ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else {
      throw NSError(domain: "TestPostgres", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot start \(arguments[0])"])
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else {
      throw NSError(domain: "TestPostgres", code: Int(status), userInfo: [NSLocalizedDescriptionKey: arguments.joined(separator: " ")])
    }
  }
}
