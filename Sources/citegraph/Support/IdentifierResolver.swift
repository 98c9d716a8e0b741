import CiteGraph

/// Turns the identifiers a person types (`71/244`, `A/RES/71/244`, `1325 (2000)`) into graph nodes.
struct IdentifierResolver {
  /// The graph the identifiers name nodes of.
  let graph: CitationGraph

  /// The node `text` names.
  ///
  /// - Throws: ``CiteGraphError/invalidSymbol(_:)`` for text that is no symbol,
  ///   ``CiteGraphError/unknownSymbol(_:suggestions:)`` (with the closest symbols) for one the graph lacks.
  func node(for text: String) throws(CiteGraphError) -> CitationGraph.NodeID {
    try graph.node(named: text)
  }
}
