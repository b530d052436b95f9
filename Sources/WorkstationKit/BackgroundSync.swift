import Clinical
import Foundation
import Screens
import Store

/// Sync with the central server on its own thread, with its own SQLite connection and its own
/// libpq connection, so the keyboard never waits for the network. It looks at the outbox every
/// second and pushes as soon as something waits; it pulls every `pullInterval`. When the server
/// does not answer it retries by itself, waiting twice as long each time up to a minute, with a
/// little jitter so that a legevakt's workstations do not all knock at once after an outage.
///
/// The run loop reads `status` on each tick; nothing here touches the screen state.
final class BackgroundSync: @unchecked Sendable {
  private let url: String
  private let storePath: String
  private let pullInterval: TimeInterval
  private let condition = NSCondition()
  // Guarded by `condition`.
  private var credentials: (hpr: String, password: String)?
  private var current: SyncStatus
  private var stopped = false
  private var thread: Thread?

  init(url: String, storePath: String, pullInterval: TimeInterval = 15) {
    self.url = url
    self.storePath = storePath
    self.pullInterval = pullInterval
    current = SyncStatus(link: .offline, pending: 0, conflicts: 0)
  }

  var status: SyncStatus {
    condition.lock()
    defer { condition.unlock() }
    return current
  }

  /// The user who logged in: sync runs as them. The password stays in memory only, so that a
  /// user who logged in offline is synced as soon as the server answers again.
  func signIn(hpr: String, password: String) {
    condition.lock()
    credentials = (hpr, password)
    condition.broadcast()
    condition.unlock()
    if thread == nil {
      let thread = Thread { [self] in loop() }
      thread.name = "sync"
      self.thread = thread
      thread.start()
    }
  }

  /// Ends the loop after the round under way; waits for it.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
    while let thread, !thread.isFinished { usleep(10_000) }
  }

  private func publish(_ change: (inout SyncStatus) -> Void) {
    condition.lock()
    change(&current)
    condition.unlock()
  }

  private func loop() {
    var worker = Worker(url: url, storePath: storePath)
    var failures = 0
    var lastPull = Date.distantPast
    // After a failed round, nothing is tried before then, even with writes waiting: a server
    // that is down is not asked every second by every workstation.
    var retryAt: Date?
    var arrived = 0
    while true {
      condition.lock()
      let login = credentials
      let stop = stopped
      condition.unlock()
      if stop { return }
      guard let login else { wait(1); continue }
      let pending = (try? worker.pendingCount()) ?? 0
      let due = retryAt.map { Date() >= $0 } ?? (pending > 0 || Date().timeIntervalSince(lastPull) >= pullInterval)
      publish { $0.pending = pending }
      if !due { wait(1); continue }
      publish { $0.link = .syncing }
      do {
        arrived += try worker.round(hpr: login.hpr, password: login.password)
        failures = 0
        retryAt = nil
        lastPull = Date()
        let after = (try? worker.pendingCount()) ?? 0
        let conflicts = (try? worker.conflictCount()) ?? 0
        let rejected = (try? worker.rejectedCount()) ?? 0
        publish { [arrived] in $0 = SyncStatus(link: .inSync, pending: after, conflicts: conflicts, rejected: rejected, arrived: arrived) }
      } catch {
        failures += 1
        lastPull = Date()
        retryAt = Date().addingTimeInterval(backoff(failures))
        worker.disconnect()
        let refused = (error as? CentralError).map { $0.kind != .connection } ?? false
        publish { $0.link = refused ? .refused : .offline }
      }
      wait(1)
    }
  }

  /// Seconds to wait after `failures` rounds in a row failed: 2, 4, 8 … 60, ±20 %.
  private func backoff(_ failures: Int) -> TimeInterval {
    let base = min(60, pow(2, Double(min(failures, 6))))
    return base * Double.random(in: 0.8...1.2)
  }

  private func wait(_ seconds: TimeInterval) {
    condition.lock()
    if !stopped { condition.wait(until: Date().addingTimeInterval(seconds)) }
    condition.unlock()
  }

  /// What the sync thread holds: its own store connection, the server connection and session.
  private struct Worker {
    let url: String
    let storePath: String
    var store: PatientStore?
    var connection: CentralConnection?
    var token: String?

    init(url: String, storePath: String) {
      self.url = url
      self.storePath = storePath
    }

    mutating func openStore() throws -> PatientStore {
      if let store { return store }
      let opened = try PatientStore(path: storePath, kind: .production)
      store = opened
      return opened
    }

    mutating func pendingCount() throws -> Int { try Outbox(store: try openStore()).pendingCount() }

    mutating func conflictCount() throws -> Int { try SyncConflicts(store: try openStore()).openCount() }

    mutating func rejectedCount() throws -> Int { try Outbox(store: try openStore()).rejectedCount() }

    /// One round; returns how many changes from elsewhere it took in.
    mutating func round(hpr: String, password: String) throws -> Int {
      let store = try openStore()
      let connection = try self.connection ?? CentralConnection(url: url, connectTimeout: 3)
      self.connection = connection
      let token = try self.token ?? CentralLogin.token(connection, hpr: hpr, password: password)
      self.token = token
      do {
        let outcome = try SyncRound.run(store, connection, token: token, today: Today.civilDate())
        // A record removed is a change too: the screens are read again.
        return outcome.pulled + outcome.first.changes + outcome.purged
      } catch let error as CentralError where error.kind == .statement(sqlState: "28000") {
        // The session ran out: a new one next round.
        self.token = nil
        throw error
      }
    }

    mutating func disconnect() {
      connection = nil
      token = nil
    }
  }
}
