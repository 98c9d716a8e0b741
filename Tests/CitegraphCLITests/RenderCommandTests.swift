import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("render command")
struct RenderCommandTests {
  @Test("render ID -o map.svg writes a parseable SVG map atomically and prints nothing")
  func svgFile() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let path = fixtures.directory.appendingPathComponent("map.svg").path
    let output = try CLIRunner.run(["render", "71/244", "--graph", try fixtures.lineageGraph(), "-o", path])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.isEmpty)
    let document = try XMLDocument(data: try Data(contentsOf: URL(fileURLWithPath: path)))
    let titles = try document.nodes(forXPath: "//*[local-name()='g'][@class='node']/*[local-name()='title']")
      .compactMap(\.stringValue)
    #expect(Set(titles).isSuperset(of: ["A/RES/71/244", "A/RES/64/222", "A/RES/33/134"]))
    #expect(!titles.contains("S/RES/1325(2000)"), "not in the lineage")
    let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    #expect(texts.contains("Ancestors of A/RES/71/244"))
    let links = try document.nodes(forXPath: "//*[local-name()='a']").compactMap { node in
      (node as? XMLElement)?.attributes?.first { $0.name == "xlink:href" }?.stringValue
    }
    #expect(links.contains("https://undocs.org/en/A/RES/71/244"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixtures.directory.path)
    #expect(Set(leftovers) == ["lineage.citegraph", "map.svg"], "no temporary file left behind")
  }

  @Test("without --graph the bundled default graph is drawn: 71/244 reaffirms 64/222 and 33/134")
  func defaultGraph() throws {
    let output = try CLIRunner.run(["render", "71/244", "--depth", "1", "--format", "dot"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains(#""A/RES/71/244" -> "A/RES/64/222""#))
    #expect(output.stdout.contains(#""A/RES/71/244" -> "A/RES/33/134""#))
  }

  @Test("the format follows the extension: .png and .pdf get their magic bytes, --format overrides")
  func formats() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try fixtures.lineageGraph()
    let png = fixtures.directory.appendingPathComponent("map.png").path
    let pdf = fixtures.directory.appendingPathComponent("map.PDF").path
    let dot = fixtures.directory.appendingPathComponent("map").path
    #expect(try CLIRunner.run(["render", "71/244", "--graph", graph, "-o", png]).status == 0)
    #expect(try CLIRunner.run(["render", "71/244", "--graph", graph, "-o", pdf]).status == 0)
    #expect(try CLIRunner.run(["render", "71/244", "--graph", graph, "-o", dot, "--format", "dot"]).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: png)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF".utf8)))
    #expect(try String(contentsOfFile: dot, encoding: .utf8).hasPrefix("digraph"))
  }

  @Test("without -o the map goes to stdout: SVG by default, PNG when asked and stdout is not a terminal")
  func stdout() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try fixtures.lineageGraph()
    let svg = try CLIRunner.run(["render", "71/244", "--graph", graph])
    #expect(svg.status == 0)
    #expect(svg.stdout.hasPrefix("<?xml"))
    #expect(svg.stdout.contains("</svg>"))
    let png = try CLIRunner.run(["render", "71/244", "--graph", graph, "--format", "png"])
    #expect(png.status == 0)
    #expect(png.stdout.dropFirst().hasPrefix("PNG"))
  }

  @Test("--reduce drops the citation implied by a longer path; --descendants draws the other side")
  func reduceAndDirection() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try fixtures.lineageGraph()
    let implied = #""A/RES/71/244" -> "A/RES/33/134""#
    let full = try CLIRunner.run(["render", "71/244", "--graph", graph, "--format", "dot"])
    #expect(full.stdout.contains(implied))
    let reduced = try CLIRunner.run(["render", "71/244", "--graph", graph, "--format", "dot", "--reduce"])
    #expect(!reduced.stdout.contains(implied))
    #expect(reduced.stdout.contains(#""A/RES/64/222" -> "A/RES/33/134""#))
    #expect(reduced.stdout.contains("1 implied by longer paths hidden"))
    let descendants = try CLIRunner.run([
      "render", "33/134", "--descendants", "--depth", "1", "--graph", graph, "--format", "dot",
    ])
    #expect(descendants.status == 0)
    #expect(descendants.stdout.contains("Descendants of A/RES/33/134 (depth ≤ 1)"))
    #expect(descendants.stdout.contains(#""A/RES/71/244" [label="#))
    #expect(!descendants.stdout.contains(#""S/RES/1325(2000)" ["#))
  }

  @Test("--all draws the whole graph, filtered by --relation")
  func all() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run([
      "render", "--all", "--relation", "recalls", "--graph", try fixtures.lineageGraph(), "--format", "dot",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Citation graph (recalls)"))
    #expect(output.stdout.contains(#""S/RES/1325(2000)" ["#))
    let edges = output.stdout.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("year ") }
    #expect(edges.count == 1)
  }

  @Test("usage errors exit 64, an unknown document 66, each with a message on stderr")
  func errors() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try fixtures.lineageGraph()
    let cases: [([String], Int32, String)] = [
      (["render", "--graph", graph], 64, "--all"),
      (["render", "71/244", "--all", "--graph", graph], 64, "--all"),
      (["render", "71/244", "--graph", graph, "-o", "map.jpeg"], 64, "map.jpeg"),
      (["render", "71/244", "--graph", graph, "--engine", "gnuplot"], 64, "gnuplot"),
      (["render", "71/244", "--graph", graph, "--depth", "0"], 64, "--depth"),
      (["render", "64/224", "--graph", graph], 66, "A/RES/64/224"),
    ]
    for (arguments, status, mention) in cases {
      let output = try CLIRunner.run(arguments)
      #expect(output.status == status, "\(arguments)")
      #expect(output.stderr.contains(mention), "\(arguments): \(output.stderr)")
      #expect(output.stdout.isEmpty, "\(arguments)")
    }
  }

  @Test("a map too large for dot is refused with advice (exit 64); sfdp draws it")
  func tooLarge() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    var text = "citegraph-graph 1\n"
    for number in 1...700 { text += "node\tA/RES/70/\(number)\t2015-12-01\t-\t-\n" }
    for number in 2...700 { text += "edge\tA/RES/70/\(number)\tA/RES/70/\(number / 2)\tcites\t1\t-\n" }
    let graph = try fixtures.write("large.citegraph", text)
    let refused = try CLIRunner.run(["render", "--all", "--graph", graph])
    #expect(refused.status == 64)
    #expect(refused.stdout.isEmpty)
    for advice in ["700 documents", "--depth", "--reduce", "--engine sfdp", "--force"] {
      #expect(refused.stderr.contains(advice), "\(advice)")
    }
    let drawn = try CLIRunner.run(["render", "--all", "--graph", graph, "--engine", "sfdp"])
    #expect(drawn.status == 0, "\(drawn.stderr)")
    #expect(drawn.stdout.contains("A/RES/70/700"))
  }

  @Test("--force lays out a map over the engine's limit (a 130-document tree with circo, limit 120)")
  func force() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    var text = "citegraph-graph 1\n"
    for number in 1...130 { text += "node\tA/RES/70/\(number)\t2015-12-01\t-\t-\n" }
    for number in 2...130 { text += "edge\tA/RES/70/\(number)\tA/RES/70/\(number / 2)\tcites\t1\t-\n" }
    let graph = try fixtures.write("tree.citegraph", text)
    let refused = try CLIRunner.run(["render", "--all", "--graph", graph, "--engine", "circo"])
    #expect(refused.status == 64)
    let forced = try CLIRunner.run(["render", "--all", "--graph", graph, "--engine", "circo", "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(forced.stdout.contains("A/RES/70/130"))
  }
}
