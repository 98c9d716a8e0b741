extension CitationGraph {
  /// The bytes the graph holds in memory, part by part: the CSR arrays of both directions, each edge
  /// attribute, and the nodes with their heap-allocated titles.
  ///
  /// Unlike ``storageBytes`` it counts the arrays' capacities and the titles' heap buffers, the memory
  /// actually held; benchmarks divide it by ``edgeCount`` to show where a loaded graph's memory goes.
  ///
  /// - Complexity: O(*V*), to count the titles.
  public var storageByteCounts: [(part: String, bytes: Int)] {
    func bytes<Element>(_ array: [Element]) -> Int { array.capacity * MemoryLayout<Element>.stride }
    // Strings of up to 15 UTF-8 bytes live inline; longer ones own a buffer with a 32-byte header.
    func heap(_ text: String?) -> Int {
      guard let text, text.utf8.count > 15 else { return 0 }
      return 32 + text.utf8.count
    }
    return [
      ("forward adjacency", bytes(forwardOffsets) + bytes(forwardTargets)),
      ("reverse adjacency", bytes(reverseOffsets) + bytes(reverseSources) + bytes(reverseEdges)),
      ("edge relations", bytes(edgeRelations)),
      ("edge mentions", bytes(edgeMentions)),
      ("edge locations", bytes(edgeLocations)),
      (
        "nodes",
        bytes(nodes) + nodes.reduce(0) { $0 + heap($1.title) } + bytes(files) + files.reduce(0) { $0 + heap($1) }
      ),
    ]
  }
}
