/// A relative or other contact of a patient; next of kin (pårørende) is flagged.
public struct PatientContact: Hashable, Sendable {
  public enum Relation: String, Sendable, CaseIterable {
    case spouse, child, parent, sibling, other
  }

  public let name: String
  public let relation: Relation
  /// Demo numbers start with 0, which the Norwegian numbering plan never assigns to a
  /// subscriber, so they cannot reach a real person.
  public let phone: String
  public let isNextOfKin: Bool

  public init(name: String, relation: Relation, phone: String, isNextOfKin: Bool) {
    self.name = name
    self.relation = relation
    self.phone = phone
    self.isNextOfKin = isNextOfKin
  }
}
