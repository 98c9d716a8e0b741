extension CitationGraph {
  /// The node a person's written identifier (`71/244`, `A/RES/71/244`, `1325 (2000)`) names.
  ///
  /// - Throws: ``CiteGraphError/invalidSymbol(_:)`` when the text is no symbol, and
  ///   ``CiteGraphError/unknownSymbol(_:suggestions:)`` with the closest symbols the graph holds when it
  ///   is not in the graph.
  public func node(named text: String) throws(CiteGraphError) -> NodeID {
    guard let symbol = Symbol(parsing: text) else { throw .invalidSymbol(text) }
    guard let id = id(of: symbol) else {
      throw .unknownSymbol(symbol.canonical, suggestions: closestSymbols(to: symbol).map(\.canonical))
    }
    return id
  }

  /// At most `limit` symbols of the graph close to `symbol` (an edit distance between canonical forms of
  /// at most a quarter of its length, and at least 2): those of the same body first, then the nearest,
  /// then in symbol order.
  ///
  /// - Complexity: O(*V* · *k*²) for symbols of *k* characters (Wagner–Fischer 1974 edit distance).
  public func closestSymbols(to symbol: Symbol, limit: Int = 5) -> [Symbol] {
    let wanted = Array(symbol.canonical.utf8)
    var scored: [(sameBody: Bool, distance: Int, id: Int)] = []
    scored.reserveCapacity(nodeCount)
    var row: [Int] = []
    let bound = Swift.max(2, wanted.count / 4)
    for (id, node) in nodes.enumerated() {
      let distance = Self.editDistance(wanted, Array(node.symbol.canonical.utf8), row: &row)
      if distance <= bound { scored.append((node.symbol.body == symbol.body, distance, id)) }
    }
    scored.sort { ($0.sameBody ? 0 : 1, $0.distance, $0.id) < ($1.sameBody ? 0 : 1, $1.distance, $1.id) }
    return scored.prefix(limit).map { nodes[$0.id].symbol }
  }

  /// Levenshtein distance between byte strings, on one reused row.
  static func editDistance(_ lhs: [UInt8], _ rhs: [UInt8], row: inout [Int]) -> Int {
    row.removeAll(keepingCapacity: true)
    row.append(contentsOf: 0...rhs.count)
    for (i, left) in lhs.enumerated() {
      var diagonal = row[0]
      row[0] = i + 1
      for (j, right) in rhs.enumerated() {
        let above = row[j + 1]
        row[j + 1] = Swift.min(above + 1, row[j] + 1, diagonal + (left == right ? 0 : 1))
        diagonal = above
      }
    }
    return row[rhs.count]
  }
}
