extension CitationGraph {
  /// The graph induced by `ids`: those nodes and every edge between two of them.
  ///
  /// Node ids are renumbered densely in symbol order; ``files`` is kept whole so mention
  /// locations stay valid.
  ///
  /// - Complexity: O(*V'* log *V'* + *E'*) for the kept nodes and the edges leaving them.
  public func subgraph(_ ids: some Sequence<NodeID>) -> CitationGraph {
    var keep = [NodeID](repeating: -1, count: nodeCount)
    var kept: [NodeID] = []
    for id in ids where keep[Int(id)] < 0 {
      keep[Int(id)] = 0
      kept.append(id)
    }
    kept.sort()
    for (newID, old) in kept.enumerated() { keep[Int(old)] = NodeID(newID) }
    var records: [EdgeRecord] = []
    for old in kept {
      for edge in outEdges(of: old) where keep[Int(forwardTargets[edge])] >= 0 {
        records.append(
          EdgeRecord(
            source: keep[Int(old)], target: keep[Int(forwardTargets[edge])], relations: edgeRelations[edge],
            mentions: edgeMentions[edge], location: location(ofEdge: edge)))
      }
    }
    return CitationGraph(sortedUniqueNodes: kept.map { nodes[Int($0)] }, edges: records, files: files)
  }

  /// The graph without the relations outside `relations` and the nodes outside `bodies`; edges left
  /// with no relation are dropped, and every node is kept unless its body is excluded.
  ///
  /// - Complexity: O(*V* + *E*).
  public func filtered(relations: RelationSet = .all, bodies: Set<Body>? = nil) -> CitationGraph {
    let keptIDs = (0..<NodeID(nodeCount)).filter { bodies?.contains(nodes[Int($0)].symbol.body) ?? true }
    let base = keptIDs.count == nodeCount ? self : subgraph(keptIDs)
    guard relations != .all else { return base }
    var records: [EdgeRecord] = []
    for source in 0..<NodeID(base.nodeCount) {
      for edge in base.outEdges(of: source) {
        let kept = base.edgeRelations[edge].intersection(relations)
        guard !kept.isEmpty else { continue }
        records.append(
          EdgeRecord(
            source: source, target: base.forwardTargets[edge], relations: kept, mentions: base.edgeMentions[edge],
            location: base.location(ofEdge: edge)))
      }
    }
    return CitationGraph(sortedUniqueNodes: base.nodes, edges: records, files: base.files)
  }
}
