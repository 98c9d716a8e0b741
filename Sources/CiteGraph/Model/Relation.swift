/// The normalized relation a citing text expresses towards what it cites, from the paragraph's verb.
public enum Relation: String, CaseIterable, Sendable, Codable, Comparable {
  case reaffirms, recalls, welcomes, notes, endorses, reiterates, acknowledges
  /// Every other verb, and references outside a verb's reach.
  case cites

  /// The bit this relation occupies in a ``RelationSet``.
  var bit: UInt8 {
    switch self {
    case .reaffirms: 1 << 0
    case .recalls: 1 << 1
    case .welcomes: 1 << 2
    case .notes: 1 << 3
    case .endorses: 1 << 4
    case .reiterates: 1 << 5
    case .acknowledges: 1 << 6
    case .cites: 1 << 7
    }
  }

  public static func < (lhs: Relation, rhs: Relation) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
