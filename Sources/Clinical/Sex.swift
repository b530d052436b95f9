/// Sex as recorded in the patient's record. Never derived from a number issued after 2032.
public enum Sex: String, Sendable, CaseIterable {
  case female = "F"
  case male = "M"
  case unknown = "U"
}
