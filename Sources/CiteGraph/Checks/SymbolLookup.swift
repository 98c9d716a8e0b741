/// What `check` needs to know about documents outside the checked texts: which exist, when they were
/// adopted, and which ranges a source lists completely.
///
/// A registry conforms to it; tests use small fakes.
public protocol SymbolLookup: Sendable {
  /// Whether the document exists.
  func knows(_ symbol: Symbol) -> Bool
  /// The document's adoption date, when known.
  func adoptionDate(of symbol: Symbol) -> CalendarDate?
  /// Whether the lookup lists every document of the symbol's range, so that a symbol it does not know
  /// does not exist.
  func covers(_ symbol: Symbol) -> Bool
}
