import CiteGraph
import Foundation

/// Graph build, write and load, lineage walks and memory, on a 100,000-node / 1,000,000-edge
/// preferential-attachment citation DAG.
struct GraphBenchmarks {
  let context: BenchmarkContext
  let synthetic: SyntheticGraph
  let graph: CitationGraph

  /// Generates the graph and builds it once (the build is timed again in ``run(into:)``).
  init(context: BenchmarkContext, nodes: Int, edges: Int) {
    self.context = context
    BenchmarkContext.log("generating a \(nodes)-node / \(edges)-edge citation DAG (seed \(context.seed))")
    synthetic = SyntheticGraph(nodes: nodes, edges: edges, seed: context.seed)
    graph = synthetic.citationGraph()
  }

  var size: String {
    "\(BenchmarkFormat.count(Double(graph.nodeCount))) nodes / \(BenchmarkFormat.count(Double(graph.edgeCount))) edges"
  }

  /// The native graph file the write benchmark makes and the load benchmark reads.
  var graphFile: URL { context.scratch.appendingPathComponent("large.citegraph") }

  /// The most cited node: the root of the descendants walk and the end of the ancestors walk.
  var mostCited: CitationGraph.NodeID {
    (0..<CitationGraph.NodeID(graph.nodeCount)).max { graph.inDegree(of: $0) < graph.inDegree(of: $1) } ?? 0
  }

  func run(into report: inout BenchmarkReport, igraph: PythonPeers.GraphTimes?) {
    let (nodes, edges) = synthetic.records
    let build = Stopwatch.sample(runs: context.runs) { _ = CitationGraph(nodes: nodes, edges: edges) }
    report.add(BenchmarkRow(id: "graph.build", title: "graph build (CSR both ways)", size: size, samples: build))
    runFile(into: &report, igraph: igraph)
    runLineage(into: &report)
  }

  private func runFile(into report: inout BenchmarkReport, igraph: PythonPeers.GraphTimes?) {
    let path = graphFile.path
    var failure: String?
    let write = Stopwatch.sample(runs: context.runs) {
      do throws(CiteGraphError) { try GraphFile.write(graph, to: path) } catch { failure = error.localizedDescription }
    }
    let fileSize = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    guard failure == nil else {
      report.add(.skipped(id: "graph.write", title: "graph write", reason: failure ?? ""))
      return
    }
    report.add(
      BenchmarkRow(
        id: "graph.write", title: "graph write (native format)",
        size: "\(size), \(BenchmarkFormat.megabytes(fileSize))",
        samples: write, bytes: fileSize))
    var loadedEdges = 0
    let load = Stopwatch.sample(runs: context.runs) {
      do throws(CiteGraphError) {
        loadedEdges = try GraphFile.load(path: path).edgeCount
      } catch {
        failure = error.localizedDescription
      }
    }
    guard failure == nil, loadedEdges == graph.edgeCount else {
      report.add(.skipped(id: "graph.load", title: "graph load", reason: failure ?? "loaded \(loadedEdges) edges"))
      return
    }
    var row = BenchmarkRow(
      id: "graph.load", title: "graph load (native format)", size: "\(size), \(BenchmarkFormat.megabytes(fileSize))",
      samples: load, bytes: fileSize
    ).checked(against: .atMost(0.5, "≤ 0.5 s"))
    if let peer = igraph?.load, let version = context.peers?.igraphVersion {
      row = row.compared(to: "igraph \(version) edge list", samples: peer)
    }
    report.add(row)
    report.add(memoryRow())
  }

  /// Bytes per edge of the loaded graph, measured in a child process that does nothing but load it,
  /// so that nothing the benchmark allocated before blurs the resident size.
  private func memoryRow() -> BenchmarkRow {
    let title = "memory of the loaded graph"
    guard
      let result = try? PythonPeers.run("/proc/self/exe", ["--measure-load", graphFile.path]),
      result.status == 0,
      let probe = try? JSONDecoder().decode(LoadProbe.self, from: Data(result.output.utf8))
    else { return .skipped(id: "memory.graph", title: title, reason: "the load probe did not run") }
    let edges = Double(probe.edges)
    var row = BenchmarkRow(id: "memory.graph", title: title, size: size)
    row.bytesPerEdge = Double(probe.residentAfter - probe.residentBefore) / edges
    let parts = probe.parts.map { "\($0.part) " + String(format: "%.1f", Double($0.bytes) / edges) }
    row.note =
      String(
        format: "resident growth; peak during load %.1f B/edge (file bytes and parse state included); arrays ",
        Double(probe.peak - probe.residentBefore) / edges)
      + String(format: "%.1f B/edge: ", Double(probe.parts.reduce(0) { $0 + $1.bytes }) / edges)
      + parts.joined(separator: ", ")
    return row.checked(against: .atMost(40, "≤ 40 B/edge"))
  }

  /// What `--measure-load` prints.
  struct LoadProbe: Codable {
    struct Part: Codable {
      var part: String
      var bytes: Int
    }
    var edges: Int
    var residentBefore: Int
    var residentAfter: Int
    var peak: Int
    var parts: [Part]
  }

  /// Loads `path` and prints a ``LoadProbe`` as JSON: the body of the child process of ``memoryRow()``.
  static func measureLoad(path: String) throws {
    MemoryProbe.resetPeak()
    let before = MemoryProbe.residentBytes
    let graph = try GraphFile.load(path: path)
    let after = MemoryProbe.residentBytes
    let probe = LoadProbe(
      edges: graph.edgeCount, residentBefore: before, residentAfter: after, peak: MemoryProbe.peakResidentBytes,
      parts: graph.storageByteCounts.map { LoadProbe.Part(part: $0.part, bytes: $0.bytes) })
    print(String(decoding: try JSONEncoder().encode(probe), as: UTF8.self))
  }

  private func runLineage(into report: inout BenchmarkReport) {
    let analyzer = LineageAnalyzer(graph: graph)
    let root = mostCited
    let newest = CitationGraph.NodeID(graph.nodeCount - 1)
    let walks: [(String, String, CitationGraph.NodeID, LineageAnalyzer.Direction)] = [
      ("lineage.ancestors", "ancestors of the most cited node", root, .ancestors),
      ("lineage.descendants", "descendants of the most cited node", root, .descendants),
      // The most cited node is among the first, so it cites little: the newest shows a deep lineage.
      ("lineage.ancestors.newest", "ancestors of the newest node", newest, .ancestors),
    ]
    for (id, title, start, direction) in walks {
      var reached = 0
      let samples = Stopwatch.sample(runs: context.runs) {
        reached = analyzer.walk(from: start, direction: direction).count
      }
      report.add(
        BenchmarkRow(id: id, title: title, size: "\(BenchmarkFormat.count(Double(reached))) reached", samples: samples))
    }
  }

  /// Writes the graph as `source target` lines for the igraph peer.
  static func writeEdgeList(_ synthetic: SyntheticGraph, to url: URL) throws {
    var text = ""
    text.reserveCapacity(synthetic.edgeCount * 14)
    for edge in 0..<synthetic.edgeCount {
      text += "\(synthetic.sources[edge]) \(synthetic.targets[edge])\n"
    }
    try Data(text.utf8).write(to: url)
  }
}
