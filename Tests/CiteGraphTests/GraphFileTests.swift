import Foundation
import Testing

@testable import CiteGraph

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Graph files: native format, edge lists, GraphML, exports")
struct GraphFileTests {
  private func symbol(_ text: String) throws -> Symbol { try #require(Symbol(parsing: text)) }

  /// A graph whose titles and paths hold everything the format must escape.
  private func awkwardGraph() throws -> CitationGraph {
    let nodes = [
      CitationGraph.Node(
        symbol: try symbol("71/244"), date: CalendarDate(year: 2016, month: 12, day: 21),
        title: "South-South\tcooperation \"quoted\" \\ back\\slash\nnext line", hasText: true),
      CitationGraph.Node(symbol: try symbol("64/222"), date: nil, title: "-", hasText: false),
      CitationGraph.Node(symbol: try symbol("1514 (XV)"), title: "Déclaration — 独立 ✓ \\- \\t", hasText: true),
      CitationGraph.Node(symbol: try symbol("1325 (2000)"), title: "", hasText: false),
      CitationGraph.Node(symbol: try symbol("E/RES/2016/11")),
      CitationGraph.Node(symbol: try symbol("decision 70/547"), title: "Decision & <things>"),
    ]
    let edges: [CitationGraph.EdgeRecord] = [
      .init(
        source: 0, target: 1, relations: RelationSet([.reaffirms, .welcomes]), mentions: 3,
        location: .init(file: 1, line: 12, column: 5)),
      .init(source: 0, target: 2, relations: RelationSet(.cites), mentions: 1, location: nil),
      .init(
        source: 3, target: 2, relations: RelationSet(.recalls), mentions: 2,
        location: .init(file: 0, line: 1, column: 1)),
      .init(source: 5, target: 0, relations: RelationSet(Relation.allCases), mentions: 1),
      .init(source: 1, target: 1, relations: RelationSet(.notes)),
    ]
    return CitationGraph(nodes: nodes, edges: edges, files: ["corpus/a b.txt", "seeds/tab\there.md"])
  }

  private func roundTrip(_ graph: CitationGraph, _ format: GraphFileFormat) throws -> CitationGraph {
    try GraphFile.read(GraphFile.encode(graph, format: format), path: "memory", format: format)
  }

  @Test("native write then read is the identity, and writing again gives the same bytes")
  func nativeRoundTrip() throws {
    let graph = try awkwardGraph()
    let bytes = GraphFile.encode(graph, format: .native)
    let read = try GraphFile.read(bytes, path: "memory", format: .native)
    #expect(read.nodes == graph.nodes)
    #expect(read.edgeRecords == graph.edgeRecords)
    #expect(read.files == graph.files)
    #expect(GraphFile.encode(read, format: .native) == bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.split(separator: "\n").count == 1 + 2 + 6 + 5, "one line per header, file, node and edge")
  }

  @Test("random graphs survive the native round trip", arguments: 1...5)
  func randomRoundTrip(seed: Int) throws {
    let graph = EdgeListGraph.random(count: 200, edgeCount: 900, seed: UInt64(seed)).graph
    let read = try roundTrip(graph, .native)
    #expect(read.nodes == graph.nodes)
    #expect(read.edgeRecords == graph.edgeRecords)
  }

  @Test("a hand-edited native file with unsorted lines and symbols in other forms reads the same graph")
  func unsortedNative() throws {
    let text = """
      citegraph-graph 1
      # written by hand
      node\tA/RES/71/244\t2016-12-21\ttext\tSouth-South cooperation
      node\tA/RES/64/222\t-\t-\t-
      edge\t71/244\tA/RES/64/222\treaffirms\t1\t-
      edge\tA/RES/71/244\tA/RES/64/222\twelcomes\t2\t-

      """
    let graph = try GraphFile.read(Array(text.utf8), path: "hand.citegraph", format: .native)
    #expect(graph.nodes.map(\.symbol.canonical) == ["A/RES/64/222", "A/RES/71/244"])
    #expect(
      graph.edgeRecords == [.init(source: 1, target: 0, relations: RelationSet([.reaffirms, .welcomes]), mentions: 3)])
  }

