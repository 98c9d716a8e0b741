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
}

extension CitationGraph {
  /// Where edge `edge` was first mentioned as `file:line:column`, or `nil` when the graph does not know.
  public func mentionSite(ofEdge edge: Int) -> String? {
    guard let location = location(ofEdge: edge) else { return nil }
    let file = files.indices.contains(Int(location.file)) ? files[Int(location.file)] : "?"
    return "\(file):\(location.line):\(location.column)"
  }
}
