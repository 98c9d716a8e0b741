/// One mention of a resolution or decision in a text, resolved to its canonical symbol.
public struct Reference: Hashable, Sendable {
  /// The citing document, when its identity is known.
  public var source: Symbol?
  /// The cited document.
  public var target: Symbol
  /// The relation of the paragraph that holds the mention (or the footnote's marker).
  public var relation: Relation
  /// Where the mention stands in the original file.
  public var location: SourceLocation
  /// The mention as written, white space collapsed.
  public var text: String
  /// The adoption date written with the mention ("of 21 December 2009"), if any.
  public var date: CalendarDate?
  /// Whether the mention stands in a footnote, reached through a marker.
  public var viaFootnote: Bool

  public init(
    source: Symbol?, target: Symbol, relation: Relation, location: SourceLocation, text: String,
    date: CalendarDate? = nil, viaFootnote: Bool = false
  ) {
    self.source = source
    self.target = target
    self.relation = relation
    self.location = location
    self.text = text
    self.date = date
    self.viaFootnote = viaFootnote
  }
}
