/// Writes a graph as GraphML (`http://graphml.graphdrawing.org/xmlns`): node ids are canonical
/// symbols; nodes carry `date`, `title` and `hasText`, edges `relations` and `mentions`.
struct GraphMLExporter {
  /// The GraphML namespace.
  static let namespace = "http://graphml.graphdrawing.org/xmlns"

  /// The GraphML document for `graph`.
  ///
  /// - Complexity: O(*V* + *E*).
  func text(for graph: CitationGraph) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="\(Self.namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="\(Self.namespace) \(Self.namespace)/1.0/graphml.xsd">
        <key id="date" for="node" attr.name="date" attr.type="string"/>
        <key id="title" for="node" attr.name="title" attr.type="string"/>
        <key id="hasText" for="node" attr.name="hasText" attr.type="boolean"/>
        <key id="relations" for="edge" attr.name="relations" attr.type="string"/>
        <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>
        <graph id="citegraph" edgedefault="directed">

      """
    for node in graph.nodes {
      out += "    <node id=\"\(XMLText.escaped(node.symbol.canonical))\">"
      if let date = node.date { out += "<data key=\"date\">\(date.iso)</data>" }
      if let title = node.title { out += "<data key=\"title\">\(XMLText.escaped(title))</data>" }
      out += "<data key=\"hasText\">\(node.hasText)</data></node>\n"
    }
    for source in 0..<CitationGraph.NodeID(graph.nodeCount) {
      let from = XMLText.escaped(graph[source].symbol.canonical)
      for edge in graph.outEdges(of: source) {
        let to = XMLText.escaped(graph[graph.target(ofEdge: edge)].symbol.canonical)
        out += "    <edge source=\"\(from)\" target=\"\(to)\">"
        out += "<data key=\"relations\">\(graph.relations(ofEdge: edge))</data>"
        out += "<data key=\"mentions\">\(graph.mentions(ofEdge: edge))</data></edge>\n"
      }
    }
    return out + "  </graph>\n</graphml>\n"
  }
}
