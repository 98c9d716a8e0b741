import Testing

@testable import CiteGraph

@Suite("Strongly connected components")
struct StronglyConnectedComponentsTests {
  /// Nodes that reach each other, by a breadth-first search from every node: the definition, not an
  /// algorithm.
  private func referenceComponents(_ graph: CitationGraph) -> Set<Set<Int32>> {
    let n = graph.nodeCount
    var reach = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
    for s in 0..<n {
      var queue = [Int32(s)]
      reach[s][s] = true
      while let v = queue.popLast() {
        for w in graph.successors(of: v) where !reach[s][Int(w)] {
          reach[s][Int(w)] = true
          queue.append(w)
        }
      }
    }
    return Set(
      (0..<n).map { u in Set((0..<n).filter { v in reach[u][v] && reach[v][u] }.map { Int32($0) }) })
  }

  private func components(_ scc: StronglyConnectedComponents) -> Set<Set<Int32>> {
    Set((0..<scc.count).map { Set(scc.members(of: $0)) })
  }

  @Test("two citation circles, a self-citation and a dangling node: four components, circles listed")
  func handGraph() {
    let graph = AnalysisGraphs.graph(
      8, [(0, 1), (0, 2), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (4, 6), (6, 6), (6, 7), (1, 5)])
    let scc = CycleAnalyzer(graph: graph).stronglyConnectedComponents()
    #expect(scc.count == 4)
    #expect(scc.circles == [[0, 1, 2], [3, 4, 5]])
    #expect(components(scc) == [[0, 1, 2], [3, 4, 5], [6], [7]])
  }

  @Test("components equal mutual reachability, and every edge between two goes to a lower number")
  func randomGraphs() {
    for seed in UInt64(1)...30 {
      let graph = AnalysisGraphs.random(12, density: Double(seed % 5 + 1) * 0.04, seed: seed, selfLoops: true)
      let scc = StronglyConnectedComponents(graph: graph)
      #expect(components(scc) == referenceComponents(graph), "seed \(seed)")
      for edge in graph.edgeRecords {
        let from = scc.component(of: edge.source) ?? -1
        let to = scc.component(of: edge.target) ?? -1
        #expect(from == to || from > to, "seed \(seed): \(edge.source) → \(edge.target)")
      }
    }
  }

  @Test("on a node subset, components are those of the induced subgraph")
  func subset() {
    let graph = AnalysisGraphs.random(14, density: 0.25, seed: 7)
    let kept: [Int32] = [13, 1, 2, 3, 5, 8, 9, 11, 2]
    let scc = StronglyConnectedComponents(graph: graph, nodes: kept)
    let unique = Array(Set(kept)).sorted()
    let expected = Set(referenceComponents(graph.subgraph(unique)).map { Set($0.map { unique[Int($0)] }) })
    #expect(expected.contains { $0.count > 1 })
    #expect(components(scc) == expected)
    #expect(scc.component(of: 0) == nil)
  }

  @Test("a chain of a million citations is a million components, a closed chain a single one, no overflow")
  func millionChain() {
    let open = StronglyConnectedComponents(graph: AnalysisGraphs.millionChain)
    #expect(open.count == 1_000_000)
    #expect(open.component(of: 999_999) == 0 && open.component(of: 0) == 999_999)
    // Closed, the whole chain is one component: every node stays open on the stacks until the end.
    let closed = StronglyConnectedComponents(graph: AnalysisGraphs.chain(200_000, closed: true))
    #expect(closed.count == 1)
    #expect(closed.members(of: 0).count == 200_000)
  }
}

@Suite("Cycles, self-citations and temporal anomalies")
struct CycleAnalyzerTests {
  /// Every elementary cycle by brute force: simple paths from each start through larger nodes only,
  /// closed by an edge back to the start.
  private func referenceCycles(_ graph: CitationGraph, maxLength: Int) -> [[Int32]] {
    var cycles: [[Int32]] = []
    func walk(_ path: [Int32]) {
      guard let last = path.last else { return }
      for w in graph.successors(of: last) {
        if w == path[0] && path.count >= 2 { cycles.append(path) }
        if w > path[0] && !path.contains(w) && path.count < maxLength { walk(path + [w]) }
      }
    }
    for s in 0..<Int32(graph.nodeCount) { walk([s]) }
    return cycles.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
  }

