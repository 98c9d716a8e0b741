import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a graph from GraphML, such as the citation network of the CR-UNSC corpus or citegraph's own export.
///
/// A node's symbol is the first of its `symbol`, `name`, `label` or `id` data values, or else its
/// `id` attribute, that parses as a symbol; nodes with none are skipped with their edges. Nodes may
/// carry `date` (ISO), `title` and `hasText` data; edges `relations` (or `relation`, `type`, `label`:
/// relation names separated by `,`, `;` or `|`, else `cites`) and `mentions` (or `weight`).
struct GraphMLImporter {
  /// The path named in error messages.
  let path: String

  /// The graph the GraphML describes.
  ///
  /// - Throws: ``CiteGraphError/malformedFile(path:line:reason:)`` with the XML parser's line.
  /// - Complexity: O(*n*) in the file's length (a streaming parse) plus the graph's construction.
  func read(_ bytes: [UInt8]) throws(CiteGraphError) -> CitationGraph {
    let parser = XMLParser(data: Data(bytes))
    let collector = Collector()
    parser.delegate = collector
    parser.shouldProcessNamespaces = true
    // FoundationXML may return true from parse() after reporting an error, so both are checked.
    let parsed = parser.parse()
    if let failure = collector.failure {
      throw .malformedFile(path: path, line: max(1, collector.failureLine), reason: failure)
    }
    if !parsed || parser.parserError != nil {
      let code = collector.firstErrorLine > 0 ? collector.firstErrorCode : (parser.parserError as? NSError)?.code ?? 0
      let line = collector.firstErrorLine > 0 ? collector.firstErrorLine : parser.lineNumber
      throw .malformedFile(path: path, line: max(1, line), reason: Self.describeXMLError(code))
    }
    guard collector.sawGraph else {
      throw .malformedFile(path: path, line: 1, reason: "no <graph> element: not a GraphML file")
    }
    return collector.graph()
  }

  /// A reason for a libxml2 error code, as `XMLParser` reports it.
  private static func describeXMLError(_ code: Int) -> String {
    let known: [Int: String] = [
      4: "the document is empty", 5: "the document ends before its elements are closed",
      9: "an invalid character", 26: "an undeclared entity", 38: "an attribute value without quotes",
      39: "an attribute without a value", 41: "an attribute given twice", 73: "'>' expected",
      76: "a closing tag does not match the open element",
    ]
    return "not well-formed XML: " + (known[code] ?? "parser error \(code)")
  }

  /// The SAX delegate that gathers nodes, edges and the declared data keys.
  private final class Collector: NSObject, XMLParserDelegate {
    var keyNames: [String: String] = [:]
    var sawGraph = false
    var failure: String?
    var failureLine = 0
    var firstErrorLine = 0
    var firstErrorCode = 0
    var nodeIDs: [String: Int32] = [:]
    var nodes: [CitationGraph.Node] = []
    var edges: [CitationGraph.EdgeRecord] = []
    var pendingEdges: [(source: String, target: String, data: [String: String])] = []
    private var current: (kind: String, id: String, source: String, target: String)?
    private var data: [String: String] = [:]
    private var dataKey: String?
    private var text = ""

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      switch elementName {
      case "key":
        if let id = attributes["id"], let name = attributes["attr.name"] { keyNames[id] = name.lowercased() }
      case "graph": sawGraph = true
      case "node", "edge":
        current = (elementName, attributes["id"] ?? "", attributes["source"] ?? "", attributes["target"] ?? "")
        data = [:]
        if elementName == "edge" && (attributes["source"] == nil || attributes["target"] == nil) {
          fail(parser, "an <edge> needs source and target attributes")
        }
      case "data":
        dataKey = attributes["key"]
        text = ""
      default: break
      }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
      if firstErrorLine == 0 {
        firstErrorLine = parser.lineNumber
        firstErrorCode = (parseError as NSError).code
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if dataKey != nil { text += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
      switch elementName {
      case "data":
        if let key = dataKey { data[keyNames[key] ?? key.lowercased()] = text }
        dataKey = nil
      case "node":
        if let node = current { addNode(id: node.id) }
        current = nil
      case "edge":
        if let edge = current { pendingEdges.append((edge.source, edge.target, data)) }
        current = nil
      default: break
      }
    }

    private func fail(_ parser: XMLParser, _ reason: String) {
      guard failure == nil else { return }
      failure = reason
      failureLine = parser.lineNumber
      parser.abortParsing()
    }

    private func addNode(id: String) {
      let candidates = [data["symbol"], data["name"], data["label"], data["id"], id].compactMap { $0 }
      guard let symbol = candidates.lazy.compactMap({ Symbol(parsing: $0) }).first else { return }
      let hasText = ["true", "1", "yes"].contains(data["hastext"]?.lowercased() ?? "")
      let title = data["title"]
      nodeIDs[id] = Int32(nodes.count)
      nodes.append(
        CitationGraph.Node(
          symbol: symbol, date: data["date"].flatMap { CalendarDate(iso: $0) }, title: title, hasText: hasText))
    }

    func graph() -> CitationGraph {
      for edge in pendingEdges {
        guard let source = nodeIDs[edge.source], let target = nodeIDs[edge.target] else { continue }
        let list = edge.data["relations"] ?? edge.data["relation"] ?? edge.data["type"] ?? edge.data["label"] ?? ""
        var relations = RelationSet(
          list.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }).compactMap {
            Relation(rawValue: $0.trimmingWhitespace().lowercased())
          })
        if relations.isEmpty { relations.insert(.cites) }
        let weight = edge.data["mentions"] ?? edge.data["weight"]
        let mentions = weight.flatMap { Double($0.trimmingWhitespace()) }.flatMap { Int32(exactly: $0.rounded()) } ?? 1
        edges.append(
          CitationGraph.EdgeRecord(source: source, target: target, relations: relations, mentions: max(1, mentions)))
      }
      return CitationGraph(nodes: nodes, edges: edges)
    }
  }
}
