/// A set of relations packed into one byte, as stored on every edge of a ``CitationGraph``.
public struct RelationSet: Hashable, Sendable, Sequence, CustomStringConvertible {
  /// The relations' bits.
  public private(set) var rawValue: UInt8

  /// The set with the given bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The empty set.
  public init() { rawValue = 0 }

  /// The set holding one relation.
  public init(_ relation: Relation) { rawValue = relation.bit }

  /// The set holding the given relations.
  public init<S: Sequence<Relation>>(_ relations: S) {
    rawValue = relations.reduce(0) { $0 | $1.bit }
  }

  /// Every relation.
  public static let all = RelationSet(Relation.allCases)

  /// Whether the set is empty.
  public var isEmpty: Bool { rawValue == 0 }

  /// Adds `relation`.
  public mutating func insert(_ relation: Relation) { rawValue |= relation.bit }

  /// Adds every relation of `other`.
  public mutating func formUnion(_ other: RelationSet) { rawValue |= other.rawValue }

  /// The relations in either set.
  public func union(_ other: RelationSet) -> RelationSet { RelationSet(rawValue: rawValue | other.rawValue) }

  /// The relations in both sets.
  public func intersection(_ other: RelationSet) -> RelationSet { RelationSet(rawValue: rawValue & other.rawValue) }

  /// Whether the sets share a relation.
  public func intersects(_ other: RelationSet) -> Bool { rawValue & other.rawValue != 0 }

  /// Whether the set holds `relation`.
  public func contains(_ relation: Relation) -> Bool { rawValue & relation.bit != 0 }

  /// The relations in alphabetical order (the order gold files and outputs use).
  public var sorted: [Relation] { Relation.allCases.filter(contains).sorted() }

  public func makeIterator() -> IndexingIterator<[Relation]> { sorted.makeIterator() }

  /// The relations joined by commas, alphabetically: `cites,reaffirms`.
  public var description: String { sorted.map(\.rawValue).joined(separator: ",") }

  /// Parses a comma-separated list such as `reaffirms,recalls`; a failure names the first unknown word.
  public static func parse(_ list: String) -> Result<RelationSet, UnknownRelation> {
    var set = RelationSet()
    for word in list.split(separator: ",") {
      let trimmed = word.trimmingWhitespace().lowercased()
      guard let relation = Relation(rawValue: trimmed) else { return .failure(UnknownRelation(word: trimmed)) }
      set.insert(relation)
    }
    return .success(set)
  }

  /// A word that names no relation.
  public struct UnknownRelation: Error, Sendable {
    /// The word as given.
    public let word: String
  }
}

extension StringProtocol {
  /// The string without leading and trailing white space.
  func trimmingWhitespace() -> String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
