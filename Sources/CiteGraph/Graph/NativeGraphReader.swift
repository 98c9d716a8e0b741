/// Reads citegraph's native graph format (see ``NativeGraphWriter``) from UTF-8 bytes.
///
/// The parser scans bytes once, line by line, and finds edge endpoints through a byte-keyed hash
/// table, so it builds no `String` per edge.
struct NativeGraphReader {
  /// The path named in error messages.
  let path: String

  /// The graph the bytes describe.
  ///
  /// - Throws: ``CiteGraphError/malformedFile(path:line:reason:)`` naming the first bad line.
  /// - Complexity: O(*n*) in the file's length, plus the graph's construction.
  func read(_ buffer: UnsafeBufferPointer<UInt8>) throws(CiteGraphError) -> CitationGraph {
    var state = State()
    // Count node and edge lines apart (by the first letter after each line break), so that every
    // array is allocated once at its final size: growth by doubling left up to half of it unused.
    var nodeLines = 0
    var otherLines = 0
    for index in buffer.indices where buffer[index] == 10 && index + 1 < buffer.count {
      if buffer[index + 1] == UInt8(ascii: "n") { nodeLines += 1 } else { otherLines += 1 }
    }
    state.reserve(nodes: nodeLines, edges: otherLines)
    var fields: [Range<Int>] = []
    fields.reserveCapacity(8)
    try ByteLines.forEach(in: buffer) { (number, line) throws(CiteGraphError) -> Bool in
      guard !line.isEmpty, buffer[line.lowerBound] != UInt8(ascii: "#") else { return true }
      ByteLines.split(line, of: buffer, by: 9, into: &fields)
      try parse(fields, line: number, of: buffer, into: &state)
      return true
    }
    guard state.sawHeader else { throw malformed(1, "empty graph file: no '\(NativeGraphWriter.magic)' header line") }
    return state.graph(files: state.files)
  }

  private struct State {
    var sawHeader = false
    var files: [String] = []
    var nodes: [CitationGraph.Node] = []
    var sources: [Int32] = []
    var targets: [Int32] = []
    var relations: [RelationSet] = []
    var mentions: [Int32] = []
    var locations: [PackedLocation] = []
    var nodeFields: [Range<Int>] = []
    var table: ByteStringTable?
    var bySymbol: [Symbol: Int32] = [:]
    var lastSource: (field: Range<Int>, id: Int32)?
    var nodesSorted = true
    var edgesSorted = true

    /// Reserves room for at most `nodes` nodes and `edges` edges, so the columns never regrow.
    mutating func reserve(nodes nodeCount: Int, edges edgeCount: Int) {
      nodes.reserveCapacity(nodeCount)
      sources.reserveCapacity(edgeCount)
      targets.reserveCapacity(edgeCount)
      relations.reserveCapacity(edgeCount)
      mentions.reserveCapacity(edgeCount)
      locations.reserveCapacity(edgeCount)
    }

    func graph(files: [String]) -> CitationGraph {
      if nodesSorted && edgesSorted {
        var offsets = [Int32](repeating: 0, count: nodes.count + 1)
        for source in sources { offsets[Int(source) + 1] += 1 }
        for i in 0..<nodes.count { offsets[i + 1] += offsets[i] }
        return CitationGraph(
          sortedUniqueNodes: nodes, files: files, offsets: offsets, targets: targets, relations: relations,
          mentions: mentions, locations: locations)
      }
      let edges = sources.indices.map {
        CitationGraph.EdgeRecord(
          source: sources[$0], target: targets[$0], relations: relations[$0], mentions: mentions[$0],
          location: locations[$0].location)
      }
      if nodesSorted { return CitationGraph(sortedUniqueNodes: nodes, edges: edges, files: files) }
      return CitationGraph(nodes: nodes, edges: edges, files: files)
    }
  }

  private func malformed(_ line: Int, _ reason: String) -> CiteGraphError {
    .malformedFile(path: path, line: line, reason: reason)
  }

