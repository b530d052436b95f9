import CCrypt
import Foundation

/// Password hashes made and checked by the C library's `crypt_r` (libxcrypt): yescrypt with a
/// fresh random salt. No home-made cryptography.
enum PasswordHash {
  /// A yescrypt hash ("$y$…") of `password`; nil if the library cannot make one.
  static func make(_ password: String) -> String? {
    var salt = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
    guard crypt_gensalt_rn("$y$", 0, nil, 0, &salt, Int32(salt.count)) != nil else { return nil }
    return hash(password, setting: String(cString: salt))
  }

  /// Whether `password` gives `stored` again with the salt and method `stored` carries.
  static func matches(_ password: String, _ stored: String) -> Bool {
    guard stored.hasPrefix("$"), let again = hash(password, setting: stored) else { return false }
    // Compared in full, without stopping at the first difference.
    let a = Array(again.utf8), b = Array(stored.utf8)
    guard a.count == b.count else { return false }
    return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }

  private static func hash(_ password: String, setting: String) -> String? {
    var data = crypt_data()
    guard let result = crypt_r(password, setting, &data) else { return nil }
    let text = String(cString: result)
    // libxcrypt signals failure with a string starting with '*'.
    return text.hasPrefix("*") ? nil : text
  }
}
