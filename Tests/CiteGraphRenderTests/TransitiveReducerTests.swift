import CiteGraph
import CiteGraphRender
import Testing

@Suite("Transitive reduction")
struct TransitiveReducerTests {
  typealias Pair = [Int]

  static func graph(_ count: Int, _ pairs: [Pair]) throws -> CitationGraph {
    let nodes = try (1...count).map { CitationGraph.Node(symbol: try MapFixtures.symbol("A/RES/70/\($0)")) }
    return CitationGraph(
      nodes: nodes,
      edges: pairs.map { CitationGraph.EdgeRecord(source: Int32($0[0]), target: Int32($0[1]), relations: .all) })
  }

  static func pairs(_ graph: CitationGraph) -> Set<Pair> {
    Set(graph.edgeRecords.map { [Int($0.source), Int($0.target)] })
  }

  /// Reference: whether `target` is reachable from `source` by depth-first search, optionally
  /// without using the direct edge `source → target`.
  static func reaches(_ edges: Set<Pair>, from source: Int, to target: Int, skippingDirect: Bool) -> Bool {
    var seen: Set<Int> = [source]
    var stack = [source]
    while let node = stack.popLast() {
      for edge in edges where edge[0] == node {
        if skippingDirect && node == source && edge[1] == target { continue }
        if edge[1] == target { return true }
        if seen.insert(edge[1]).inserted { stack.append(edge[1]) }
      }
    }
    return false
  }

  /// Random DAGs from a fixed linear congruential sequence: edges only from higher to lower index.
  static func randomDAG(nodes: Int, edges: Int, seed: UInt64) -> [Pair] {
    var state = seed
    var pairs: [Pair] = []
    for _ in 0..<edges {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let a = Int(state >> 33) % nodes
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let b = Int(state >> 33) % nodes
      if a != b { pairs.append([max(a, b), min(a, b)]) }
    }
    return pairs
  }

  @Test("a hand-made DAG: the shortcut edges are dropped, the others kept")
  func handMade() throws {
    // 0 → 1 → 2 → 3, plus shortcuts 0 → 2, 0 → 3, 1 → 3, and a side branch 0 → 4 → 3.
    let graph = try Self.graph(5, [[0, 1], [1, 2], [2, 3], [0, 2], [0, 3], [1, 3], [0, 4], [4, 3]])
    let (reduced, summary) = TransitiveReducer().reduce(graph)
    #expect(Self.pairs(reduced) == [[0, 1], [1, 2], [2, 3], [0, 4], [4, 3]])
    #expect(summary == TransitiveReducer.Summary(removedEdges: 3, cycles: 0, documentsInCycles: 0))
  }

  @Test(
    "random DAGs: an edge is kept exactly when no longer path joins its ends", arguments: [1, 2, 3, 4, 5] as [UInt64])
  func randomDAGs(seed: UInt64) throws {
    let pairs = Self.randomDAG(nodes: 30, edges: 90, seed: seed)
    let graph = try Self.graph(30, pairs)
    let edges = Self.pairs(graph)
    let expected = edges.filter { !Self.reaches(edges, from: $0[0], to: $0[1], skippingDirect: true) }
    let (reduced, summary) = TransitiveReducer().reduce(graph)
    #expect(Self.pairs(reduced) == expected)
    #expect(summary.removedEdges == edges.count - expected.count)
  }

  @Test("with cycles: citations inside a cycle stay, implied ones between components go, reachability is kept")
  func cycles() throws {
    // Cycle {1, 2, 3}: 1 → 2 → 3 → 1, with the chord 1 → 3 inside it. 0 cites the cycle twice
    // (0 → 1 and 0 → 3) and cites 4 directly and through the cycle (3 → 4): 0 → 4 is implied;
    // of 0's two edges into the cycle, both are kept, since the component edge is not implied.
    let graph = try Self.graph(5, [[1, 2], [2, 3], [3, 1], [1, 3], [0, 1], [0, 3], [3, 4], [0, 4]])
    let (reduced, summary) = TransitiveReducer().reduce(graph)
    #expect(Self.pairs(reduced) == [[1, 2], [2, 3], [3, 1], [1, 3], [0, 1], [0, 3], [3, 4]])
    #expect(summary == TransitiveReducer.Summary(removedEdges: 1, cycles: 1, documentsInCycles: 3))
  }

  @Test("random graphs with cycles keep exactly the same reachability", arguments: [7, 8, 9] as [UInt64])
  func reachabilityKept(seed: UInt64) throws {
    var pairs = Self.randomDAG(nodes: 25, edges: 60, seed: seed)
    pairs += Self.randomDAG(nodes: 25, edges: 6, seed: seed &+ 100).map { [$0[1], $0[0]] }
    let graph = try Self.graph(25, pairs)
    let before = Self.pairs(graph)
    let after = Self.pairs(TransitiveReducer().reduce(graph).graph)
    #expect(after.isSubset(of: before))
    for source in 0..<25 {
      for target in 0..<25 where source != target {
        #expect(
          Self.reaches(before, from: source, to: target, skippingDirect: false)
            == Self.reaches(after, from: source, to: target, skippingDirect: false))
      }
    }
  }

  @Test("a reduced map says how many citations it hides")
  func mapSummary() throws {
    let (graph, focus) = try MapFixtures.southSouth()
    let full = LineageMap(graph: graph, focus: focus)
    let reduced = LineageMap(graph: graph, focus: focus, reduce: true)
    let hidden = try #require(reduced.reduction).removedEdges
    #expect(hidden > 0)
    #expect(reduced.edges.count == full.edges.count - hidden)
    #expect(reduced.summary.contains("\(hidden) implied by longer paths hidden"))
  }
}
