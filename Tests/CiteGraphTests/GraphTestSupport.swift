@testable import CiteGraph

/// A small deterministic random generator (SplitMix64, Steele et al. 2014) so random graphs repeat.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}

/// A graph described the way a test writes it: symbols and (citing, cited, relation) triples,
/// possibly repeated.
struct EdgeListGraph {
  var symbols: [Symbol]
  var edges: [(source: Int, target: Int, relation: Relation)]

  /// The CitationGraph under test.
  var graph: CitationGraph {
    CitationGraph(
      nodes: symbols.map { CitationGraph.Node(symbol: $0) },
      edges: edges.map {
        CitationGraph.EdgeRecord(
          source: Int32($0.source), target: Int32($0.target), relations: RelationSet($0.relation))
      })
  }

  /// A reference adjacency: symbol → cited symbol → union of relations, built without the CSR code.
  var forward: [Symbol: [Symbol: RelationSet]] {
    var adjacency: [Symbol: [Symbol: RelationSet]] = [:]
    for edge in edges {
      adjacency[symbols[edge.source], default: [:]][symbols[edge.target], default: RelationSet()].insert(edge.relation)
    }
    return adjacency
  }

  /// The same adjacency with every edge turned around.
  var backward: [Symbol: [Symbol: RelationSet]] {
    var adjacency: [Symbol: [Symbol: RelationSet]] = [:]
    for edge in edges {
      adjacency[symbols[edge.target], default: [:]][symbols[edge.source], default: RelationSet()].insert(edge.relation)
    }
    return adjacency
  }

  /// A random graph of `count` nodes (about a fifth Security Council) and `edgeCount` edges with
  /// random relations, repeats and self-loops allowed.
  static func random(count: Int, edgeCount: Int, seed: UInt64) -> EdgeListGraph {
    var generator = SeededGenerator(seed: seed)
    let symbols = (0..<count).compactMap { index in
      index % 5 == 4
        ? Symbol(body: .securityCouncil, series: .year(2000), number: index + 1)
        : Symbol(body: .generalAssembly, series: .session(70), number: index + 1)
    }
    let edges = (0..<edgeCount).map { _ in
      (
        source: Int.random(in: 0..<count, using: &generator), target: Int.random(in: 0..<count, using: &generator),
        relation: Relation.allCases.randomElement(using: &generator) ?? .cites
      )
    }
    return EdgeListGraph(symbols: symbols, edges: edges)
  }
}
