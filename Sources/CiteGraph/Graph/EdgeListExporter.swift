import Foundation

/// Writes a graph as a CSV or TSV edge list with a header, `source,target,relations,mentions`, that
/// ``EdgeListImporter`` reads back.
struct EdgeListExporter {
  /// The field separator: `,` or tab.
  let separator: Character

  /// The edge list for `graph`.
  ///
  /// - Complexity: O(*E*).
  func text(for graph: CitationGraph) -> String {
    var out = ["source", "target", "relations", "mentions"].joined(separator: String(separator)) + "\n"
    for source in 0..<CitationGraph.NodeID(graph.nodeCount) {
      let from = field(graph[source].symbol.canonical)
      for edge in graph.outEdges(of: source) {
        let cells = [
          from, field(graph[graph.target(ofEdge: edge)].symbol.canonical),
          field(graph.relations(ofEdge: edge).description), String(graph.mentions(ofEdge: edge)),
        ]
        out += cells.joined(separator: String(separator)) + "\n"
      }
    }
    return out
  }

  /// A CSV cell, quoted when it holds the separator or a quote; TSV cells never hold a tab.
  private func field(_ text: String) -> String {
    guard separator == ",", text.contains(where: { $0 == "," || $0 == "\"" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
