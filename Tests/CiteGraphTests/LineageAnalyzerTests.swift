import Testing

@testable import CiteGraph

@Suite("Lineage: ancestors, descendants and citation chains")
struct LineageAnalyzerTests {
  /// Breadth-first search written independently of the analyzer: over a dictionary adjacency, level by
  /// level, returning each reached symbol's least depth.
  private func referenceDepths(
    from start: Symbol, adjacency: [Symbol: [Symbol: RelationSet]], maxDepth: Int?, relations: RelationSet,
    bodies: Set<Body>?
  ) -> [Symbol: Int] {
    var depths: [Symbol: Int] = [start: 0]
    var frontier: Set<Symbol> = [start]
    var level = 0
    while !frontier.isEmpty && level < (maxDepth ?? Int.max) {
      level += 1
      var next: Set<Symbol> = []
      for node in frontier {
        for (neighbour, edgeRelations) in adjacency[node] ?? [:]
        where depths[neighbour] == nil && edgeRelations.intersects(relations)
          && (bodies?.contains(neighbour.body) ?? true)
        {
          next.insert(neighbour)
        }
      }
      for node in next { depths[node] = level }
      frontier = next
    }
    depths[start] = nil
    return depths
  }

  private func check(
    _ described: EdgeListGraph, start: Symbol, direction: LineageAnalyzer.Direction, maxDepth: Int? = nil,
    relations: RelationSet = .all, bodies: Set<Body>? = nil
  ) throws {
    let graph = described.graph
    let adjacency = direction == .ancestors ? described.forward : described.backward
    let expected = referenceDepths(
      from: start, adjacency: adjacency, maxDepth: maxDepth, relations: relations, bodies: bodies)
    let startID = try #require(graph.id(of: start))
    let entries = LineageAnalyzer(graph: graph).walk(
      from: startID, direction: direction, maxDepth: maxDepth, relations: relations, bodies: bodies)
    var actual: [Symbol: Int] = [:]
    for entry in entries { actual[entry.symbol] = entry.depth }
    #expect(actual == expected)
    #expect(entries.count == actual.count, "each document is reported once")
    #expect(entries.map(\.depth) == entries.map(\.depth).sorted(), "nearest first")
    for entry in entries {
      let parent = graph[entry.parent].symbol
      let linking = adjacency[parent]?[entry.symbol] ?? RelationSet()
      #expect(entry.relations == linking.intersection(relations), "relations of the tree edge into \(entry.symbol)")
      #expect((expected[parent] ?? 0) == entry.depth - 1, "the parent is one step nearer")
      if entry.depth == 1 { #expect(entry.firstRelations == entry.relations) }
    }
  }

  private func symbol(_ text: String) throws -> Symbol { try #require(Symbol(parsing: text)) }

  /// 71/244 → 64/222 (twice: reaffirms and welcomes) → 33/134 → 71/244 (a cycle), 71/244 → 1325 (2000).
  private func handBuilt() throws -> EdgeListGraph {
    let symbols = try ["71/244", "64/222", "33/134", "1325 (2000)", "60/1"].map(symbol)
    return EdgeListGraph(
      symbols: symbols,
      edges: [
        (0, 1, .reaffirms), (0, 1, .welcomes), (1, 2, .recalls), (2, 0, .cites), (0, 3, .notes), (3, 4, .recalls),
        (1, 4, .cites),
      ])
  }

  @Test("on a hand-built graph with a cycle and parallel edges, both directions match a reference BFS")
  func handBuiltGraph() throws {
    let described = try handBuilt()
    for start in described.symbols {
      for direction in LineageAnalyzer.Direction.allCases {
        try check(described, start: start, direction: direction)
        try check(described, start: start, direction: direction, maxDepth: 1)
        try check(described, start: start, direction: direction, relations: RelationSet([.recalls, .reaffirms]))
        try check(described, start: start, direction: direction, bodies: [.generalAssembly])
      }
    }
  }

  @Test("hand-checked answers: 71/244's ancestors are 64/222, 1325 (2000) at depth 1 and 33/134, 60/1 at depth 2")
  func handChecked() throws {
    let graph = try handBuilt().graph
    let start = try #require(graph.id(of: try symbol("71/244")))
    let entries = LineageAnalyzer(graph: graph).ancestors(of: start)
    let rows = entries.map { "\($0.depth) \($0.symbol) \($0.relations) via \(graph[$0.parent].symbol)" }
    #expect(
      rows == [
        "1 A/RES/64/222 reaffirms,welcomes via A/RES/71/244", "1 S/RES/1325(2000) notes via A/RES/71/244",
        "2 A/RES/33/134 recalls via A/RES/64/222", "2 A/RES/60/1 cites via A/RES/64/222",
      ])
    #expect(entries.last?.firstRelations == RelationSet([.reaffirms, .welcomes]))
    let bySC = LineageAnalyzer(graph: graph).ancestors(of: start, bodies: [.securityCouncil])
    #expect(bySC.map(\.symbol.canonical) == ["S/RES/1325(2000)"])
  }

  @Test("on seeded random graphs, every walk matches a reference BFS", arguments: 1...12)
  func randomGraphs(seed: Int) throws {
    let described = EdgeListGraph.random(count: 40, edgeCount: 30 + seed * 8, seed: UInt64(seed))
    var generator = SeededGenerator(seed: UInt64(seed) * 7919)
    for _ in 0..<6 {
      let start = try #require(described.symbols.randomElement(using: &generator))
      let relations = RelationSet(Relation.allCases.filter { _ in Bool.random(using: &generator) })
      for direction in LineageAnalyzer.Direction.allCases {
        try check(described, start: start, direction: direction)
        try check(described, start: start, direction: direction, maxDepth: Int.random(in: 1...3, using: &generator))
        try check(described, start: start, direction: direction, relations: relations)
        try check(described, start: start, direction: direction, bodies: [.generalAssembly])
      }
    }
  }

  /// Every simple path from `source` to `target`, by an explicit-stack depth-first enumeration.
  private func allSimplePaths(_ described: EdgeListGraph, from source: Symbol, to target: Symbol) -> Set<[Symbol]> {
    let adjacency = described.forward
    var found: Set<[Symbol]> = []
    var stack: [[Symbol]] = [[source]]
    while let path = stack.popLast() {
      guard let last = path.last else { continue }
      if last == target && path.count > 1 {
        found.insert(path)
        continue
      }
      for next in (adjacency[last] ?? [:]).keys where !path.contains(next) { stack.append(path + [next]) }
    }
    return found
  }

  @Test("chains are simple, shortest first, and as short as an exhaustive enumeration allows", arguments: 1...15)
  func chains(seed: Int) throws {
    let described = EdgeListGraph.random(count: 9, edgeCount: 14 + seed, seed: UInt64(seed) + 100)
    let graph = described.graph
    let analyzer = LineageAnalyzer(graph: graph)
    for source in described.symbols.prefix(4) {
      for target in described.symbols.suffix(4) where source != target {
        let all = allSimplePaths(described, from: source, to: target)
        let lengths = all.map(\.count).sorted()
        for limit in [1, 3, 50] {
          let chains = analyzer.paths(
            from: try #require(graph.id(of: source)), to: try #require(graph.id(of: target)), max: limit)
          let paths = chains.map { $0.nodes.map { graph[$0].symbol } }
          #expect(paths.map(\.count) == Array(lengths.prefix(limit)))
          #expect(Set(paths).count == paths.count, "no chain twice")
          #expect(paths.allSatisfy(all.contains), "every chain is a simple path of the graph")
          for chain in chains {
            #expect(chain.relations.count == chain.nodes.count - 1)
            #expect(!chain.relations.contains { $0.isEmpty })
          }
        }
      }
    }
  }

  @Test("chains follow only the chosen relations")
  func chainRelations() throws {
    let described = try handBuilt()
    let graph = described.graph
    let analyzer = LineageAnalyzer(graph: graph)
    let from = try #require(graph.id(of: try symbol("71/244")))
    let to = try #require(graph.id(of: try symbol("60/1")))
    let all = analyzer.paths(from: from, to: to, max: 10)
    #expect(
      all.map { $0.nodes.map { graph[$0].symbol.canonical } } == [
        ["A/RES/71/244", "A/RES/64/222", "A/RES/60/1"], ["A/RES/71/244", "S/RES/1325(2000)", "A/RES/60/1"],
      ])
    let onlyRecalls = analyzer.paths(from: from, to: to, max: 10, relations: RelationSet([.notes, .recalls]))
    #expect(
      onlyRecalls.map { $0.nodes.map { graph[$0].symbol.canonical } } == [
        ["A/RES/71/244", "S/RES/1325(2000)", "A/RES/60/1"]
      ])
    #expect(analyzer.paths(from: from, to: from, max: 3).isEmpty)
  }

  @Test("a chain of a million documents is walked and traced without recursion")
  func millionChain() throws {
    let count = 1_000_000
    let nodes = (1...count).compactMap { Symbol(body: .generalAssembly, series: .session(1), number: $0) }
      .map { CitationGraph.Node(symbol: $0) }
    let edges = (0..<(count - 1)).map {
      CitationGraph.EdgeRecord(source: Int32($0), target: Int32($0 + 1), relations: RelationSet(.recalls))
    }
    let graph = CitationGraph(sortedUniqueNodes: nodes, sortedEdges: edges, files: [])
    let analyzer = LineageAnalyzer(graph: graph)
    let ancestors = analyzer.ancestors(of: 0)
    #expect(ancestors.count == count - 1)
    #expect(ancestors.last?.depth == count - 1)
    let descendants = analyzer.descendants(of: Int32(count - 1), maxDepth: 10)
    #expect(descendants.map(\.depth) == Array(1...10))
    let chains = analyzer.paths(from: 0, to: Int32(count - 1), max: 1)
    #expect(chains.count == 1)
    #expect(chains.first?.length == count - 1)
  }
}
