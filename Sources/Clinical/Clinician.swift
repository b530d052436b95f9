/// The person at the keyboard, as written into every audit row.
public struct Clinician: Hashable, Sendable {
  public let userID: String
  public let name: String
  public let role: String
  public let organisation: String

  public init(userID: String, name: String, role: String, organisation: String) {
    self.userID = userID
    self.name = name
    self.role = role
    self.organisation = organisation
  }

  /// Doctors register critical information (CAVE), as in Kjernejournal.
  public var isDoctor: Bool { ["lege", "doctor"].contains(role) }

  /// The trainer's fictional doctor in a demo store.
  public static let demo = Clinician(
    userID: "demo", name: "Demo Demosen", role: "lege", organisation: "Demo legevakt")
}
