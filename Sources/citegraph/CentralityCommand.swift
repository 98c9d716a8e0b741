import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph centrality`: the resolutions the system keeps coming back to.
struct CentralityCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "centrality",
    abstract: "Rank resolutions by how central they are in the citation graph.",
    discussion: """
      Metrics: indegree (how many documents cite it; with --relation reaffirms, the most reaffirmed), \
      outdegree (how many it cites), pagerank (citing weight flowing to it; --from makes it personalized), \
      hits (authority: cited by documents that cite well; the hub score is shown beside it), hubs \
      (ranked by hub score) and betweenness (how many shortest citation chains pass through it; --sample \
      estimates it from K sources).
      Example: citegraph centrality --metric indegree --relation reaffirms --top 10
      """)

  /// The measures `--metric` offers.
  enum Metric: String, ExpressibleByArgument, CaseIterable {
    case indegree, outdegree, pagerank, hits, hubs, betweenness
  }

  /// The output forms of this command.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
  }

  @Option(name: .long, help: "The measure: \(Metric.allCases.map(\.rawValue).joined(separator: ", ")).")
  var metric: Metric = .indegree

  @OptionGroup var filters: FilterOptions

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("Personalize PageRank on these resolutions (pagerank only).", valueName: "id"))
  var from: [String] = []

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Estimate betweenness from K sampled sources.", valueName: "k"))
  var sample: Int?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("The seed of --sample; the same seed draws the same sources.", valueName: "s"))
  var seed: UInt64 = 1

  @Flag(name: .long, help: "Divide betweenness by the number of ordered pairs of other documents.")
  var normalized = false

  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Show the N highest scores.", valueName: "n"))
  var top = 20

  @Option(name: .long, help: "Output format: text (a table), json or csv.")
  var format: Format = .text

  @OptionGroup var source: GraphSourceOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if !from.isEmpty && metric != .pagerank {
      throw ValidationError("--from personalizes PageRank: use --metric pagerank")
    }
    if let sample {
      guard metric == .betweenness else { throw ValidationError("--sample applies to --metric betweenness") }
      if sample < 1 { throw ValidationError("--sample must be at least 1") }
    }
    if normalized && metric != .betweenness { throw ValidationError("--normalized applies to --metric betweenness") }
  }

  func run() async throws {
    let (graph, personalization) = try reportingErrors {
      let whole = try source.loadGraph()
      let graph = whole.filtered(relations: try filters.relations(), bodies: try filters.bodies())
      let resolver = IdentifierResolver(graph: graph)
      return (graph, try from.map { try resolver.node(for: $0) })
    }
    let analyzer = CentralityAnalyzer(graph: graph)
    var hubs: [Double]?
    let scores: [Double]
    switch metric {
    case .indegree: scores = analyzer.inDegree().map(Double.init)
    case .outdegree: scores = analyzer.outDegree().map(Double.init)
    case .pagerank:
      let result = analyzer.pageRank(personalization: personalization)
      if !result.converged {
        printWarning("pagerank did not converge in \(result.iterations) sweeps of a citation circle")
      }
      scores = result.scores
    case .hits, .hubs:
      let result = analyzer.hits()
      if !result.converged { printWarning("hits did not converge in \(result.iterations) iterations") }
      scores = metric == .hits ? result.authorities : result.hubs
      hubs = metric == .hits ? result.hubs : nil
    case .betweenness:
      let sources: CentralityAnalyzer.BetweennessSources = sample.map { .sample(count: $0, seed: seed) } ?? .all
      scores = await analyzer.betweenness(normalized: normalized, sources: sources)
      if let sample, sample < graph.nodeCount {
        printNote("betweenness estimated from \(sample) sampled sources (seed \(seed))")
      }
    }
    let ranked = CentralityAnalyzer.ranking(scores, top: top)
    switch format {
    case .text: printText(ranked, hubs: hubs, graph: graph)
    case .json:
      printJSONValue(
        ranked.map { entry in
          let node = graph[entry.node]
          return Row(
            rank: entry.rank, symbol: node.symbol.canonical, score: entry.score, hub: hubs?[Int(entry.node)],
            date: node.date?.iso, title: node.title)
        })
    case .csv: printCSV(ranked, hubs: hubs, graph: graph)
    }
  }

  private struct Row: Encodable {
    var rank: Int
    var symbol: String
    var score: Double
    var hub: Double?
    var date: String?
    var title: String?
  }

  /// Counts print as integers, other scores with six significant digits.
  private func formatted(_ score: Double) -> String {
    metric == .indegree || metric == .outdegree ? String(Int(score)) : String(format: "%.6g", score)
  }

  private func printText(_ ranked: [CentralityAnalyzer.RankedNode], hubs: [Double]?, graph: CitationGraph) {
    let column = metric == .hits ? "authority" : metric == .hubs ? "hub" : metric.rawValue
    var table = TextTable(header: ["rank", "symbol", column] + (hubs == nil ? [] : ["hub"]) + ["date", "title"])
    for entry in ranked {
      let node = graph[entry.node]
      table.rows.append(
        [String(entry.rank), node.symbol.canonical, formatted(entry.score)]
          + (hubs.map { [formatted($0[Int(entry.node)])] } ?? []) + [
            node.date?.iso ?? "-", node.title?.truncated(to: 70) ?? "",
          ])
    }
    for line in table.lines() { print(line) }
  }

  private func printCSV(_ ranked: [CentralityAnalyzer.RankedNode], hubs: [Double]?, graph: CitationGraph) {
    print((["rank", "symbol", "score"] + (hubs == nil ? [] : ["hub"]) + ["date", "title"]).joined(separator: ","))
    for entry in ranked {
      let node = graph[entry.node]
      let fields =
        [String(entry.rank), node.symbol.canonical, String(entry.score)]
        + (hubs.map { [String($0[Int(entry.node)])] } ?? []) + [node.date?.iso ?? "", node.title ?? ""]
      print(fields.map(csvField).joined(separator: ","))
    }
  }

  /// A CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
  private func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
