import CiteGraph
import Foundation

/// PageRank, strongly connected components and betweenness, next to igraph on the same graphs.
struct AnalysisBenchmarks {
  let context: BenchmarkContext
  let large: GraphBenchmarks
  let small: SyntheticGraph

  func run(into report: inout BenchmarkReport, igraph: PythonPeers.GraphTimes?) async {
    let analyzer = CentralityAnalyzer(graph: large.graph)
    var iterations = 0
    var converged = false
    let pagerank = Stopwatch.sample(runs: context.runs) {
      let result = analyzer.pageRank(tolerance: 1e-10)
      iterations = result.iterations
      converged = result.converged
    }
    var row = BenchmarkRow(
      id: "analysis.pagerank", title: "PageRank to 1e-10, 1 core", size: large.size, samples: pagerank
    ).checked(against: .atMost(0.1, "≤ 0.1 s"))
    row.note =
      (iterations == 1
        ? "acyclic: each component exact in one pass, "
        : "components in topological order, at most \(iterations) Gauss–Seidel sweeps of a circle, ")
      + (converged ? "converged" : "NOT converged")
    report.add(attach(igraph?.pagerank, to: row, note: "igraph: PRPACK solve"))

    // The same graph with every 50th citation also made in return: citation circles, most of the graph
    // one of them, the solver's slow case (Gauss–Seidel sweeps instead of one pass).
    var records = large.graph.edgeRecords
    records += records.enumerated().filter { $0.offset % 50 == 0 }.map {
      CitationGraph.EdgeRecord(source: $0.element.target, target: $0.element.source, relations: $0.element.relations)
    }
    let circled = CitationGraph(nodes: large.graph.nodes, edges: records)
    let largest = StronglyConnectedComponents(graph: circled).circles.map(\.count).max() ?? 0
    let circledAnalyzer = CentralityAnalyzer(graph: circled)
    let pagerankCircled = Stopwatch.sample(runs: context.runs) {
      let result = circledAnalyzer.pageRank(tolerance: 1e-10)
      iterations = result.iterations
      converged = result.converged
    }
    row = BenchmarkRow(
      id: "analysis.pagerank.circles", title: "PageRank to 1e-10, with circles, 1 core",
      size: "+2% return citations, \(BenchmarkFormat.count(Double(circled.edgeCount))) edges", samples: pagerankCircled)
    row.note =
      "largest circle \(BenchmarkFormat.count(Double(largest))) nodes, at most \(iterations) Gauss–Seidel sweeps, "
      + (converged ? "converged" : "NOT converged")
    report.add(row)

    var components = 0
    let scc = Stopwatch.sample(runs: context.runs) {
      components = StronglyConnectedComponents(graph: large.graph).count
    }
    row = BenchmarkRow(id: "analysis.scc", title: "strongly connected components", size: large.size, samples: scc)
      .checked(against: .atMost(0.05, "≤ 0.05 s"))
    row.note = "\(BenchmarkFormat.count(Double(components))) components (Pearce, iterative)"
    report.add(attach(igraph?.scc, to: row))

    let smallGraph = small.citationGraph()
    let smallAnalyzer = CentralityAnalyzer(graph: smallGraph)
    let smallSize =
      "\(BenchmarkFormat.count(Double(small.nodeCount))) nodes / \(BenchmarkFormat.count(Double(small.edgeCount))) edges"
    let (exact, exactCores) = await Stopwatch.sampleWithCores(runs: max(1, min(context.runs, 3))) {
      _ = await smallAnalyzer.betweenness(sources: .all)
    }
    row = BenchmarkRow(
      id: "analysis.betweenness.exact", title: "betweenness, exact, \(context.cores) cores", size: smallSize,
      samples: exact
    ).checked(against: .atMost(1.2, "≤ 1.2 s"))
    row.note = String(format: "the process got %.2f cores", exactCores)
    report.add(attach(igraph?.betweenness, to: row, note: "igraph: one core (it has no parallel betweenness)"))

    let sampleSize = 1_000
    let sampled = await Stopwatch.sample(runs: max(1, min(context.runs, 3))) {
      _ = await analyzer.betweenness(sources: .sample(count: sampleSize, seed: context.seed))
    }
    row = BenchmarkRow(
      id: "analysis.betweenness.sampled", title: "betweenness, \(sampleSize) sampled sources, \(context.cores) cores",
      size: large.size, samples: sampled)
    row.note = "estimate from \(sampleSize) of \(BenchmarkFormat.count(Double(large.graph.nodeCount))) sources"
    report.add(row)
  }

  private func attach(_ samples: [Double]?, to row: BenchmarkRow, note: String? = nil) -> BenchmarkRow {
    guard let samples, let version = context.peers?.igraphVersion else { return row }
    var compared = row.compared(to: "igraph \(version)", samples: samples)
    if let note { compared.note = [row.note, note].compactMap { $0 }.joined(separator: "; ") }
    return compared
  }
}
