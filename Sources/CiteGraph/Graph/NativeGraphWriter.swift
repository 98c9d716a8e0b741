/// Writes citegraph's native graph format: deterministic, sorted, line-oriented UTF-8 text that
/// reads well in a git diff.
///
/// ```text
/// citegraph-graph 1
/// file    0    corpus/unga/A_RES_78_1.txt
/// node    A/RES/64/222    2009-12-21    -       South-South cooperation
/// node    A/RES/71/244    2016-12-21    text    South-South cooperation
/// edge    A/RES/71/244    A/RES/64/222  reaffirms,welcomes    2    0:12:5
/// ```
/// Fields are separated by one tab. After the header come `file` lines (index, path), `node` lines in
/// symbol order (symbol, ISO date, `text` when the corpus holds the document, title) and `edge` lines
/// in source then target order (citing, cited, relations, mention count, first mention as
/// `file:line:column`). `-` marks an absent value; titles and paths escape `\`, tab and line breaks
/// (``GraphFieldCoding``). Lines starting with `#` are comments.
struct NativeGraphWriter {
  /// The first word of the header line.
  static let magic = "citegraph-graph"
  /// The format version this writer produces and the reader accepts up to.
  static let version = 1
  /// The header line.
  static var header: String { "\(magic) \(version)" }

  /// The file's bytes for `graph`.
  ///
  /// - Complexity: O(*V* + *E*).
  func bytes(for graph: CitationGraph) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(graph.nodeCount * 64 + graph.edgeCount * 48 + 64)
    out.append(contentsOf: Self.header.utf8)
    out.append(10)
    for (index, file) in graph.files.enumerated() {
      out.append(contentsOf: "file\t\(index)\t\(GraphFieldCoding.escape(file))\n".utf8)
    }
    var canonical: [[UInt8]] = []
    canonical.reserveCapacity(graph.nodeCount)
    for node in graph.nodes {
      let symbol = Array(node.symbol.canonical.utf8)
      canonical.append(symbol)
      out.append(contentsOf: "node\t".utf8)
      out.append(contentsOf: symbol)
      out.append(9)
      out.append(contentsOf: (node.date?.iso ?? GraphFieldCoding.absent).utf8)
      out.append(contentsOf: (node.hasText ? "\ttext\t" : "\t-\t").utf8)
      out.append(contentsOf: GraphFieldCoding.escape(optional: node.title).utf8)
      out.append(10)
    }
    let relationText = (0...255).map { raw in
      let set = RelationSet(rawValue: UInt8(raw))
      return Array((set.isEmpty ? GraphFieldCoding.absent : set.description).utf8)
    }
    for source in 0..<CitationGraph.NodeID(graph.nodeCount) {
      for edge in graph.outEdges(of: source) {
        out.append(contentsOf: "edge\t".utf8)
        out.append(contentsOf: canonical[Int(source)])
        out.append(9)
        out.append(contentsOf: canonical[Int(graph.target(ofEdge: edge))])
        out.append(9)
        out.append(contentsOf: relationText[Int(graph.relations(ofEdge: edge).rawValue)])
        out.append(9)
        appendDecimal(graph.mentions(ofEdge: edge), to: &out)
        out.append(9)
        if let location = graph.location(ofEdge: edge) {
          appendDecimal(Int(location.file), to: &out)
          out.append(UInt8(ascii: ":"))
          appendDecimal(Int(location.line), to: &out)
          out.append(UInt8(ascii: ":"))
          appendDecimal(Int(location.column), to: &out)
        } else {
          out.append(UInt8(ascii: "-"))
        }
        out.append(10)
      }
    }
    return out
  }

  /// Appends `value` in decimal; the graph's counts and positions are never negative.
  private func appendDecimal(_ value: Int, to out: inout [UInt8]) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var remaining = UInt32(clamping: value)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(48 + remaining % 10)
        remaining /= 10
        count += 1
      } while remaining > 0
      for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
    }
  }
}
