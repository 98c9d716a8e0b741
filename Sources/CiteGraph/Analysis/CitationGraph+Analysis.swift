extension CitationGraph {
  /// The citing node of edge `edge`.
  ///
  /// - Complexity: O(log *V*), a binary search over the forward row offsets.
  public func source(ofEdge edge: Int) -> NodeID {
    var low = 0
    var high = nodeCount - 1
    // Finds the last row whose first edge is at or before `edge`; empty rows share offsets, so the
    // search keeps the last of them, which is the row that owns the edge.
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(forwardOffsets[middle]) <= edge { low = middle } else { high = middle - 1 }
    }
    return NodeID(low)
  }

  /// Whether edge `edge` is a self-citation (its citing and cited node are one).
  public func isSelfLoop(edge: Int) -> Bool { source(ofEdge: edge) == forwardTargets[edge] }
}
