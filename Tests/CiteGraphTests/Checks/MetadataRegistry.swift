import CiteGraph
import Foundation

/// A registry read in the test from `../shared/corpus` metadata, independently of the library's own
/// registry: General Assembly resolutions of sessions 78–79 (`unga/index.tsv`), Security Council
/// resolutions 1–2640 (`meta/unsc_resolutions_1946_2022.tsv`), General Assembly decisions of sessions
/// 71–80 (`meta/unga_decisions_71_80.tsv`, without dates). Each source covers its range.
struct MetadataRegistry: SymbolLookup {
  var dates: [Symbol: CalendarDate] = [:]
  var known: Set<Symbol> = []
  /// The canonical symbols as built by string concatenation from the rows, for cross-checks.
  var canonicalRows: Set<String> = []
  var lastSecurityCouncilNumber = 0

  init(shared: URL) throws {
    let corpus = shared.appendingPathComponent("corpus")
    for row in try SharedData.tsv(corpus.appendingPathComponent("unga/index.tsv")).dropFirst() where row.count > 2 {
      add(row[0], date: row[2])
    }
    for row in try SharedData.tsv(corpus.appendingPathComponent("meta/unsc_resolutions_1946_2022.tsv")).dropFirst()
    where row.count > 2 {
      add("S/RES/\(row[0])(\(row[1]))", date: row[2])
      lastSecurityCouncilNumber = max(lastSecurityCouncilNumber, Int(row[0]) ?? 0)
    }
    for row in try SharedData.tsv(corpus.appendingPathComponent("meta/unga_decisions_71_80.tsv")).dropFirst() {
      // "78/542 A, B, C and D" or "74/549.": the number before any part letters or full stop.
      guard let number = row.first?.split(separator: " ").first?.split(separator: ".").first else { continue }
      add("A/DEC/\(number)", date: nil)
    }
  }

  private mutating func add(_ canonical: String, date: String?) {
    canonicalRows.insert(canonical)
    guard let symbol = Symbol(parsing: canonical) else { return }
    known.insert(symbol)
    if let date, let parsed = CalendarDate(iso: date) { dates[symbol] = parsed }
  }

  func knows(_ symbol: Symbol) -> Bool { known.contains(symbol) }
  func adoptionDate(of symbol: Symbol) -> CalendarDate? { dates[symbol] }
  func covers(_ symbol: Symbol) -> Bool {
    switch (symbol.body, symbol.kind, symbol.series) {
    case (.generalAssembly, .resolution, .session(let n)): (78...79).contains(n)
    case (.generalAssembly, .decision, .session(let n)): (71...80).contains(n)
    case (.securityCouncil, _, _): symbol.number <= lastSecurityCouncilNumber
    default: false
    }
  }
}
