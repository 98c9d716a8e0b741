import Testing

@testable import CiteGraph

@Suite("Main paths")
struct MainPathAnalyzerTests {
  /// A hand-made DAG in the style of the main path literature's examples (Hummon and Doreian 1989,
  /// Batagelj 2003, Liu and Lu 2012), drawn as knowledge flows, older → newer, "X → Y" meaning Y cites X:
  ///
  ///     A→C  B→C  B→D  C→E  D→E  D→F  E→G  E→H  F→H  G→I  H→I  H→J  I→K  J→K
  ///
  /// Origins (cite nothing): A, B. Latest (cited by nothing): K. Paths from an origin to each node,
  /// N⁻: A 1, B 1, C 2, D 1, E 3, F 1, G 3, H 4, I 7, J 4, K 11. Paths from each node to a latest one,
  /// N⁺: K 1, I 1, J 1, G 1, H 2, E 3, F 2, C 3, D 5, A 3, B 8 (11 paths in all, N⁺(A) + N⁺(B)).
  /// SPC(X→Y) = N⁻(X)·N⁺(Y):
  ///
  ///     A→C 3  B→C 3  B→D 5  C→E 6  D→E 3  D→F 2  E→G 3  E→H 6  F→H 2  G→I 3  H→I 4  H→J 4  I→K 7  J→K 4
  ///
  /// (flow is conserved: into E 6 + 3 = out of E 3 + 6; into H 6 + 2 = out of H 4 + 4.)
  static let letters = Array("ABCDEFGHIJK")
  static let example: CitationGraph = {
    let flow = ["AC", "BC", "BD", "CE", "DE", "DF", "EG", "EH", "FH", "GI", "HI", "HJ", "IK", "JK"]
    let edges = flow.map { pair -> (Int, Int) in
      let chars = Array(pair)
      return (index(chars[1]), index(chars[0]))
    }
    return AnalysisGraphs.graph(letters.count, edges)
  }()

  static func index(_ letter: Character) -> Int { letters.firstIndex(of: letter) ?? -1 }

  /// The network's citations in knowledge-flow letters ("BD" = D cites B) with their weights.
  private func flows(_ network: MainPathAnalyzer.PathNetwork) -> [String: Double] {
    var result: [String: Double] = [:]
    for link in network.links {
      let cited = network.steps[link.cited].map { String(Self.letters[Int($0)]) }.joined()
      let citing = network.steps[link.citing].map { String(Self.letters[Int($0)]) }.joined()
      result[cited + citing] = link.weight
    }
    return result
  }

  private func expectTopological(_ network: MainPathAnalyzer.PathNetwork, graph: CitationGraph) {
    for link in network.links {
      #expect(link.cited < link.citing)
      #expect(network.steps[link.citing].contains(graph.source(ofEdge: link.edge)))
      #expect(network.steps[link.cited].contains(graph.target(ofEdge: link.edge)))
    }
  }

  @Test("search path counts match the hand-worked example")
  func weights() {
    let analyzer = MainPathAnalyzer(graph: Self.example)
    var found: [String: Double] = [:]
    for arc in 0..<analyzer.arcCount {
      let edge = analyzer.edge(ofArc: arc)
      let citing = Self.letters[Int(Self.example.source(ofEdge: edge))]
      let cited = Self.letters[Int(Self.example.target(ofEdge: edge))]
      found["\(cited)\(citing)"] = analyzer.weights[arc]
    }
    #expect(
      found == [
        "AC": 3, "BC": 3, "BD": 5, "CE": 6, "DE": 3, "DF": 2, "EG": 3, "EH": 6, "FH": 2, "GI": 3, "HI": 4, "HJ": 4,
        "IK": 7, "JK": 4,
      ])
    #expect(analyzer.totalPaths == 11)
  }

  @Test("the local main path starts at B→D (5), takes E (3 > 2) and H (6 > 3), and keeps the tie at H")
  func localMainPath() {
    let network = MainPathAnalyzer(graph: Self.example).mainPath()
    #expect(flows(network) == ["BD": 5, "DE": 3, "EH": 6, "HI": 4, "HJ": 4, "IK": 7, "JK": 4])
    expectTopological(network, graph: Self.example)
  }

  @Test("key routes: I→K (7) extended back through H, E, C to both A and B; two key routes add C→E, E→H")
  func keyRoute() {
    let analyzer = MainPathAnalyzer(graph: Self.example)
    let one = analyzer.keyRouteMainPath(count: 1)
    #expect(flows(one) == ["AC": 3, "BC": 3, "CE": 6, "EH": 6, "HI": 4, "IK": 7])
    expectTopological(one, graph: Self.example)
    // The second-highest weight, 6, is shared by C→E and E→H: both are key routes.
    let two = analyzer.keyRouteMainPath(count: 2)
    #expect(flows(two) == ["AC": 3, "BC": 3, "CE": 6, "EH": 6, "HI": 4, "HJ": 4, "IK": 7, "JK": 4])
  }

  @Test("the longest path has five citations; ties go to the heavier arc, then the lower id")
  func longest() {
    let network = MainPathAnalyzer(graph: Self.example).longestPath()
    #expect(network.steps.map { String(Self.letters[Int($0[0])]) }.joined() == "ACEHIK")
    #expect(flows(network) == ["AC": 3, "CE": 6, "EH": 6, "HI": 4, "IK": 7])
  }

  @Test("restricted to F's lineage (B, D above; H, I, J, K below) only two paths remain")
  func lineage() {
    let analyzer = MainPathAnalyzer(graph: Self.example, lineageOf: Int32(Self.index("F")))
    #expect(analyzer.scope.map { Self.letters[Int($0)] } == Array("BDFHIJK"))
    #expect(analyzer.totalPaths == 2)
    #expect(flows(analyzer.mainPath()) == ["BD": 2, "DF": 2, "FH": 2, "HI": 1, "HJ": 1, "IK": 1, "JK": 1])
  }

  @Test("a citation circle is condensed into one step")
  func condensed() {
    // 0 cites 1; 1 and 2 cite each other; 2 cites 3.
    let graph = AnalysisGraphs.graph(4, [(0, 1), (1, 2), (2, 1), (2, 3)])
    let network = MainPathAnalyzer(graph: graph).mainPath()
    #expect(network.steps == [[3], [1, 2], [0]])
    #expect(network.links.map { [$0.cited, $0.citing] } == [[0, 1], [1, 2]])
    #expect(network.links.map { graph.location(ofEdge: $0.edge)?.line } == [4, 1])
    expectTopological(network, graph: graph)
  }

  @Test("a graph without citations has no main path")
  func empty() {
    let analyzer = MainPathAnalyzer(graph: AnalysisGraphs.graph(3, []))
    #expect(analyzer.mainPath().steps.isEmpty && analyzer.keyRouteMainPath().links.isEmpty)
    #expect(analyzer.longestPath().steps.isEmpty && analyzer.totalPaths == 0)
  }

  @Test("a chain of a million citations is its own main path and longest path, without overflow")
  func millionChain() {
    let analyzer = MainPathAnalyzer(graph: AnalysisGraphs.millionChain)
    #expect(analyzer.totalPaths == 1)
    let main = analyzer.mainPath()
    #expect(main.steps.count == 1_000_000 && main.links.count == 999_999)
    #expect(main.steps.first == [999_999] && main.steps.last == [0])
    #expect(analyzer.longestPath().steps.count == 1_000_000)
  }
}