  private func parse(
    _ fields: [Range<Int>], line: Int, of buffer: UnsafeBufferPointer<UInt8>, into state: inout State
  ) throws(CiteGraphError) {
    let kind = fields[0]
    if !state.sawHeader {
      try header(fields, line: line, of: buffer)
      state.sawHeader = true
    } else if ByteLines.equals(kind, of: buffer, "edge") {
      try edge(fields, line: line, of: buffer, into: &state)
    } else if ByteLines.equals(kind, of: buffer, "node") {
      guard state.table == nil else { throw malformed(line, "node line after the first edge line") }
      try node(fields, line: line, of: buffer, into: &state)
    } else if ByteLines.equals(kind, of: buffer, "file") {
      guard fields.count == 3, ByteLines.integer(fields[1], of: buffer) == state.files.count,
        let file = GraphFieldCoding.unescape(UnsafeBufferPointer(rebasing: buffer[fields[2]]))
      else { throw malformed(line, "expected 'file<TAB>\(state.files.count)<TAB>path'") }
      state.files.append(file)
    } else {
      throw malformed(line, "unknown line kind '\(ByteLines.string(kind, of: buffer))'; expected node, edge or file")
    }
  }

  private func header(_ fields: [Range<Int>], line: Int, of buffer: UnsafeBufferPointer<UInt8>) throws(CiteGraphError) {
    let words = ByteLines.string(fields[0], of: buffer).split(separator: " ")
    guard fields.count == 1, words.count == 2, words[0] == NativeGraphWriter.magic, let version = Int(words[1]) else {
      throw malformed(line, "not a citegraph graph file: expected the header '\(NativeGraphWriter.header)'")
    }
    guard version <= NativeGraphWriter.version else {
      throw malformed(
        line, "format version \(version) is newer than this citegraph reads (\(NativeGraphWriter.version))")
    }
  }

  private func node(
    _ fields: [Range<Int>], line: Int, of buffer: UnsafeBufferPointer<UInt8>, into state: inout State
  ) throws(CiteGraphError) {
    guard fields.count == 5 else {
      throw malformed(
        line, "a node line has 5 tab-separated fields (node, symbol, date, text, title); found \(fields.count)")
    }
    guard
      let symbol = Symbol.parseCanonical(fields[1], of: buffer)
        ?? Symbol(parsing: ByteLines.string(fields[1], of: buffer))
    else { throw malformed(line, "'\(ByteLines.string(fields[1], of: buffer))' is not a symbol") }
    var date: CalendarDate? = nil
    if !ByteLines.equals(fields[2], of: buffer, "-") {
      guard let parsed = ByteLines.date(fields[2], of: buffer) else {
        throw malformed(line, "'\(ByteLines.string(fields[2], of: buffer))' is not a date (YYYY-MM-DD or -)")
      }
      date = parsed
    }
    let hasText: Bool
    if ByteLines.equals(fields[3], of: buffer, "text") {
      hasText = true
    } else if ByteLines.equals(fields[3], of: buffer, "-") {
      hasText = false
    } else {
      throw malformed(line, "the fourth field of a node line is 'text' or '-'")
    }
    var title: String? = nil
    if !ByteLines.equals(fields[4], of: buffer, "-") {
      guard let decoded = GraphFieldCoding.unescape(UnsafeBufferPointer(rebasing: buffer[fields[4]])) else {
        throw malformed(line, "bad escape in the title (use \\\\, \\t, \\n, \\r or \\-)")
      }
      title = decoded
    }
    if let last = state.nodes.last, !(last.symbol < symbol) { state.nodesSorted = false }
    state.nodeFields.append(fields[1])
    state.nodes.append(CitationGraph.Node(symbol: symbol, date: date, title: title, hasText: hasText))
  }

