import DevPostgres
import Foundation
import Store

/// Many workstations syncing at once through PgBouncer in transaction mode, as the central
/// server is meant to run: each signs in, then every few seconds pushes the vital signs it took
/// and pulls what others stored, through the same code the workstation uses. Reports the p99
/// round time and checks that every operation the server acknowledged is there.
struct PgBouncerLoad {
  static let binary = "/usr/sbin/pgbouncer"
  let cluster: ThrowawayCluster
  let database: String
  let stations: Int
  let seconds: Double
  let patients: [String]

  struct Outcome {
    var rounds = Measurement()
    var acknowledged: [String] = []
    var failures = 0
  }

  /// The stations' outcomes added up as their threads end.
  final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var sum = Outcome()

    func add(_ outcome: Outcome) {
      lock.lock()
      sum.rounds.add(outcome.rounds)
      sum.acknowledged += outcome.acknowledged
      sum.failures += outcome.failures
      lock.unlock()
    }

    var total: Outcome {
      lock.lock()
      defer { lock.unlock() }
      return sum
    }
  }

  func run() throws -> (Measurement, acknowledged: Int, lost: Int, failures: Int)? {
    guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
      print("pgbouncer is not installed (apt-get install pgbouncer): the load run is not measured")
      return nil
    }
    let port = cluster.port + 1
    let folder = cluster.folder + "/pgbouncer"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try #""ws_station" """#.write(toFile: folder + "/users.txt", atomically: true, encoding: .utf8)
    try """
      [databases]
      \(database) = host=127.0.0.1 port=\(cluster.port) dbname=\(database)
      [pgbouncer]
      listen_addr = 127.0.0.1
      listen_port = \(port)
      unix_socket_dir =
      auth_type = trust
      auth_file = \(folder)/users.txt
      pool_mode = transaction
      max_client_conn = \(stations + 50)
      default_pool_size = 20
      logfile = \(folder)/pgbouncer.log
      pidfile = \(folder)/pgbouncer.pid
      """.write(toFile: folder + "/pgbouncer.ini", atomically: true, encoding: .utf8)
    if getuid() == 0 { try ThrowawayCluster.run(["/bin/chown", "-R", "postgres:postgres", folder]) }
    try cluster.asPostgres([Self.binary, "-d", folder + "/pgbouncer.ini"])
    defer { try? ThrowawayCluster.run(["/bin/sh", "-c", "kill $(cat \(folder)/pgbouncer.pid)"]) }
    usleep(300_000)

    let url = "host=127.0.0.1 port=\(port) user=ws_station dbname=\(database)"
    let tally = Tally()
    let deadline = Date().addingTimeInterval(seconds)
    var threads: [Thread] = []
    for station in 0..<stations {
      let thread = Thread { [patients] in
        tally.add(Self.station(station, url: url, until: deadline, patients: patients))
      }
      thread.stackSize = 1 << 20
      threads.append(thread)
      thread.start()
    }
    while threads.contains(where: { !$0.isFinished }) { usleep(100_000) }
    let total = tally.total
    // Every acknowledged operation, counted on the server itself (not through PgBouncer).
    let admin = try CentralConnection(url: cluster.url.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(database)"))
    var found = 0
    for chunk in stride(from: 0, to: total.acknowledged.count, by: 5_000) {
      let ids = total.acknowledged[chunk..<min(chunk + 5_000, total.acknowledged.count)]
      let row = try admin.query("SELECT count(*) FROM core.vital_signs WHERE op_id = ANY ($1::uuid[])", ["{" + ids.joined(separator: ",") + "}"])
      found += Int(row.first?.first.flatMap { $0 } ?? "0") ?? 0
    }
    return (total.rounds, total.acknowledged.count, total.acknowledged.count - found, total.failures)
  }

  /// One simulated workstation: a round every 4–6 seconds, pushing one to three sets.
  private static func station(_ n: Int, url: String, until deadline: Date, patients: [String]) -> Outcome {
    var outcome = Outcome()
    var generator = SystemRandomNumberGenerator()
    usleep(UInt32.random(in: 0..<5_000_000, using: &generator))
    guard let connection = try? CentralConnection(url: url, connectTimeout: 10),
      let token = try? CentralLogin.token(connection, hpr: String(9_200_000 + n), password: "sim")
    else {
      outcome.failures += 1
      return outcome
    }
    // Synced before: pull goes on from where the server is now, as after a first sync.
    var cursor = "0"
    if let now = try? connection.transaction(as: token, { () throws(CentralError) -> String? in
      return try connection.query("SELECT api.change_cursor()::text").first?.first ?? nil
    }) {
      cursor = now ?? "0"
    }
    while Date() < deadline {
      let ops = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
        SyncPush.Operation(
          opID: UUID().uuidString.lowercased(), kind: "vitals", patient: patients.randomElement(using: &generator) ?? "",
          payload: #"{"recordedBy":"Simulert sykepleier","takenAt":"2026-11-27T09:30:00Z","vitals":{"pulse":"# + String(Int.random(in: 50...130, using: &generator)) + "}}")
      }
      do {
        try outcome.rounds.time {
          let answers = try SyncPush.send(ops, connection, token: token)
          outcome.acknowledged += answers.filter { $0.state == "applied" || $0.state == "duplicate" }.map(\.opID)
          let rows = try connection.transaction(as: token) { () throws(CentralError) -> [[String?]] in
            return try connection.query("SELECT seq::text FROM api.pull($1::bigint, 5000)", [cursor])
          }
          if let last = rows.last?.first ?? nil { cursor = last }
        }
      } catch {
        outcome.failures += 1
      }
      usleep(UInt32.random(in: 4_000_000..<6_000_000, using: &generator))
    }
    return outcome
  }
}
