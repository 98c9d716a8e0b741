@testable import CiteGraph

/// Small graphs for the analysis tests: node `i` is General Assembly resolution 1/(i + 1), so node ids
/// (symbol order) equal the indices used in the edge lists.
enum AnalysisGraphs {
  /// The symbol of node `index`.
  static func symbol(_ index: Int) -> Symbol {
    guard let symbol = Symbol(body: .generalAssembly, series: .session(1), number: index + 1) else {
      preconditionFailure("session 1 resolutions are valid symbols")
    }
    return symbol
  }

  /// A graph of `count` nodes and the given edges (citing, cited); edge `k` of the list is mentioned at
  /// line `k + 1` of `test.txt` and carries `relations[k]` when given (else `cites`).
  static func graph(
    _ count: Int, _ edges: [(Int, Int)], dates: [CalendarDate?] = [], relations: [RelationSet] = []
  ) -> CitationGraph {
    let nodes = (0..<count).map {
      CitationGraph.Node(symbol: symbol($0), date: $0 < dates.count ? dates[$0] : nil, hasText: true)
    }
    let records = edges.enumerated().map { index, edge in
      CitationGraph.EdgeRecord(
        source: Int32(edge.0), target: Int32(edge.1),
        relations: index < relations.count ? relations[index] : RelationSet(.cites),
        location: .init(file: 0, line: Int32(index + 1), column: 1))
    }
    return CitationGraph(sortedUniqueNodes: nodes, edges: records, files: ["test.txt"])
  }

  /// A random graph on `count` nodes where each ordered pair is an edge with probability `density`,
  /// from a fixed seed.
  static func random(_ count: Int, density: Double, seed: UInt64, selfLoops: Bool = false) -> CitationGraph {
    var generator = SplitMix64(seed: seed)
    var edges: [(Int, Int)] = []
    for u in 0..<count {
      for v in 0..<count where (u != v || selfLoops) && Double.random(in: 0..<1, using: &generator) < density {
        edges.append((u, v))
      }
    }
    return graph(count, edges)
  }

  /// The chain of a million nodes, built once for every test that walks it.
  static let millionChain = chain(1_000_000)

  /// The chain 0 → 1 → … → `count` − 1 (each node cites the next), built without sorting.
  static func chain(_ count: Int, closed: Bool = false) -> CitationGraph {
    let nodes = (0..<count).map { CitationGraph.Node(symbol: symbol($0)) }
    var edges = (0..<(count - 1)).map {
      CitationGraph.EdgeRecord(source: Int32($0), target: Int32($0 + 1), relations: RelationSet(.cites))
    }
    if closed { edges.append(.init(source: Int32(count - 1), target: 0, relations: RelationSet(.cites))) }
    return CitationGraph(sortedUniqueNodes: nodes, edges: edges, files: [])
  }

  /// The date `year`-01-`day`.
  static func date(_ year: Int, _ day: Int = 1) -> CalendarDate? { CalendarDate(year: year, month: 1, day: day) }
}
