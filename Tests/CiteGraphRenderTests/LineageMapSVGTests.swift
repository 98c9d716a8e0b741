import CiteGraph
import CiteGraphRender
import Foundation
import Testing

@Suite("Lineage map as SVG")
struct LineageMapSVGTests {
  let map: LineageMap
  let svg: SVGMap

  init() throws {
    let (graph, focus) = try MapFixtures.southSouth()
    map = LineageMap(graph: graph, focus: focus)
    svg = try SVGMap(LineageRenderer(format: .svg).render(map))
  }

  @Test("every document is drawn once, named by its symbol, labelled with its short symbol and title")
  func documents() throws {
    let nodes = try svg.items("node")
    let documents = nodes.keys.filter { !$0.hasPrefix("year ") }
    #expect(documents.count == 14)
    let focus = try #require(nodes["A/RES/71/244"])
    #expect(focus.texts == ["71/244", "South-South cooperation"])
    #expect(nodes["A/RES/57/270B"]?.texts.first == "57/270 B")
    #expect(nodes["S/RES/2282(2016)"]?.texts.first == "2282 (2016)")
    #expect(nodes["A/DEC/70/547"]?.texts.first == "A/DEC/70/547")
    let sendai = try #require(nodes["A/RES/69/283"])
    #expect(sendai.texts.dropFirst().joined(separator: " ") == "Sendai Framework for Disaster Risk Reduction 2015–2030")
  }

