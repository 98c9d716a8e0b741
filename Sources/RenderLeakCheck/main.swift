import CiteGraph
import CiteGraphRender
import Foundation

// Renders a small lineage map N times in every format, plus Graphviz's failure paths, so that
// Scripts/leak-check.sh can run it under valgrind and compare the memory lost by one round and by N:
// what Graphviz leaks once (plugin loading) stays constant, a leak per render grows with N.

let arguments = CommandLine.arguments
guard arguments.count == 2, let rounds = Int(arguments[1]), rounds > 0 else {
  print("usage: RenderLeakCheck ROUNDS")
  exit(64)
}

func map() -> LineageMap? {
  let rows = [
    ("A/RES/71/244", "2016-12-21", #"South-South "cooperation" <b>&amp; \N"#),
    ("A/RES/64/222", "2009-12-21", "Nairobi outcome document"), ("A/RES/33/134", "1978-12-19", "Buenos Aires"),
    ("S/RES/1325(2000)", "2000-10-31", "Women and peace and security"),
  ]
  var nodes: [CitationGraph.Node] = []
  for (text, iso, title) in rows {
    guard let symbol = Symbol(parsing: text) else { return nil }
    nodes.append(CitationGraph.Node(symbol: symbol, date: CalendarDate(iso: iso), title: title, hasText: true))
  }
  let edges = [(0, 1), (0, 2), (1, 2), (0, 3)].map {
    CitationGraph.EdgeRecord(source: Int32($0.0), target: Int32($0.1), relations: RelationSet(.reaffirms))
  }
  return LineageMap(graph: CitationGraph(nodes: nodes, edges: edges), focus: nodes[0].symbol, reduce: true)
}

guard let map = map() else { exit(70) }
var bytes = 0
for _ in 0..<rounds {
  for format in MapFormat.allCases {
    for engine in [LayoutEngine.dot, .sfdp] {
      bytes += (try? LineageRenderer(engine: engine, format: format).render(map).count) ?? 0
    }
  }
  let renderer = GraphvizRenderer()
  for (dot, engine, format) in [
    ("digraph { a -> ", "dot", "svg"), ("digraph { a -> b }", "no-such-engine", "svg"),
    ("digraph { a -> b }", "dot", "no-such-format"),
  ] {
    bytes += (try? renderer.render(dot: dot, engine: engine, format: format).count) ?? 0
  }
}
print("rendered \(bytes) bytes in \(rounds) rounds")
