import CiteGraph

/// A registry written by hand for tests: the documents it lists, with dates, and the ranges it covers.
struct FakeRegistry: SymbolLookup {
  var dates: [Symbol: CalendarDate?]
  /// Bodies and sessions (or Security Council year) listed completely.
  var coveredSessions: Set<String>

  init(_ entries: [(String, String?)], covering sessions: Set<String>) {
    var dates: [Symbol: CalendarDate?] = [:]
    for (symbol, date) in entries {
      if let parsed = Symbol(parsing: symbol) { dates[parsed] = date.flatMap { CalendarDate(iso: $0) } }
    }
    self.dates = dates
    coveredSessions = sessions
  }

  func knows(_ symbol: Symbol) -> Bool { dates.keys.contains(symbol) }
  func adoptionDate(of symbol: Symbol) -> CalendarDate? { dates[symbol] ?? nil }
  func covers(_ symbol: Symbol) -> Bool { coveredSessions.contains(Self.range(of: symbol)) }

  /// `GA 78`, `SC`, … : the range a symbol falls in, as `coveredSessions` names it.
  static func range(of symbol: Symbol) -> String {
    switch (symbol.body, symbol.series) {
    case (.securityCouncil, _): "SC"
    case (_, .session(let n)): "\(symbol.body.code) \(symbol.kind.rawValue) \(n)"
    default: "\(symbol.body.code) other"
    }
  }
}

/// Builders for hand-made resolved documents.
enum Fixture {
  struct Invalid: Error { var text: String }

  static func symbol(_ text: String) throws -> Symbol {
    guard let symbol = Symbol(parsing: text) else { throw Invalid(text: text) }
    return symbol
  }

  static func date(_ iso: String) throws -> CalendarDate {
    guard let date = CalendarDate(iso: iso) else { throw Invalid(text: iso) }
    return date
  }

  static func reference(
    _ target: String, file: String, line: Int, text: String? = nil, date: String? = nil
  ) throws -> Reference {
    Reference(
      source: nil, target: try symbol(target), relation: .recalls,
      location: SourceLocation(file: file, line: line, column: 5, offset: line * 100 + 4, length: 12),
      text: text ?? "resolution \(target)", date: try date.map(Fixture.date))
  }

  static func document(
    _ file: String, symbol own: String?, date: String?, references: [Reference], findings: [Finding] = []
  ) throws -> ResolvedDocument {
    ResolvedDocument(
      file: file,
      identity: DocumentIdentity(
        symbol: try own.map(symbol), body: .generalAssembly, date: try date.map(Fixture.date)),
      references: references, findings: findings)
  }
}
