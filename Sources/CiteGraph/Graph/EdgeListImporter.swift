/// Reads a graph from a CSV or TSV edge list: one `source,target[,relation[,mentions]]` line per
/// citation, symbols in any written form, with or without a header line.
///
/// A header (a first line whose first two fields are not symbols) may name the columns in any order:
/// `source`/`from`/`citing`, `target`/`to`/`cited`, `relation`/`relations`/`type`/`label`, and
/// `mentions`/`weight`/`count`; other columns are ignored. Without a header the columns are positional.
/// CSV fields may be quoted (`"1325 (2000)"`, `""` for a quote). A missing relation is `cites`; a
/// relation field may list several, separated by `,`, `;` or `|`.
struct EdgeListImporter {
  /// The path named in error messages.
  let path: String
  /// The field separator: `,` or tab.
  let separator: UInt8

  private struct Columns {
    var source = 0
    var target = 1
    var relation: Int? = 2
    var mentions: Int? = 3
  }

  /// The graph the edge list describes.
  ///
  /// - Throws: ``CiteGraphError/malformedFile(path:line:reason:)`` naming the first bad line.
  /// - Complexity: O(*n*) in the file's length plus O(*E* log *E*) to build the graph.
  func read(_ buffer: UnsafeBufferPointer<UInt8>) throws(CiteGraphError) -> CitationGraph {
    var columns = Columns()
    var ids: [String: Int32] = [:]
    var nodes: [CitationGraph.Node] = []
    var edges: [CitationGraph.EdgeRecord] = []
    var fields: [String] = []
    var isFirst = true
    try ByteLines.forEach(in: buffer) { (number, line) throws(CiteGraphError) -> Bool in
      guard !line.isEmpty, buffer[line.lowerBound] != UInt8(ascii: "#") else { return true }
      try split(line, of: buffer, number: number, into: &fields)
      if isFirst {
        isFirst = false
        if fields.count < 2 || Symbol(parsing: fields[0]) == nil || Symbol(parsing: fields[1]) == nil {
          columns = try header(fields, line: number)
          return true
        }
      }
      func node(_ column: Int) throws(CiteGraphError) -> Int32 {
        guard column < fields.count else {
          throw .malformedFile(path: path, line: number, reason: "expected a symbol in column \(column + 1)")
        }
        let text = fields[column].trimmingWhitespace()
        if let id = ids[text] { return id }
        guard let symbol = Symbol(parsing: text) else {
          throw .malformedFile(path: path, line: number, reason: "'\(text)' is not a resolution or decision symbol")
        }
        let id = Int32(nodes.count)
        nodes.append(CitationGraph.Node(symbol: symbol))
        ids[text] = id
        return id
      }
      let source = try node(columns.source)
      let target = try node(columns.target)
      let relations = try relationSet(columns.relation.flatMap { $0 < fields.count ? fields[$0] : nil }, line: number)
      var mentions: Int32 = 1
      if let column = columns.mentions, column < fields.count, !fields[column].trimmingWhitespace().isEmpty {
        guard let count = Int32(fields[column].trimmingWhitespace()), count >= 0 else {
          throw .malformedFile(path: path, line: number, reason: "'\(fields[column])' is not a mention count")
        }
        mentions = count
      }
      edges.append(CitationGraph.EdgeRecord(source: source, target: target, relations: relations, mentions: mentions))
      return true
    }
    return CitationGraph(nodes: nodes, edges: edges)
  }

  private func header(_ fields: [String], line: Int) throws(CiteGraphError) -> Columns {
    var columns = Columns()
    columns.relation = nil
    columns.mentions = nil
    var found: Set<String> = []
    for (index, name) in fields.enumerated() {
      switch name.trimmingWhitespace().lowercased() {
      case "source", "from", "citing", "src":
        columns.source = index
        found.insert("source")
      case "target", "to", "cited", "dst":
        columns.target = index
        found.insert("target")
      case "relation", "relations", "type", "label": columns.relation = index
      case "mentions", "weight", "count": columns.mentions = index
      default: break
      }
    }
    guard found.count == 2 else {
      throw .malformedFile(
        path: path, line: line,
        reason: "the first line is neither an edge (two symbols) nor a header naming the source and target columns")
    }
    return columns
  }

  private func relationSet(_ field: String?, line: Int) throws(CiteGraphError) -> RelationSet {
    guard let field, !field.trimmingWhitespace().isEmpty else { return RelationSet(.cites) }
    var set = RelationSet()
    for word in field.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }) {
      let name = word.trimmingWhitespace().lowercased()
      guard let relation = Relation(rawValue: name) else {
        throw .malformedFile(
          path: path, line: line,
          reason: "unknown relation '\(name)'; use \(Relation.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      set.insert(relation)
    }
    return set.isEmpty ? RelationSet(.cites) : set
  }

  /// Splits a line into fields, honouring CSV quotes (`"a,b"`, `""` inside quotes).
  private func split(
    _ line: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, number: Int, into fields: inout [String]
  ) throws(CiteGraphError) {
    fields.removeAll(keepingCapacity: true)
    var current: [UInt8] = []
    var quoted = false
    var index = line.lowerBound
    while index < line.upperBound {
      let byte = buffer[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < line.upperBound && buffer[index + 1] == UInt8(ascii: "\"") {
            current.append(byte)
            index += 1
          } else {
            quoted = false
          }
        } else {
          current.append(byte)
        }
      } else if byte == UInt8(ascii: "\"") && current.allSatisfy({ $0 == 32 }) {
        current.removeAll()
        quoted = true
      } else if byte == separator {
        fields.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      } else {
        current.append(byte)
      }
      index += 1
    }
    guard !quoted else {
      throw .malformedFile(path: path, line: number, reason: "a quoted field is not closed on this line")
    }
    fields.append(String(decoding: current, as: UTF8.self))
  }
}