  private func completeGraph(_ n: Int) -> CitationGraph {
    AnalysisGraphs.graph(n, (0..<n).flatMap { u in (0..<n).filter { $0 != u }.map { (u, $0) } })
  }

  @Test("the complete graph on three nodes has five cycles, each with the edges that make it")
  func triangle() throws {
    let graph = completeGraph(3)
    let search = CycleAnalyzer(graph: graph).elementaryCycles()
    #expect(search.cycles.map(\.nodes) == [[0, 1], [0, 2], [1, 2], [0, 1, 2], [0, 2, 1]])
    #expect(!search.truncated)
    for cycle in search.cycles {
      for (i, edge) in cycle.edges.enumerated() {
        #expect(graph.source(ofEdge: edge) == cycle.nodes[i])
        #expect(graph.target(ofEdge: edge) == cycle.nodes[(i + 1) % cycle.nodes.count])
      }
    }
  }

  @Test("cycles match a brute-force enumeration on random graphs, with and without a length bound")
  func randomGraphs() {
    for seed in UInt64(1)...25 {
      let graph = AnalysisGraphs.random(8, density: 0.25 + Double(seed % 4) * 0.05, seed: seed, selfLoops: true)
      let analyzer = CycleAnalyzer(graph: graph)
      for bound in [2, 3, 4, 5, 8] {
        let found = analyzer.elementaryCycles(maxCycles: 100_000, maxLength: bound)
        #expect(found.cycles.map(\.nodes) == referenceCycles(graph, maxLength: bound), "seed \(seed), bound \(bound)")
      }
      let unbounded = analyzer.elementaryCycles(maxCycles: 100_000)
      #expect(unbounded.cycles.map(\.nodes) == referenceCycles(graph, maxLength: 8), "seed \(seed)")
    }
  }

  @Test("the complete graph on four nodes has 6 + 8 + 6 cycles; a smaller limit truncates")
  func limits() {
    let analyzer = CycleAnalyzer(graph: completeGraph(4))
    let all = analyzer.elementaryCycles(maxCycles: 20)
    #expect(all.cycles.count == 20 && !all.truncated)
    let some = analyzer.elementaryCycles(maxCycles: 19)
    #expect(some.cycles.count == 19 && some.truncated)
    let short = analyzer.elementaryCycles(maxCycles: 100, maxLength: 3)
    #expect(short.cycles.count == 14 && !short.truncated)
    let none = analyzer.elementaryCycles(maxCycles: 0)
    #expect(none.cycles.isEmpty && none.truncated)
    #expect(analyzer.elementaryCycles(maxLength: 1).cycles.isEmpty)
  }

  @Test("self-citations are their own list and not cycles")
  func selfCitations() throws {
    let graph = AnalysisGraphs.graph(3, [(0, 1), (1, 1), (2, 2), (2, 0)])
    let analyzer = CycleAnalyzer(graph: graph)
    let loops = analyzer.selfCitations()
    #expect(loops.map { graph.source(ofEdge: $0) } == [1, 2])
    #expect(loops.map { graph.location(ofEdge: $0)?.line } == [2, 3])
    #expect(analyzer.elementaryCycles().cycles.isEmpty)
  }

  @Test("a citation of a later document is an anomaly, one of the same day is listed apart")
  func temporal() throws {
    // 0 (2001) cites 1 (2000): fine; 1 cites 2 (2005): later; 2 cites 3 (same day); 3 cites 4 (no date);
    // 2 cites itself: a self-citation, not an anomaly.
    let dates = [
      AnalysisGraphs.date(2001), AnalysisGraphs.date(2000), AnalysisGraphs.date(2005, 3),
      AnalysisGraphs.date(2005, 3), nil,
    ]
    let graph = AnalysisGraphs.graph(5, [(0, 1), (1, 2), (2, 3), (3, 4), (2, 2)], dates: dates)
    let anomalies = CycleAnalyzer(graph: graph).temporalAnomalies()
    #expect(anomalies.later.map { [$0.citing, $0.cited] } == [[1, 2]])
    #expect(anomalies.later.first?.citedDate == AnalysisGraphs.date(2005, 3))
    #expect(anomalies.later.map { graph.location(ofEdge: $0.edge)?.line } == [2])
    #expect(anomalies.sameDay.map { [$0.citing, $0.cited] } == [[2, 3]])
  }
}
