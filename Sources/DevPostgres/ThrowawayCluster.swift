import Foundation

/// A throwaway PostgreSQL 15 cluster in a private folder, on its own port and socket, for the
/// tests and the benchmark: never for patients. As root, initdb and the server run as the
/// `postgres` user (initdb refuses root).
public final class ThrowawayCluster: @unchecked Sendable {
  public static let binaries = "/usr/lib/postgresql/15/bin"
  public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: binaries + "/initdb") }

  /// The superuser's libpq URL.
  public let url: String
  public let port: Int
  public let folder: String

  private let options: String

  /// Starts the cluster; `settings` are extra `-c name=value` server settings.
  public init(port: Int, settings: [String] = []) throws {
    folder = NSTemporaryDirectory() + "ws-pg-" + UUID().uuidString
    self.port = port
    url = "host=127.0.0.1 port=\(port) user=postgres dbname=postgres"
    options = (["-p \(port)", "-k \(folder)/sock", "-c listen_addresses=127.0.0.1"] + settings.map { "-c \($0)" }).joined(separator: " ")
    do {
      try FileManager.default.createDirectory(atPath: folder + "/sock", withIntermediateDirectories: true)
      if getuid() == 0 { try Self.run(["/bin/chown", "-R", "postgres:postgres", folder]) }
      try asPostgres([Self.binaries + "/initdb", "-D", folder + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"])
      try start()
    } catch {
      // A port held by another program: nothing of this cluster is left behind.
      try? FileManager.default.removeItem(atPath: folder)
      throw error
    }
  }

  /// Starts the server on the cluster's data again after `halt`.
  public func start() throws {
    try asPostgres([Self.binaries + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "start", "-o", options])
  }

  /// Stops the server, keeping its data: the server going away under its clients.
  public func halt() throws {
    try asPostgres([Self.binaries + "/pg_ctl", "-D", folder + "/data", "-m", "fast", "-w", "stop"])
  }

  /// Stops the server at once and removes its folder.
  public func stop() {
    try? asPostgres([Self.binaries + "/pg_ctl", "-D", folder + "/data", "-m", "immediate", "stop"])
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// A fresh, empty database in the cluster; its superuser URL.
  public func database(_ name: String) throws -> String {
    try Self.run([Self.binaries + "/psql", url, "-q", "-c", "DROP DATABASE IF EXISTS \(name)", "-c", "CREATE DATABASE \(name)"])
    return url.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(name)")
  }

  /// Runs a program as the `postgres` user when we are root.
  public func asPostgres(_ arguments: [String]) throws {
    try Self.run(getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments)
  }

  /// posix_spawn and waitpid: Foundation's Process waits for pipes the server would inherit and
  /// never close, so starting a daemon through it never returns.
  public static func run(_ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else {
      throw ClusterError(message: "cannot start \(arguments[0])")
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else { throw ClusterError(message: arguments.joined(separator: " ")) }
  }
}

/// A step of starting or using the throwaway cluster failed; the message names the command.
public struct ClusterError: Error, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}
