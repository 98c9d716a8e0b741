extension CitationGraph {
  /// The bytes the graph holds in memory: the CSR arrays of both directions, the edge attributes,
  /// the nodes with their heap-allocated titles, and the symbol index (its buckets and occupancy bits).
  ///
  /// Benchmarks divide it by ``edgeCount`` to report bytes per edge next to the measured resident size.
  ///
  /// - Complexity: O(*V*), to count the titles.
  public var storageByteCount: Int {
    func bytes<Element>(_ array: [Element]) -> Int { array.capacity * MemoryLayout<Element>.stride }
    var total =
      bytes(forwardOffsets) + bytes(forwardTargets) + bytes(edgeRelations) + bytes(edgeMentions)
      + bytes(edgeLocations) + bytes(reverseOffsets) + bytes(reverseSources) + bytes(reverseEdges) + bytes(nodes)
      + bytes(files)
    // Strings of up to 15 UTF-8 bytes live inline; longer ones own a buffer with a 32-byte header.
    for node in nodes {
      if let title = node.title, title.utf8.count > 15 { total += 32 + title.utf8.count }
    }
    for file in files where file.utf8.count > 15 { total += 32 + file.utf8.count }
    // A dictionary's capacity is three quarters of its buckets; each bucket has a key, a value and a bit.
    let buckets = idBySymbol.capacity * 4 / 3
    total += buckets * (MemoryLayout<Symbol>.stride + MemoryLayout<NodeID>.stride) + buckets / 8
    return total
  }
}
