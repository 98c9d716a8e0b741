import ArgumentParser
import CiteGraph

/// `citegraph stats`: what the graph holds.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count the graph's documents and citations by body, kind and relation; list the most cited.",
    discussion: "Example: citegraph stats --top 20 --format json")

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("How many of the most cited documents to list.", valueName: "n"))
  var top = 10

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var source: GraphSourceOptions

  func validate() throws {
    if top < 0 { throw ValidationError("--top cannot be negative") }
  }

  private struct Stats: Encodable {
    struct Group: Encodable {
      var name: String
      var nodes: Int
      var withText: Int
    }
    struct Cited: Encodable {
      var symbol: String
      var citedBy: Int
      var mentions: Int
      var date: String?
      var title: String?
    }
    var nodes: Int
    var nodesWithText: Int
    var edges: Int
    var mentions: Int
    var files: Int
    var byBody: [Group]
    var byKind: [Group]
    /// Edges carrying each relation.
    var byRelation: [String: Int]
    var mostCited: [Cited]
    /// Cited documents (in-degree ≥ 1), and how many of them the corpus holds, and how many are dated.
    var citedDocuments: Int
    var citedWithText: Int
    var citedWithDate: Int
  }

  func run() throws {
    try reportingErrors {
      let stats = compute(try source.loadGraph())
      switch format {
      case .json: printJSONValue(stats)
      case .text: printText(stats)
      }
    }
  }

  private func compute(_ graph: CitationGraph) -> Stats {
    var mentions = 0
    var byRelation: [String: Int] = [:]
    for edge in 0..<graph.edgeCount {
      mentions += graph.mentions(ofEdge: edge)
      for relation in graph.relations(ofEdge: edge) { byRelation[relation.rawValue, default: 0] += 1 }
    }
    func groups<Key: Comparable & Hashable>(_ key: (Symbol) -> Key, _ name: (Key) -> String) -> [Stats.Group] {
      var counts: [Key: (Int, Int)] = [:]
      for node in graph.nodes {
        let current = counts[key(node.symbol), default: (0, 0)]
        counts[key(node.symbol)] = (current.0 + 1, current.1 + (node.hasText ? 1 : 0))
      }
      return counts.keys.sorted().compactMap { key in
        counts[key].map { Stats.Group(name: name(key), nodes: $0.0, withText: $0.1) }
      }
    }
    let ids = (0..<CitationGraph.NodeID(graph.nodeCount))
    let cited = ids.filter { graph.inDegree(of: $0) > 0 }
    let ranked = cited.sorted { (graph.inDegree(of: $1), $0) < (graph.inDegree(of: $0), $1) }
    return Stats(
      nodes: graph.nodeCount, nodesWithText: graph.nodes.filter(\.hasText).count, edges: graph.edgeCount,
      mentions: mentions, files: graph.files.count, byBody: groups(\.body, \.code),
      byKind: groups(\.kind, \.rawValue), byRelation: byRelation,
      mostCited: ranked.prefix(top).map { id in
        Stats.Cited(
          symbol: graph[id].symbol.canonical, citedBy: graph.inDegree(of: id),
          mentions: graph.inEdgeSlots(of: id).reduce(0) { $0 + graph.mentions(ofEdge: graph.edge(ofSlot: $1)) },
          date: graph[id].date?.iso, title: graph[id].title)
      },
      citedDocuments: cited.count, citedWithText: cited.filter { graph[$0].hasText }.count,
      citedWithDate: cited.filter { graph[$0].date != nil }.count)
  }

  private func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "-" : "\((part * 1000 / whole + 5) / 10)%"
  }

  private func printText(_ stats: Stats) {
    print("documents  \(stats.nodes) (\(stats.nodesWithText) with text in the corpus)")
    print("citations  \(stats.edges) citing-cited pairs, \(stats.mentions) mentions, from \(stats.files) files")
    print(
      "cited      \(stats.citedDocuments) documents: \(stats.citedWithText) with text (\(percent(stats.citedWithText, stats.citedDocuments))), "
        + "\(stats.citedWithDate) dated (\(percent(stats.citedWithDate, stats.citedDocuments)))")
    print("")
    var groups = TextTable(header: ["group", "documents", "with text"])
    for group in stats.byBody {
      groups.rows.append(["body " + group.name, String(group.nodes), String(group.withText)])
    }
    for group in stats.byKind { groups.rows.append([group.name, String(group.nodes), String(group.withText)]) }
    for line in groups.lines() { print(line) }
    print("")
    var relations = TextTable(header: ["relation", "citations"])
    for relation in Relation.allCases {
      relations.rows.append([relation.rawValue, String(stats.byRelation[relation.rawValue] ?? 0)])
    }
    for line in relations.lines() { print(line) }
    guard !stats.mostCited.isEmpty else { return }
    print("")
    var cited = TextTable(header: ["cited by", "mentions", "symbol", "date", "title"])
    for entry in stats.mostCited {
      cited.rows.append([
        String(entry.citedBy), String(entry.mentions), entry.symbol, entry.date ?? "-",
        entry.title.map { $0.truncated(to: 60) } ?? "",
      ])
    }
    for line in cited.lines() { print(line) }
  }
}
