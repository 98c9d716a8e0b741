import CiteGraph
import CiteGraphRender
import Foundation

/// A 300-node lineage map rendered to SVG through Graphviz's C API, next to `dot -Tsvg` on the same DOT.
struct RenderBenchmarks {
  let context: BenchmarkContext
  let large: GraphBenchmarks

  func run(into report: inout BenchmarkReport) {
    let graph = large.graph
    let start = CitationGraph.NodeID(graph.nodeCount - 1)
    let lineage = LineageAnalyzer(graph: graph).ancestors(of: start)
    let ids = [start] + lineage.prefix(299).map(\.node)
    let subgraph = graph.subgraph(ids)
    let focus = graph[start].symbol
    var map = LineageMap(graph: subgraph, focus: focus, reduce: true)
    var dot = ""
    let model = Stopwatch.sample(runs: context.runs) {
      map = LineageMap(graph: subgraph, focus: focus, reduce: true)
      dot = DOTWriter().write(map)
    }
    let size = "\(map.nodes.count) nodes / \(map.edges.count) edges (reduced from \(subgraph.edgeCount))"
    report.add(
      BenchmarkRow(
        id: "render.model", title: "lineage map model + DOT (transitive reduction)", size: size, samples: model))

    let renderer = LineageRenderer(engine: .dot, format: .svg, force: true)
    var failure: String?
    var svgBytes = 0
    let ours = Stopwatch.sample(runs: context.runs) {
      do throws(RenderError) {
        svgBytes = try renderer.render(map).count
      } catch {
        failure = error.localizedDescription
      }
    }
    if let failure {
      report.add(.skipped(id: "render.svg", title: "render the map to SVG (C API)", reason: failure))
      return
    }
    var row = BenchmarkRow(
      id: "render.svg", title: "render the map to SVG (C API, in process)", size: size, samples: ours)
    row.note = "\(BenchmarkFormat.megabytes(svgBytes)) of SVG; DOT writing included"
    guard let dotTool = Self.findDot() else {
      row.note = (row.note ?? "") + "; dot -Tsvg peer skipped: `dot` is not on the PATH"
      report.add(row)
      return
    }
    let dotFile = context.scratch.appendingPathComponent("map.dot")
    let svgFile = context.scratch.appendingPathComponent("map.svg")
    do {
      try Data(dot.utf8).write(to: dotFile)
      var status: Int32 = 0
      let peer = try Stopwatch.sample(runs: context.runs) {
        status = try PythonPeers.run(dotTool, ["-Tsvg", dotFile.path, "-o", svgFile.path]).status
      }
      guard status == 0 else { throw PythonPeers.Missing(message: "dot exited with \(status)") }
      row = row.compared(to: "dot -Tsvg", samples: peer)
      let peerMedian = Stopwatch.median(peer)
      row = row.checked(against: .atMost(1.2 * peerMedian, "≤ 1.2× dot -Tsvg"))
    } catch {
      row.note = (row.note ?? "") + "; dot -Tsvg peer failed: \(error)"
    }
    report.add(row)
  }

  /// The `dot` executable on the PATH.
  static func findDot() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