  private func edge(
    _ fields: [Range<Int>], line: Int, of buffer: UnsafeBufferPointer<UInt8>, into state: inout State
  ) throws(CiteGraphError) {
    guard fields.count == 6 else {
      throw malformed(
        line,
        "an edge line has 6 tab-separated fields (edge, source, target, relations, mentions, location); "
          + "found \(fields.count)")
    }
    if state.table == nil { state.table = symbolTable(state, buffer) }
    // Edge lines come grouped by source: reuse the previous line's source when its bytes repeat.
    let source: Int32
    if let last = state.lastSource, ByteLines.same(last.field, fields[1], in: buffer) {
      source = last.id
    } else {
      source = try endpoint(fields[1], line: line, of: buffer, state: &state)
      state.lastSource = (fields[1], source)
    }
    let target = try endpoint(fields[2], line: line, of: buffer, state: &state)
    guard let relations = ByteLines.relations(fields[3], of: buffer) else {
      throw malformed(line, "unknown relation in '\(ByteLines.string(fields[3], of: buffer))'")
    }
    guard let mentions = ByteLines.integer(fields[4], of: buffer), mentions <= Int32.max else {
      throw malformed(line, "'\(ByteLines.string(fields[4], of: buffer))' is not a mention count")
    }
    var location = PackedLocation.none
    if !ByteLines.equals(fields[5], of: buffer, "-") {
      guard let parsed = mentionLocation(fields[5], of: buffer), Int(parsed.file) < state.files.count else {
        throw malformed(
          line, "'\(ByteLines.string(fields[5], of: buffer))' is not a location (file:line:column, file declared above)"
        )
      }
      location = PackedLocation(parsed)
    }
    if let lastSource = state.sources.last, let lastTarget = state.targets.last,
      (lastSource, lastTarget) >= (source, target)
    {
      state.edgesSorted = false
    }
    state.sources.append(source)
    state.targets.append(target)
    state.relations.append(relations)
    state.mentions.append(Int32(mentions))
    state.locations.append(location)
  }

  /// Keys the nodes by the bytes their symbols are written with.
  private func symbolTable(_ state: State, _ buffer: UnsafeBufferPointer<UInt8>) -> ByteStringTable {
    var table = ByteStringTable(capacity: state.nodeFields.count)
    for (id, field) in state.nodeFields.enumerated() { table.insert(field, of: buffer, id: Int32(id)) }
    return table
  }

  /// The node an edge field names: by its bytes, else (for a hand-edited file that writes a symbol
  /// in another form) by its parsed symbol.
  private func endpoint(
    _ field: Range<Int>, line: Int, of buffer: UnsafeBufferPointer<UInt8>, state: inout State
  ) throws(CiteGraphError) -> Int32 {
    if let id = state.table?.find(field, in: buffer) { return id }
    let text = ByteLines.string(field, of: buffer)
    guard let symbol = Symbol(parsing: text) else { throw malformed(line, "'\(text)' is not a symbol") }
    if state.bySymbol.isEmpty {
      for (id, node) in state.nodes.enumerated().reversed() { state.bySymbol[node.symbol] = Int32(id) }
    }
    guard let id = state.bySymbol[symbol] else { throw malformed(line, "'\(text)' has no node line above") }
    return id
  }

  private func mentionLocation(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>)
    -> CitationGraph.MentionLocation?
  {
    var parts: (Int32, Int32, Int32) = (0, 0, 0)
    var count = 0
    var start = range.lowerBound
    for index in range.lowerBound...range.upperBound
    where index == range.upperBound || buffer[index] == UInt8(ascii: ":") {
      guard count < 3, let value = ByteLines.integer(start..<index, of: buffer), value <= Int32.max else { return nil }
      switch count {
      case 0: parts.0 = Int32(value)
      case 1: parts.1 = Int32(value)
      default: parts.2 = Int32(value)
      }
      count += 1
      start = index + 1
    }
    guard count == 3 else { return nil }
    return CitationGraph.MentionLocation(file: parts.0, line: parts.1, column: parts.2)
  }

}