  @Test(
    "malformed native files name the line and the problem",
    arguments: [
      ("graph 1\n", 1, "not a citegraph graph file"),
      ("citegraph-graph 9\n", 1, "format version 9 is newer"),
      ("citegraph-graph 1\nnode\tA/RES/1/1\t-\t-\n", 2, "a node line has 5 tab-separated fields"),
      ("citegraph-graph 1\nnode\tbanana\t-\t-\t-\n", 2, "'banana' is not a symbol"),
      ("citegraph-graph 1\nnode\tA/RES/1/1\t2001-02-30\t-\t-\n", 2, "'2001-02-30' is not a date"),
      ("citegraph-graph 1\nnode\tA/RES/1/1\t-\tyes\t-\n", 2, "'text' or '-'"),
      ("citegraph-graph 1\nnode\tA/RES/1/1\t-\t-\tbad \\q\n", 2, "bad escape in the title"),
      (
        "citegraph-graph 1\n\nnode\tA/RES/1/1\t-\t-\t-\nedge\tA/RES/1/1\tA/RES/1/1\tpraises\t1\t-\n", 4,
        "unknown relation"
      ),
      (
        "citegraph-graph 1\nnode\tA/RES/1/1\t-\t-\t-\nedge\tA/RES/1/1\tA/RES/1/1\tcites\tmany\t-\n", 3,
        "not a mention count"
      ),
      (
        "citegraph-graph 1\nnode\tA/RES/1/1\t-\t-\t-\nedge\tA/RES/1/1\tA/RES/1/1\tcites\t1\t0:1:1\n", 3,
        "not a location"
      ),
      (
        "citegraph-graph 1\nnode\tA/RES/1/1\t-\t-\t-\nedge\tA/RES/1/1\tA/RES/1/2\tcites\t1\t-\n", 3,
        "'A/RES/1/2' has no node line"
      ),
      ("citegraph-graph 1\nedge\tA/RES/1/1\tA/RES/1/1\tcites\t1\n", 2, "an edge line has 6 tab-separated fields"),
      ("citegraph-graph 1\nfile\t3\tx\n", 2, "expected 'file<TAB>0<TAB>path'"),
      ("citegraph-graph 1\nvertex\tA/RES/1/1\n", 2, "unknown line kind 'vertex'"),
      (
        "citegraph-graph 1\nnode\tA/RES/1/1\t-\t-\t-\nedge\tA/RES/1/1\tA/RES/1/1\tcites\t1\t-\nnode\tA/RES/1/2\t-\t-\t-\n",
        4,
        "node line after the first edge line"
      ),
    ])
  func malformedNative(text: String, line: Int, reason: String) {
    do {
      _ = try GraphFile.read(Array(text.utf8), path: "bad.citegraph", format: .native)
      Issue.record("no error for \(text.debugDescription)")
    } catch {
      guard case .malformedFile(let path, let actualLine, let actualReason) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(path == "bad.citegraph")
      #expect(actualLine == line)
      #expect(actualReason.contains(reason), "\(actualReason)")
    }
  }

