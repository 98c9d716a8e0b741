import ArgumentParser
import CiteGraph

/// `citegraph path FROM TO`: the citation chains that lead from one resolution to another.
struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "Show the citation chains from one resolution to another, shortest first.",
    discussion: """
      A chain runs from the citing resolution to the cited one (FROM cites … cites TO). When FROM does \
      not lead to TO but TO leads to FROM, the chains from TO to FROM are shown, with a note on stderr.
      Example: citegraph path 71/244 33/134 --max 3
      """)

  @Argument(help: "The citing resolution, in any written form.")
  var from: String

  @Argument(help: "The cited resolution, in any written form.")
  var to: String

  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The most chains to show.", valueName: "n"))
  var max = 5

  @Option(
    name: .long,
    help: ArgumentHelp("Follow only these relations (comma-separated).", valueName: "r1,r2"))
  var relation: String?

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var source: GraphSourceOptions

  func validate() throws {
    if max < 1 { throw ValidationError("--max must be at least 1") }
    _ = try FilterOptions.relations(relation)
  }

  func run() throws {
    try reportingErrors {
      let graph = try source.loadGraph()
      let resolver = IdentifierResolver(graph: graph)
      let start = try resolver.node(for: from)
      let end = try resolver.node(for: to)
      let relations = try FilterOptions.relations(relation)
      let analyzer = LineageAnalyzer(graph: graph)
      var chains = analyzer.paths(from: start, to: end, max: max, relations: relations)
      if chains.isEmpty && start != end {
        chains = analyzer.paths(from: end, to: start, max: max, relations: relations)
        if !chains.isEmpty {
          printNote(
            "\(graph[start].symbol) does not lead to \(graph[end].symbol); showing the chains the other way")
        }
      }
      if chains.isEmpty {
        printNote("no citation chain links \(graph[start].symbol) and \(graph[end].symbol)")
      }
      switch format {
      case .text:
        for (index, chain) in chains.enumerated() { print("\(index + 1). \(describe(chain, graph))") }
      case .json:
        printJSONValue(
          chains.map { chain in
            ChainOutput(
              length: chain.length,
              steps: zip(chain.nodes, chain.nodes.dropFirst()).enumerated().map { index, pair in
                ChainOutput.Step(
                  from: graph[pair.0].symbol.canonical, to: graph[pair.1].symbol.canonical,
                  relations: chain.relations[index].map(\.rawValue))
              })
          })
      }
    }
  }

  private struct ChainOutput: Encodable {
    struct Step: Encodable {
      var from: String
      var to: String
      var relations: [String]
    }
    var length: Int
    var steps: [Step]
  }

  private func describe(_ chain: LineageAnalyzer.Chain, _ graph: CitationGraph) -> String {
    var text = graph[chain.nodes[0]].symbol.canonical
    for (index, node) in chain.nodes.dropFirst().enumerated() {
      text += " -[\(chain.relations[index])]-> \(graph[node].symbol.canonical)"
    }
    return text + "  (\(chain.length) step\(chain.length == 1 ? "" : "s"))"
  }
}
