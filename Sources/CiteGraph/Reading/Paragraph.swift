/// A paragraph of a resolution's body with the verb that governs every reference in it.
public struct Paragraph: Hashable, Sendable {
  /// Whether a paragraph is part of the preamble or an operative paragraph.
  public enum Kind: String, Hashable, Sendable {
    /// A preambular paragraph ("Recalling its resolution…").
    case preambular
    /// A numbered operative paragraph ("7. Welcomes…").
    case operative
  }

  /// The paragraph's range in ``Document/text``.
  public var range: Range<Int>
  /// Preambular or operative.
  public var kind: Kind
  /// The operative number, when the paragraph has one.
  public var number: Int?
  /// The governing verb phrase as normalized by ``VerbTable`` (`reaffirming also`), or empty.
  public var verb: String
  /// The relation the verb expresses.
  public var relation: Relation

  public init(range: Range<Int>, kind: Kind, number: Int? = nil, verb: String, relation: Relation) {
    self.range = range
    self.kind = kind
    self.number = number
    self.verb = verb
    self.relation = relation
  }
}