  @Test("long titles are wrapped into at most three short lines ending in an ellipsis")
  func wrapping() throws {
    let nodes = try svg.items("node")
    let title = "Integrated and coordinated implementation of and follow-up to the outcomes of the major"
    let lines = try #require(nodes["A/RES/57/270B"]).texts.dropFirst()
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.count <= 24 })
    #expect(lines.last?.hasSuffix("…") == true)
    let shown = lines.joined(separator: " ").dropLast()
    #expect(title.hasPrefix(shown))
  }

  @Test("every citation is one edge, coloured by its strongest relation, listing all relations in its tooltip")
  func citations() throws {
    let edges = try svg.items("edge").filter { !$0.key.hasPrefix("year ") }
    #expect(edges.count == 22)
    let agenda = try #require(edges["A/RES/71/244->A/RES/69/313"])
    #expect(agenda.tooltip == "A/RES/71/244 endorses, reaffirms A/RES/69/313 (2 mentions)")
    let endorses = try #require(edges["A/RES/70/1->A/RES/69/313"])
    #expect(agenda.stroke?.lowercased() == endorses.stroke?.lowercased())
    let recalls = try #require(edges["A/RES/71/244->A/RES/60/212"])
    #expect(recalls.stroke?.lowercased() != endorses.stroke?.lowercased())
  }

  @Test("documents link to the official text on undocs.org and say their full title and date")
  func links() throws {
    let nodes = try svg.items("node")
    let focus = try #require(nodes["A/RES/71/244"])
    #expect(focus.link == "https://undocs.org/en/A/RES/71/244")
    #expect(nodes["S/RES/2282(2016)"]?.link == "https://undocs.org/en/S/RES/2282(2016)")
    let nairobi = try #require(nodes["A/RES/64/222"]?.tooltip)
    #expect(
      nairobi.contains(
        "Nairobi outcome document of the High-level United Nations Conference on South-South Cooperation"))
    #expect(nairobi.contains("adopted 21 December 2009"))
    #expect(nodes["A/RES/68/230"]?.tooltip?.contains("about 2013") == true)
  }

  @Test("the focus stands out: thick black border on yellow, unlike every other document")
  func focus() throws {
    let nodes = try svg.items("node").filter { !$0.key.hasPrefix("year ") }
    let focus = try #require(nodes["A/RES/71/244"])
    #expect(focus.fill?.lowercased() == "#f0e442")
    #expect(focus.strokeWidth == "3")
    for (symbol, node) in nodes where symbol != "A/RES/71/244" {
      #expect(node.fill?.lowercased() != "#f0e442", "\(symbol)")
      #expect(node.strokeWidth != "3", "\(symbol)")
    }
  }

  @Test("time flows one way: a year axis, and every document below the older ones")
  func time() throws {
    let nodes = try svg.items("node")
    let years = nodes.filter { $0.key.hasPrefix("year ") }
    #expect(
      Set(years.values.flatMap(\.texts)) == ["1978", "2003", "2005", "2007", "2009", "2013", "2014", "2015", "2016"])
    let (graph, _) = try MapFixtures.southSouth()
    for node in graph.nodes {
      guard let year = node.date?.year, let y = nodes[node.symbol.canonical]?.y else { continue }
      let tick = try #require(nodes["year \(year)"]?.y)
      #expect(abs(tick - y) < 20, "\(node.symbol) sits in the row of \(year)")
    }
    let sorted = years.values.compactMap { item in item.y.map { (year: item.texts[0], y: $0) } }.sorted { $0.y < $1.y }
    #expect(sorted.map(\.year) == sorted.map(\.year).sorted(), "older years above newer ones")
  }

  @Test("a busy year wraps into rows of at most ten documents, earlier adopted above later")
  func busyYear() throws {
    var nodes = [
      CitationGraph.Node(symbol: try MapFixtures.symbol("A/RES/55/2"), date: CalendarDate(year: 2000, month: 9, day: 8))
    ]
    for day in 1...25 {
      nodes.append(
        CitationGraph.Node(
          symbol: try MapFixtures.symbol("A/RES/70/\(100 - day)"), date: CalendarDate(year: 2015, month: 12, day: day)))
    }
    let edges = (1...25).map {
      CitationGraph.EdgeRecord(source: Int32($0), target: 0, relations: RelationSet(.recalls))
    }
    let svg = try SVGMap(LineageRenderer().render(LineageMap(graph: CitationGraph(nodes: nodes, edges: edges))))
    let drawn = try svg.items("node")
    let rows = try (1...25).map { day in try #require(drawn["A/RES/70/\(100 - day)"]?.y) }
    let distinct = Set(rows.map { Int($0.rounded()) })
    #expect(distinct.count == 3)
    for row in distinct { #expect(rows.count { Int($0.rounded()) == row } <= 10) }
    #expect(rows == rows.sorted(), "by adoption date, top to bottom")
    #expect(try #require(drawn["A/RES/55/2"]?.y) < rows[0])
  }

  @Test("a document with no date and no year in its symbol sits in an 'undated' row above the oldest year")
  func undated() throws {
    let nodes = [
      CitationGraph.Node(
        symbol: try MapFixtures.symbol("A/RES/70/1"), date: CalendarDate(year: 2015, month: 9, day: 25)),
      CitationGraph.Node(symbol: try MapFixtures.symbol("A/RES/S-26/2")),
      CitationGraph.Node(
        symbol: try MapFixtures.symbol("A/RES/55/2"), date: CalendarDate(year: 2000, month: 9, day: 8)),
    ]
    let edges = [(0, 1), (0, 2)].map {
      CitationGraph.EdgeRecord(source: Int32($0.0), target: Int32($0.1), relations: RelationSet(.recalls))
    }
    let svg = try SVGMap(LineageRenderer().render(LineageMap(graph: CitationGraph(nodes: nodes, edges: edges))))
    let drawn = try svg.items("node")
    let undated = try #require(drawn["year undated"])
    #expect(undated.texts == ["undated"])
    let special = try #require(drawn["A/RES/S-26/2"])
    #expect(abs(try #require(special.y) - (undated.y ?? 0)) < 20)
    #expect(try #require(special.y) < (drawn["A/RES/55/2"]?.y ?? 0))
    #expect(special.tooltip?.contains("adoption date unknown") == true)
  }

  @Test("the legend explains the bodies, the focus and the relations drawn, and nothing absent")
  func legend() throws {
    let texts = try svg.allTexts()
    for entry in [
      "Lineage of A/RES/71/244", "General Assembly resolution", "General Assembly decision",
      "Security Council resolution", "the document mapped", "text not in the corpus", "reaffirms", "endorses",
      "recalls", "welcomes", "notes", "acknowledges", "cites",
    ] {
      #expect(texts.contains(entry), "\(entry)")
    }
    #expect(!texts.contains("Human Rights Council resolution"))
    #expect(!texts.contains("reiterates"))
    #expect(texts.contains("14 documents, 22 citations"))
  }

  @Test("the same map renders to the same bytes, in every format")
  func determinism() throws {
    for format in MapFormat.allCases {
      let first = try LineageRenderer(format: format).render(map)
      // Another map in between moves Graphviz's process-wide counters.
      _ = try LineageRenderer(format: format).render(LineageMap(graph: try MapFixtures.layered(count: 20)))
      let second = try LineageRenderer(format: format).render(map)
      #expect(first == second, "\(format)")
    }
  }
}
