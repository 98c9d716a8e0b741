import Testing

@testable import CiteGraph

/// Fixture numbers come from networkx 3.6.1 (Python), on the same graphs with nodes 0…n−1 added in
/// order, each graph built as `G = nx.DiGraph(); G.add_nodes_from(range(n)); G.add_edges_from(edges)`.
@Suite("Centrality")
struct CentralityAnalyzerTests {
  /// Two citation circles ({0,1,2}, {3,4,5}), a self-citation (6) and a document citing nothing (7).
  static let circles = AnalysisGraphs.graph(
    8, [(0, 1), (0, 2), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (4, 6), (6, 6), (6, 7), (1, 5)])
  /// A citation DAG with parallel shortest paths (0→1→3 and 0→2→3).
  static let diamond = AnalysisGraphs.graph(
    7, [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (0, 5), (5, 4), (4, 6), (3, 6)])
  /// Three citing documents and three cited ones; its largest singular value is simple (2.276 > 1.186).
  static let bipartite = AnalysisGraphs.graph(6, [(0, 3), (0, 4), (0, 5), (1, 3), (1, 4), (2, 3), (4, 5)])

  private func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) {
    #expect(actual.count == expected.count)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
      #expect(abs(a - e) <= tolerance, "node \(i): \(a) vs \(e)")
    }
  }

  @Test("degrees count citing and cited documents, optionally by relation (\"most reaffirmed\")")
  func degrees() {
    let graph = AnalysisGraphs.graph(
      4, [(0, 3), (1, 3), (2, 3), (0, 1), (2, 1)],
      relations: [
        RelationSet(.reaffirms), RelationSet([.recalls, .reaffirms]), RelationSet(.recalls),
        RelationSet(.reaffirms), RelationSet(.welcomes),
      ])
    let analyzer = CentralityAnalyzer(graph: graph)
    #expect(analyzer.inDegree() == [0, 2, 0, 3])
    #expect(analyzer.outDegree() == [2, 1, 2, 0])
    #expect(analyzer.inDegree(relations: RelationSet(.reaffirms)) == [0, 1, 0, 2])
    #expect(analyzer.outDegree(relations: RelationSet([.recalls, .welcomes])) == [0, 1, 2, 0])
  }

  @Test("rankings put the highest first and break ties by node id")
  func ranking() {
    let ranked = CentralityAnalyzer.ranking([1, 3, 3, 0.5], top: 3)
    #expect(ranked.map(\.node) == [1, 2, 0])
    #expect(ranked.map(\.rank) == [1, 2, 3])
    #expect(CentralityAnalyzer.ranking([], top: 5).isEmpty)
  }

  @Test("PageRank of three documents citing a fourth that cites nothing: 20/131 each and 71/131")
  func pageRankByHand() {
    // Leaves x, centre y, dangling y spread uniformly: x = 0.15/4 + 0.85·y/4 and 3x + y = 1
    // give y = 0.8875 / 1.6375 = 71/131 and x = 20/131.
    let graph = AnalysisGraphs.graph(4, [(0, 3), (1, 3), (2, 3)])
    let result = CentralityAnalyzer(graph: graph).pageRank()
    #expect(result.converged)
    expectClose(result.scores, [20.0 / 131, 20.0 / 131, 20.0 / 131, 71.0 / 131])
  }

  @Test("PageRank agrees with networkx, plain and personalized")
  func pageRank() {
    // nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=10000)
    let plain = CentralityAnalyzer(graph: Self.circles).pageRank()
    #expect(plain.converged)
    expectClose(
      plain.scores,
      [
        0.06588155249975788, 0.058470198403833384, 0.08332003272546261, 0.17882038645912524, 0.18246786708169127,
        0.13286921642278543, 0.18785979495853206, 0.1103109514488121,
      ])
    // nx.pagerank(G, alpha=0.85, personalization={0: 1, 3: 1}, tol=1e-15, max_iter=10000)
    let personalized = CentralityAnalyzer(graph: Self.circles).pageRank(personalization: [0, 3, 3])
    expectClose(
      personalized.scores,
      [
        0.13545237482003922, 0.05756725929851655, 0.08203334450038603, 0.225487215285113, 0.19166413299234739,
        0.10592334172361621, 0.14166479395086415, 0.060207537429117414,
      ])
    // nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=10000)
    expectClose(
      CentralityAnalyzer(graph: Self.diamond).pageRank().scores,
      [
        0.05968901278227759, 0.07660089973725646, 0.07660089973725646, 0.18991054233561472, 0.20551175805158176,
        0.07660089973725646, 0.31508598761875617,
      ])
  }

  @Test("HITS hubs and authorities agree with networkx")
  func hits() {
    // h, a = nx.hits(G)  (networkx 3.6.1 uses scipy's svds; both vectors normalized to sum 1)
    let circles = CentralityAnalyzer(graph: Self.circles).hits()
    #expect(circles.converged)
    expectClose(
      circles.hubs,
      [0.19098300562505258, 0.30901699437494756, 0, 0, 0.30901699437494756, 0, 0.19098300562505255, 0.0])
    expectClose(
      circles.authorities,
      [
        0, 0.09549150281252626, 0.25000000000000006, 0, 0, 0.3090169943749476, 0.25000000000000006,
        0.09549150281252623,
      ])
    let bipartite = CentralityAnalyzer(graph: Self.bipartite).hits()
    expectClose(
      bipartite.hubs, [0.41304109275218487, 0.31427335259861283, 0.17391781449563043, 0.0, 0.09876774015357198, 0.0])
    expectClose(
      bipartite.authorities, [0.0, 0.0, 0.0, 0.4210666143089475, 0.33981010743449813, 0.23912327825655436])
    let empty = CentralityAnalyzer(graph: AnalysisGraphs.graph(3, [])).hits()
    #expect(empty.hubs == [0, 0, 0] && empty.authorities == [0, 0, 0])
  }

  @Test("betweenness of a chain and of a bow tie, by hand")
  func betweennessByHand() async {
    // 0→1→2→3: node 1 lies on 0→2 and 0→3, node 2 on 0→3 and 1→3.
    let chain = await CentralityAnalyzer(graph: AnalysisGraphs.graph(4, [(0, 1), (1, 2), (2, 3)])).betweenness()
    #expect(chain == [0, 2, 2, 0])
    // 0,1 → 2 → 3,4: the centre lies on the four pairs (0|1, 3|4); normalized by (5−1)(5−2) = 12.
    let bowTie = AnalysisGraphs.graph(5, [(0, 2), (1, 2), (2, 3), (2, 4)])
    #expect(await CentralityAnalyzer(graph: bowTie).betweenness() == [0, 0, 4, 0, 0])
    #expect(await CentralityAnalyzer(graph: bowTie).betweenness(normalized: true) == [0, 0, 4.0 / 12, 0, 0])
    // An out-star: every shortest path has no inner node.
    let star = AnalysisGraphs.graph(4, [(0, 1), (0, 2), (0, 3)])
    #expect(await CentralityAnalyzer(graph: star).betweenness() == [0, 0, 0, 0])
  }

  @Test("exact betweenness agrees with networkx, raw and normalized")
  func betweenness() async {
    // nx.betweenness_centrality(G, normalized=False) and normalized=True
    expectClose(
      await CentralityAnalyzer(graph: Self.circles).betweenness(), [1.5, 1.5, 7.0, 12.5, 11.5, 3.0, 6.0, 0.0])
    expectClose(
      await CentralityAnalyzer(graph: Self.circles).betweenness(normalized: true),
      [
        0.03571428571428571, 0.03571428571428571, 0.16666666666666666, 0.2976190476190476, 0.2738095238095238,
        0.07142857142857142, 0.14285714285714285, 0.0,
      ])
    expectClose(
      await CentralityAnalyzer(graph: Self.diamond).betweenness(),
      [0.0, 0.8333333333333333, 0.8333333333333333, 4.666666666666666, 1.3333333333333333, 1.3333333333333333, 0.0])
    expectClose(
      await CentralityAnalyzer(graph: Self.diamond).betweenness(normalized: true),
      [
        0.0, 0.027777777777777776, 0.027777777777777776, 0.15555555555555553, 0.04444444444444444,
        0.04444444444444444, 0.0,
      ])
  }

  @Test("betweenness from a sample of sources is scaled like networkx's k")
  func sampledBetweenness() async {
    // nx.betweenness_centrality(G, k=3, seed=1, normalized=False) and normalized=True; with seed 1
    // networkx samples the nodes sorted(random.Random(1).sample(list(G), 3)) == [0, 2, 4].
    let analyzer = CentralityAnalyzer(graph: Self.circles)
    expectClose(
      await analyzer.betweenness(sources: .nodes([4, 0, 2])),
      [5.25, 3.5, 14.0, 15.166666666666668, 15.75, 2.3333333333333335, 7.0, 0.0])
    expectClose(
      await analyzer.betweenness(normalized: true, sources: .nodes([0, 2, 4])),
      [
        0.125, 0.08333333333333333, 0.3333333333333333, 0.3611111111111111, 0.375, 0.05555555555555555,
        0.16666666666666666, 0.0,
      ])
  }

  @Test("a seeded sample is reproducible, a sample of every node is exact, and workers agree to rounding")
  func samplingAndWorkers() async {
    let graph = AnalysisGraphs.random(40, density: 0.08, seed: 11)
    let analyzer = CentralityAnalyzer(graph: graph)
    let exact = await analyzer.betweenness(workers: 1)
    #expect(exact.contains { $0 > 1 })
    expectClose(await analyzer.betweenness(workers: 3), exact)
    #expect(await analyzer.betweenness(sources: .sample(count: 40, seed: 5), workers: 1) == exact)
    let first = await analyzer.betweenness(sources: .sample(count: 10, seed: 5), workers: 2)
    #expect(await analyzer.betweenness(sources: .sample(count: 10, seed: 5), workers: 2) == first)
    expectClose(await analyzer.betweenness(sources: .sample(count: 10, seed: 5), workers: 1), first)
    #expect(await analyzer.betweenness(sources: .sample(count: 10, seed: 6), workers: 2) != first)
  }
}

