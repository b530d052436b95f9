import Clinical
import Foundation

/// The clinician for the user's own store until login arrives with central sync: the operating
/// system account, so every chart opening is still tied to a person.
enum LocalUser {
  static func clinician() -> Clinician {
    let account = ProcessInfo.processInfo.environment["USER"] ?? String(getuid())
    var name = account
    if let entry = getpwuid(getuid()), let gecos = entry.pointee.pw_gecos {
      let full = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
      if !full.isEmpty { name = full }
    }
    let host = ProcessInfo.processInfo.hostName
    return Clinician(userID: "os:\(account)", name: name, role: "user", organisation: host)
  }
}
