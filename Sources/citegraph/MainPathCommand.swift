import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph mainpath`: the chain of resolutions that carries a topic's history.
struct MainPathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mainpath",
    abstract: "Show the main path, key-route main path and longest path of the citation graph.",
    discussion: """
      Each citation is weighted by its search path count: how many chains from a resolution nobody \
      cites down to one that cites nothing pass through it (Hummon and Doreian 1989). The main path \
      follows the heaviest citations from the oldest resolutions forward; the key-route main path \
      extends the heaviest citations both ways (Liu and Lu 2012); the longest path is the longest chain \
      of citations. Citation circles count as one step. With an ID, only that resolution's lineage \
      (what it cites, what cites it, directly or not) is analysed. Paths are listed oldest first.
      Example: citegraph mainpath 71/244
      """)

  @Argument(help: "Restrict the analysis to this resolution's lineage (any written form).")
  var id: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Key routes: the N heaviest citations (and ties).", valueName: "n"))
  var keyRoutes = 1

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var source: GraphSourceOptions

  func validate() throws {
    if keyRoutes < 1 { throw ValidationError("--key-routes must be at least 1") }
  }

  func run() throws {
    let (graph, root) = try reportingErrors {
      let graph = try source.loadGraph()
      return (graph, try id.map { try IdentifierResolver(graph: graph).node(for: $0) })
    }
    let analyzer = MainPathAnalyzer(graph: graph, lineageOf: root)
    let report = Report(
      scope: root.map { graph[$0].symbol.canonical }, documents: analyzer.scope.count,
      totalPaths: analyzer.totalPaths,
      mainPath: Report.Network(analyzer.mainPath(), graph: graph),
      keyRouteMainPath: Report.Network(analyzer.keyRouteMainPath(count: keyRoutes), graph: graph),
      longestPath: Report.Network(analyzer.longestPath(), graph: graph))
    switch format {
    case .text: printText(report)
    case .json: printJSONValue(report)
    }
  }

  /// What the command finds, as printed in JSON.
  struct Report: Encodable {
    /// One step of a path: a resolution, or a citation circle condensed.
    struct Step: Encodable {
      var symbols: [String]
      var date: String?
      var title: String?
    }

    /// A citation between two steps, by their positions in `steps`.
    struct Link: Encodable {
      var citing: String
      var cited: String
      var citingStep: Int
      var citedStep: Int
      var weight: Double
      var location: String?
    }

    /// A path, or paths branching where weights tie.
    struct Network: Encodable {
      var steps: [Step]
      var links: [Link]

      init(_ network: MainPathAnalyzer.PathNetwork, graph: CitationGraph) {
        steps = network.steps.map { members in
          let first = graph[members[0]]
          return Step(
            symbols: members.map { graph[$0].symbol.canonical }, date: first.date?.iso,
            title: members.count == 1 ? first.title : nil)
        }
        links = network.links.map { link in
          Link(
            citing: graph[graph.source(ofEdge: link.edge)].symbol.canonical,
            cited: graph[graph.target(ofEdge: link.edge)].symbol.canonical, citingStep: link.citing,
            citedStep: link.cited, weight: link.weight, location: graph.mentionSite(ofEdge: link.edge))
        }
      }
    }

    var scope: String?
    var documents: Int
    var totalPaths: Double
    var mainPath: Network
    var keyRouteMainPath: Network
    var longestPath: Network
  }

  private func printText(_ report: Report) {
    let scope = report.scope.map { "the lineage of \($0)" } ?? "the whole graph"
    print(
      "\(scope): \(report.documents) documents, \(String(format: "%.6g", report.totalPaths)) citation chains "
        + "from a latest resolution to an origin")
    let sections = [
      ("main path", report.mainPath),
      (
        "key-route main path (\(keyRoutes) key route\(keyRoutes == 1 ? "" : "s"))",
        report.keyRouteMainPath
      ), ("longest path", report.longestPath),
    ]
    for (title, network) in sections {
      print("\n\(title): \(network.steps.count) steps, \(network.links.count) citations")
      var table = TextTable(header: ["step", "symbol", "date", "title"])
      for (index, step) in network.steps.enumerated() {
        table.rows.append([
          String(index + 1), step.symbols.joined(separator: " + "), step.date ?? "-",
          step.title?.truncated(to: 70) ?? (step.symbols.count > 1 ? "(citation circle)" : ""),
        ])
      }
      for line in table.lines() { print("  " + line) }
      for link in network.links {
        print(
          "  \(link.location ?? link.citing): note: \(link.citing) cites \(link.cited) "
            + "(step \(link.citingStep + 1) -> \(link.citedStep + 1), search path count \(String(format: "%.6g", link.weight)))"
        )
      }
    }
  }
}
