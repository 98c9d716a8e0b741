/// Writes a graph as Graphviz DOT: one statement per node (label, date, title as tooltip) and per
/// edge (relations as label, mentions), identifiers quoted and escaped.
struct DOTExporter {
  /// The DOT text for `graph`.
  ///
  /// - Complexity: O(*V* + *E*).
  func text(for graph: CitationGraph) -> String {
    var out = "digraph citegraph {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n"
    out.reserveCapacity(graph.nodeCount * 80 + graph.edgeCount * 60)
    for node in graph.nodes {
      out += "  \(Self.quoted(node.symbol.canonical)) [label=\(Self.quoted(node.symbol.canonical))"
      if let date = node.date { out += ", date=\(Self.quoted(date.iso))" }
      if let title = node.title { out += ", tooltip=\(Self.quoted(title))" }
      if !node.hasText { out += ", style=dashed" }
      out += "];\n"
    }
    for source in 0..<CitationGraph.NodeID(graph.nodeCount) {
      let from = Self.quoted(graph[source].symbol.canonical)
      for edge in graph.outEdges(of: source) {
        out += "  \(from) -> \(Self.quoted(graph[graph.target(ofEdge: edge)].symbol.canonical))"
        out +=
          " [label=\(Self.quoted(graph.relations(ofEdge: edge).description)), mentions=\(graph.mentions(ofEdge: edge))];\n"
      }
    }
    return out + "}\n"
  }

  /// `text` as a DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r", "\t": out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
