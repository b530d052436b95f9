import Foundation

/// Folds names for search. SQLite folds ASCII only (TOOLCHAIN.md), so folding happens here and
/// the store keeps the folded key. Æ, Ø and Å are letters of their own in Norwegian and are kept
/// (Ø matches ø, but å never matches a); other accents fold away (é → e, ü → u).
public enum NameKey {
  public static func fold(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var lastWasSpace = true
    for ch in text {
      if ch == " " || ch == "-" || ch == "," || ch == "\t" {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      out.append(contentsOf: foldCharacter(ch))
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// The words of a folded key: what a typed fragment may be the start of.
  public static func words(_ text: String) -> [String] {
    fold(text).split(separator: " ").map(String.init)
  }

  /// The folded text as the store keeps and compares it: æ, ø and å become the three ASCII
  /// characters after z, so byte order is Norwegian alphabetical order (… z æ ø å); in UTF-8,
  /// å would sort before æ.
  public static func collating(_ folded: String) -> String {
    String(
      folded.unicodeScalars.compactMap { s -> Character? in
        switch s {
        case "æ": return "{"
        case "ø": return "|"
        case "å": return "}"
        case "{", "|", "}": return nil
        default: return Character(s)
        }
      })
  }

  private static func foldCharacter(_ ch: Character) -> String {
    if ch.isASCII { return ch.lowercased() }
    switch ch {
    case "æ", "Æ", "ä", "Ä": return "æ"
    case "ø", "Ø", "ö", "Ö": return "ø"
    case "å", "Å": return "å"
    default:
      return String(ch).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
  }
}
