import CiteGraph
import Foundation
import Testing

@testable import CiteGraphRender

@Suite("Hostile text in a map")
struct EscapingTests {
  /// Short titles (one label line each) holding what breaks DOT, XML or Graphviz's escapes.
  static let titles = [
    #"say "no" to <b>"#,
    "<script>go()</script>",
    "A & B &amp; C &lt;x&gt;",
    #"\N \G \L \E \T \H"#,
    #"C:\dir\ and \\ twice"#,
    #"\n \l \r \"q\""#,
    #"ends in a backslash\"#,
  ]

  static func hostileGraph() throws -> CitationGraph {
    var nodes: [CitationGraph.Node] = []
    for (index, title) in titles.enumerated() {
      nodes.append(
        CitationGraph.Node(
          symbol: try MapFixtures.symbol("A/RES/70/\(index + 1)"), date: CalendarDate(year: 2015, month: 12, day: 1),
          title: title))
    }
    let edges = (1..<titles.count).map { CitationGraph.EdgeRecord(source: Int32($0), target: 0, relations: .all) }
    return CitationGraph(nodes: nodes, edges: edges)
  }

  @Test("titles with quotes, markup, entities, backslashes and Graphviz escapes appear literally in SVG")
  func titlesLiterally() throws {
    let graph = try Self.hostileGraph()
    let svg = try SVGMap(LineageRenderer(format: .svg).render(LineageMap(graph: graph)))
    let nodes = try svg.items("node")
    for (index, title) in Self.titles.enumerated() {
      let node = try #require(nodes["A/RES/70/\(index + 1)"])
      #expect(node.texts == ["70/\(index + 1)", title])
      #expect(node.tooltip?.split(separator: "\n").map(String.init).contains(title) == true, "\(title)")
    }
    #expect(try svg.elements("//*[local-name()='script']").isEmpty)
    #expect(try svg.elements("//*[local-name()='b']").isEmpty)
  }

  @Test("a hostile caption shows literally in the heading and the map's tooltip")
  func caption() throws {
    let caption = #"Lineage "<script>" & \N of \G"#
    let map = LineageMap(graph: try Self.hostileGraph(), caption: caption)
    let svg = try SVGMap(LineageRenderer(format: .svg).render(map))
    #expect(try svg.allTexts().contains(caption))
    let graphLink = try svg.elements("//*[local-name()='g'][@class='graph']//*[local-name()='a']").first
    #expect(SVGMap.attribute("xlink:title", of: graphLink) == caption)
  }

  @Test("control characters, which XML forbids, become spaces and the SVG still parses")
  func controls() throws {
    let symbol = try MapFixtures.symbol("A/RES/70/1")
    let graph = CitationGraph(
      nodes: [CitationGraph.Node(symbol: symbol, title: "bell\u{7}null\u{0}esc\u{1B}del\u{7F}end")], edges: [])
    let svg = try SVGMap(LineageRenderer(format: .svg).render(LineageMap(graph: graph)))
    let node = try #require(try svg.items("node")["A/RES/70/1"])
    #expect(node.texts.dropFirst().joined(separator: " ") == "bell null esc del end")
  }

  @Test("hostile titles render as PNG and PDF too")
  func binary() throws {
    let map = LineageMap(graph: try Self.hostileGraph())
    #expect(try LineageRenderer(format: .png).render(map).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(try LineageRenderer(format: .pdf).render(map).starts(with: Array("%PDF".utf8)))
  }

  @Test("URLs keep a safe set of characters and percent-encode the rest, so none can close its attribute")
  func urls() {
    #expect(DOTText.url("https://undocs.org/en/S/RES/1325(2000)") == #""https://undocs.org/en/S/RES/1325(2000)""#)
    #expect(DOTText.url(#"x"><script>&\N é"#) == #""x%22%3E%3Cscript%3E%26%5CN%20%C3%A9""#)
  }
}
