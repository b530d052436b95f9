import Clinical
import Foundation

/// The users who logged in on this workstation while the central server answered: their name,
/// role and organisation, and a yescrypt hash of the password, for logging in offline.
public struct LoginCache {
  let db: SQLiteDatabase

  public init(store: PatientStore) { db = store.db }

  /// Remembers a user the server has just accepted with this password.
  public func remember(hpr: String, password: String, as clinician: Clinician, at time: Date) throws(StoreError) {
    guard let hash = PasswordHash.make(password) else { throw .unsafeSettings("crypt_r") }
    try db.statement(
      """
      INSERT INTO login_cache(hpr, name, role, organisation, password_hash, cached_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(hpr) DO UPDATE SET name = excluded.name, role = excluded.role,
        organisation = excluded.organisation, password_hash = excluded.password_hash, cached_at = excluded.cached_at
      """
    ).bind(1, hpr).bind(2, clinician.name).bind(3, clinician.role).bind(4, clinician.organisation)
      .bind(5, hash).bind(6, AuditLog.format(time)).run()
  }

  /// The user, when this HPR number logged in here before with this password; nil otherwise.
  public func verify(hpr: String, password: String) throws(StoreError) -> Clinician? {
    let s = try db.statement("SELECT name, role, organisation, password_hash FROM login_cache WHERE hpr = ?").bind(1, hpr)
    defer { s.reset() }
    guard try s.step(), PasswordHash.matches(password, s.text(3)) else { return nil }
    return Clinician(userID: "hpr:" + hpr, name: s.text(0), role: s.text(1), organisation: s.text(2))
  }
}
