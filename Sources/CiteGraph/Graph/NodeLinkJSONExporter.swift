import Foundation

/// Writes a graph as node-link JSON, the shape networkx's `node_link_graph` and d3 read:
/// `{"directed": true, "multigraph": false, "graph": {}, "nodes": [...], "links": [...]}`.
struct NodeLinkJSONExporter {
  private struct Document: Encodable {
    struct Node: Encodable {
      var id: String
      var body: String
      var kind: String
      var date: String?
      var title: String?
      var hasText: Bool
    }
    struct Link: Encodable {
      var source: String
      var target: String
      var relations: [String]
      var mentions: Int
      var location: String?
    }
    var directed = true
    var multigraph = false
    var graph: [String: String] = [:]
    var nodes: [Node]
    var links: [Link]
  }

  /// The JSON bytes for `graph`, keys sorted.
  ///
  /// - Complexity: O(*V* + *E*).
  func bytes(for graph: CitationGraph) -> [UInt8] {
    let document = Document(
      nodes: graph.nodes.map {
        .init(
          id: $0.symbol.canonical, body: $0.symbol.body.code, kind: $0.symbol.kind.rawValue, date: $0.date?.iso,
          title: $0.title, hasText: $0.hasText)
      },
      // Records come in edge order, so a record's index is its edge.
      links: graph.edgeRecords.enumerated().map { index, edge in
        .init(
          source: graph[edge.source].symbol.canonical, target: graph[edge.target].symbol.canonical,
          relations: edge.relations.map(\.rawValue), mentions: Int(edge.mentions),
          location: graph.mentionSite(ofEdge: index))
      })
    return [UInt8](JSONText.encoded(document, pretty: false)) + [10]
  }
}