  @Test("CSV edge lists read with a header in any column order, quotes, relation lists and repeats")
  func csvImport() throws {
    let text = """
      weight,cited,citing,relation
      2,"1325 (2000)",S/RES/2242(2015),"reaffirms;recalls"
      1,64/222,A/RES/71/244,
      1,A/RES/64/222,"71/244",welcomes
      """
    let graph = try GraphFile.read(Array(text.utf8), path: "edges.csv", format: .csv)
    let rows = graph.edgeRecords.map {
      "\(graph[$0.source].symbol) \(graph[$0.target].symbol) \($0.relations) \($0.mentions)"
    }
    #expect(
      rows == [
        "A/RES/71/244 A/RES/64/222 cites,welcomes 2", "S/RES/2242(2015) S/RES/1325(2000) reaffirms,recalls 2",
      ])
  }

  @Test("TSV edge lists read without a header; the relation column is optional")
  func tsvImport() throws {
    let text = "A/RES/71/244\tA/RES/64/222\treaffirms\nA/RES/71/244\tA/RES/33/134\n\n1514 (XV)\t2200 (XXI)\tnotes\n"
    let graph = try GraphFile.read(Array(text.utf8), path: "edges.tsv", format: .tsv)
    #expect(graph.nodeCount == 5)
    let rows = graph.edgeRecords.map { "\(graph[$0.source].symbol)>\(graph[$0.target].symbol):\($0.relations)" }
    #expect(
      rows == [
        "A/RES/1514(XV)>A/RES/2200(XXI):notes", "A/RES/71/244>A/RES/33/134:cites",
        "A/RES/71/244>A/RES/64/222:reaffirms",
      ])
  }

  @Test(
    "malformed edge lists name the line",
    arguments: [
      ("a,b\n1/1,1/2\n", 1, "neither an edge"),
      ("1/1,1/2\n1/1,banana\n", 2, "'banana' is not a resolution or decision symbol"),
      ("1/1,1/2,cites\n1/1,1/3,praises\n", 2, "unknown relation 'praises'"),
      ("1/1,1/2\n\"1/1,1/3\n", 2, "quoted field is not closed"),
      ("1/1,1/2\n1/3\n", 2, "expected a symbol in column 2"),
    ])
  func malformedCSV(text: String, line: Int, reason: String) {
    #expect {
      try GraphFile.read(Array(text.utf8), path: "e.csv", format: .csv)
    } throws: { error in
      guard case .malformedFile(_, let actualLine, let actualReason) = error as? CiteGraphError else { return false }
      return actualLine == line && actualReason.contains(reason)
    }
  }

  @Test("GraphML in igraph's style reads: names as symbols, non-symbols skipped, weights as mentions")
  func graphMLImport() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="v_name" for="node" attr.name="name" attr.type="string"/>
        <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
        <graph id="G" edgedefault="directed">
          <node id="n0"><data key="v_name">S/RES/2242 (2015)</data></node>
          <node id="n1"><data key="v_name">S/RES/1325 (2000)</data></node>
          <node id="n2"><data key="v_name">the Charter</data></node>
          <node id="n3"><data key="v_name">A/RES/70/1</data></node>
          <edge source="n0" target="n1"><data key="e_weight">3</data></edge>
          <edge source="n0" target="n2"/>
          <edge source="n0" target="n3"/>
        </graph>
      </graphml>
      """
    let graph = try GraphFile.read(Array(text.utf8), path: "cr-unsc.graphml", format: .graphml)
    #expect(graph.nodes.map(\.symbol.canonical) == ["A/RES/70/1", "S/RES/1325(2000)", "S/RES/2242(2015)"])
    let rows = graph.edgeRecords.map {
      "\(graph[$0.source].symbol)>\(graph[$0.target].symbol):\($0.relations):\($0.mentions)"
    }
    #expect(rows == ["S/RES/2242(2015)>A/RES/70/1:cites:1", "S/RES/2242(2015)>S/RES/1325(2000):cites:3"])
  }

  @Test("broken GraphML names a line")
  func brokenGraphML() {
    let text = "<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n"
    #expect {
      try GraphFile.read(Array(text.utf8), path: "x.graphml", format: .graphml)
    } throws: { error in
      guard case .malformedFile(let path, let line, _) = error as? CiteGraphError else { return false }
      return path == "x.graphml" && line >= 4
    }
  }

  @Test("GraphML export is XML in the GraphML namespace and reads back with dates, titles and relations")
  func graphMLExport() throws {
    let graph = try awkwardGraph()
    let bytes = GraphFile.encode(graph, format: .graphml)
    let document = try XMLDocument(data: Data(bytes))
    let root = try #require(document.rootElement())
    #expect(root.name == "graphml")
    #expect(root.uri == "http://graphml.graphdrawing.org/xmlns")
    #expect(try document.nodes(forXPath: "//*[local-name()='node']").count == graph.nodeCount)
    #expect(try document.nodes(forXPath: "//*[local-name()='edge']").count == graph.edgeCount)
    let read = try roundTrip(graph, .graphml)
    #expect(read.nodes == graph.nodes)
    #expect(read.edgeRecords.map { [$0.source, $0.target] } == graph.edgeRecords.map { [$0.source, $0.target] })
    #expect(read.edgeRecords.map(\.relations) == graph.edgeRecords.map(\.relations))
    #expect(read.edgeRecords.map(\.mentions) == graph.edgeRecords.map(\.mentions))
  }

  @Test("CSV and TSV exports read back as the same edges")
  func edgeListExport() throws {
    let graph = try awkwardGraph()
    for format in [GraphFileFormat.csv, .tsv] {
      let read = try roundTrip(graph, format)
      let expected = graph.edgeRecords.map {
        "\(graph[$0.source].symbol)>\(graph[$0.target].symbol):\($0.relations):\($0.mentions)"
      }
      let actual = read.edgeRecords.map {
        "\(read[$0.source].symbol)>\(read[$0.target].symbol):\($0.relations):\($0.mentions)"
      }
      #expect(actual == expected)
    }
  }

  @Test("node-link JSON holds every node and link")
  func jsonExport() throws {
    let graph = try awkwardGraph()
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(GraphFile.encode(graph, format: .json))) as? [String: Any])
    let nodes = try #require(json["nodes"] as? [[String: Any]])
    let links = try #require(json["links"] as? [[String: Any]])
    #expect(nodes.compactMap { $0["id"] as? String } == graph.nodes.map(\.symbol.canonical))
    #expect(nodes.first?["title"] as? String == graph.nodes.first?.title)
    #expect(links.count == graph.edgeCount)
    #expect(links.contains { $0["location"] as? String == "seeds/tab\there.md:12:5" })
    #expect(json["directed"] as? Bool == true)
  }

  @Test("the byte parser of canonical symbols agrees with the general parser")
  func canonicalBytes() throws {
    let written = [
      "A/RES/71/244", "A/RES/57/270B", "A/RES/1514(XV)", "A/RES/377A(V)", "A/RES/3201(S-VI)", "A/RES/S-26/2",
      "A/RES/ES-10/14", "A/RES/1474(ES-IV)", "S/RES/1325(2000)", "E/RES/2016/11", "E/RES/1296(XLIV)", "A/HRC/RES/31/1",
      "A/HRC/RES/S-29/1", "E/CN.4/RES/2005/69", "A/DEC/70/547", "E/DEC/2016/245", "A/HRC/DEC/2/102",
    ]
    for text in written {
      let bytes = Array(text.utf8)
      let parsed = bytes.withUnsafeBufferPointer { Symbol.parseCanonical(0..<$0.count, of: $0) }
      #expect(parsed == Symbol(parsing: text), "\(text)")
      #expect(parsed?.canonical == text)
    }
    for other in ["71/244", "A/RES/71/244 ", "S/RES/1325 (2000)", "A/RES/0/1", "A/RES/71/", "X/RES/1/1"] {
      let bytes = Array(other.utf8)
      #expect(bytes.withUnsafeBufferPointer { Symbol.parseCanonical(0..<$0.count, of: $0) } == nil, "\(other)")
    }
  }

  @Test("formats are recognised by content first, then by extension")
  func sniffing() {
    #expect(GraphFileFormat.sniff(Array("citegraph-graph 1\n".utf8), path: "x.csv") == .native)
    #expect(GraphFileFormat.sniff(Array("<?xml version=\"1.0\"?><graphml/>".utf8), path: "x") == .graphml)
    #expect(GraphFileFormat.sniff(Array("a,b\n".utf8), path: "x.tsv") == .tsv)
    #expect(GraphFileFormat.sniff(Array("a\tb\n".utf8), path: "edges") == .tsv)
    #expect(GraphFileFormat.sniff(Array("a,b\n".utf8), path: "edges.txt") == .csv)
  }

  @Test("writing is atomic: the file appears whole, no temporary is left, a bad folder is an error")
  func atomicWrite() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cg-write-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("g.citegraph").path
    let graph = try awkwardGraph()
    try GraphFile.write(graph, to: path)
    try GraphFile.write(graph, to: path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["g.citegraph"])
    #expect(try GraphFile.load(path: path).edgeRecords == graph.edgeRecords)
    #expect(throws: CiteGraphError.self) { try GraphFile.write(graph, to: directory.path + "/no/such/g.citegraph") }
    #expect(throws: CiteGraphError.notFound(path: directory.path + "/absent")) {
      try GraphFile.load(path: directory.path + "/absent")
    }
  }
}
