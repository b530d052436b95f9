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