@Suite("Centrality on larger graphs")
struct CentralityScaleTests {
  /// PageRank as networkx's `pagerank` defines it, by plain power iteration over the edge list: the
  /// reference the component-wise solver is checked against.
  private static func powerIteration(
    _ graph: CitationGraph, damping: Double = 0.85, personalization: Set<Int> = []
  ) -> [Double] {
    let n = graph.nodeCount
    let teleport = (0..<n).map {
      personalization.isEmpty ? 1 / Double(n) : personalization.contains($0) ? 1 / Double(personalization.count) : 0
    }
    var rank = [Double](repeating: 1 / Double(n), count: n)
    for _ in 0..<100_000 {
      var next = [Double](repeating: 0, count: n)
      var dangling = 0.0
      for u in 0..<n {
        let targets = graph.successors(of: Int32(u))
        if targets.isEmpty { dangling += rank[u] }
        for v in targets { next[Int(v)] += damping * rank[u] / Double(targets.count) }
      }
      for v in 0..<n { next[v] += (damping * dangling + 1 - damping) * teleport[v] }
      let change = zip(next, rank).reduce(0) { $0 + abs($1.0 - $1.1) }
      rank = next
      if change < 1e-15 { break }
    }
    return rank
  }

  private static func l1(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + abs($1.0 - $1.1) } }

  @Test("PageRank agrees with a plain power iteration on random DAGs, plain and personalized")
  func pageRankOnDAGs() {
    for seed in 1...4 {
      // Keep only edges from a higher to a lower node: the graph is acyclic and every node is its own
      // component, so the solve is one pass.
      let random = AnalysisGraphs.random(300, density: 0.03, seed: UInt64(seed))
      let edges = random.edgeRecords.filter { $0.source > $0.target }.map { (Int($0.source), Int($0.target)) }
      let graph = AnalysisGraphs.graph(300, edges)
      #expect(StronglyConnectedComponents(graph: graph).count == 300)
      let plain = CentralityAnalyzer(graph: graph).pageRank()
      #expect(plain.converged && plain.iterations == 1)
      #expect(Self.l1(plain.scores, Self.powerIteration(graph)) < 1e-9)
      let personalized = CentralityAnalyzer(graph: graph).pageRank(personalization: [5, 150, 299])
      #expect(Self.l1(personalized.scores, Self.powerIteration(graph, personalization: [5, 150, 299])) < 1e-9)
    }
  }

  @Test("PageRank agrees with a plain power iteration on random graphs with circles and self-citations")
  func pageRankWithCycles() {
    // Sparse graphs break into many small circles beside singletons; the dense one is one circle.
    for (count, density, seed) in [(300, 0.004, 1), (300, 0.006, 2), (200, 0.02, 3), (120, 0.3, 4)] {
      let graph = AnalysisGraphs.random(count, density: density, seed: UInt64(seed), selfLoops: true)
      #expect(!StronglyConnectedComponents(graph: graph).circles.isEmpty)
      let plain = CentralityAnalyzer(graph: graph).pageRank()
      #expect(plain.converged && plain.iterations > 1)
      #expect(abs(plain.scores.reduce(0, +) - 1) < 1e-12)
      #expect(Self.l1(plain.scores, Self.powerIteration(graph)) < 1e-9)
      let personalized = CentralityAnalyzer(graph: graph).pageRank(personalization: [0, 7])
      #expect(Self.l1(personalized.scores, Self.powerIteration(graph, personalization: [0, 7])) < 1e-9)
    }
  }

  @Test("PageRank agrees with a plain power iteration on the benchmark's kind of graph, with and without circles")
  func pageRankPreferentialAttachment() {
    let dag = SyntheticGraph(nodes: 3_000, edges: 30_000, seed: 7).citationGraph()
    let exact = CentralityAnalyzer(graph: dag).pageRank()
    #expect(exact.iterations == 1)
    #expect(Self.l1(exact.scores, Self.powerIteration(dag)) < 1e-9)
    // Every 50th citation also cited back: circles of many sizes, hanging off one another.
    var edges = dag.edgeRecords.map { (Int($0.source), Int($0.target)) }
    edges += edges.enumerated().filter { $0.offset % 50 == 0 }.map { ($0.element.1, $0.element.0) }
    let cyclic = AnalysisGraphs.graph(dag.nodeCount, edges)
    #expect(StronglyConnectedComponents(graph: cyclic).circles.count > 1)
    let swept = CentralityAnalyzer(graph: cyclic).pageRank()
    #expect(swept.converged && swept.iterations > 1)
    #expect(Self.l1(swept.scores, Self.powerIteration(cyclic)) < 1e-9)
  }

  @Test("PageRank gives a lone self-citing document all the rank it keeps, and stops at the sweep limit")
  func pageRankEdges() {
    // One node citing only itself: x = 0.85 x + 0.15 x, so any positive vector normalizes to [1].
    #expect(CentralityAnalyzer(graph: AnalysisGraphs.graph(1, [(0, 0)])).pageRank().scores == [1])
    #expect(CentralityAnalyzer(graph: AnalysisGraphs.graph(0, [])).pageRank().scores.isEmpty)
    let circle = AnalysisGraphs.chain(50, closed: true)
    let limited = CentralityAnalyzer(graph: circle).pageRank(maxIterations: 2)
    #expect(!limited.converged && limited.iterations == 2)
    // A closed chain is symmetric: every document gets 1/50.
    #expect(CentralityAnalyzer(graph: circle).pageRank().scores.allSatisfy { abs($0 - 1.0 / 50) < 1e-12 })
  }
}
