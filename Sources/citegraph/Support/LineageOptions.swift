import ArgumentParser
import CiteGraph
import Foundation

/// The arguments and output of the `ancestors` and `descendants` commands.
struct LineageOptions: ParsableArguments {
  @Argument(help: "The resolution or decision, in any written form: 71/244, A/RES/71/244, 1325 (2000).")
  var id: String

  @OptionGroup var limit: DepthOption

  @OptionGroup var filters: FilterOptions

  @Option(name: .long, help: "Output format: text (a table) or json.")
  var format: OutputFormat = .text

  @OptionGroup var source: GraphSourceOptions

  /// Walks the graph in `direction` and prints the result on standard output.
  func run(_ direction: LineageAnalyzer.Direction) throws {
    try reportingErrors {
      let graph = try source.loadGraph()
      let start = try IdentifierResolver(graph: graph).node(for: id)
      let entries = LineageAnalyzer(graph: graph).walk(
        from: start, direction: direction, maxDepth: limit.depth, relations: try filters.relations(),
        bodies: try filters.bodies())
      switch format {
      case .text: printText(entries, start: start, direction: direction, graph: graph)
      case .json: try printJSON(entries, start: start, direction: direction, graph: graph)
      }
    }
  }

  private func printText(
    _ entries: [LineageAnalyzer.Entry], start: CitationGraph.NodeID, direction: LineageAnalyzer.Direction,
    graph: CitationGraph
  ) {
    let node = graph[start]
    var heading = node.symbol.canonical
    if let date = node.date { heading += " (\(date.iso))" }
    if let title = node.title { heading += " \(title.truncated(to: 80))" }
    let noun = direction == .ancestors ? "cites" : "is cited by"
    let count = entries.count == 1 ? "1 document" : "\(entries.count) documents"
    print("\(heading)\n\(noun) \(count)\(entries.isEmpty ? "" : ":")")
    guard !entries.isEmpty else { return }
    var table = TextTable(header: ["depth", "symbol", "relations", "date", "via", "title"])
    for entry in entries {
      table.rows.append([
        String(entry.depth), entry.symbol.canonical, entry.relations.description, entry.date?.iso ?? "-",
        entry.depth == 1 ? "" : graph[entry.parent].symbol.canonical, entry.title.map { $0.truncated(to: 70) } ?? "",
      ])
    }
    for line in table.lines() { print(line) }
  }

  private struct Output: Encodable {
    struct Document: Encodable {
      var symbol: String
      var date: String?
      var title: String?
      var hasText: Bool
    }
    struct Result: Encodable {
      var symbol: String
      var depth: Int
      var relations: [String]
      var firstRelations: [String]
      var via: String
      var date: String?
      var title: String?
      var hasText: Bool
    }
    var start: Document
    var direction: String
    var results: [Result]
  }

  private func printJSON(
    _ entries: [LineageAnalyzer.Entry], start: CitationGraph.NodeID, direction: LineageAnalyzer.Direction,
    graph: CitationGraph
  ) throws {
    let node = graph[start]
    let output = Output(
      start: .init(symbol: node.symbol.canonical, date: node.date?.iso, title: node.title, hasText: node.hasText),
      direction: direction.rawValue,
      results: entries.map { entry in
        Output.Result(
          symbol: entry.symbol.canonical, depth: entry.depth, relations: entry.relations.map(\.rawValue),
          firstRelations: entry.firstRelations.map(\.rawValue), via: graph[entry.parent].symbol.canonical,
          date: entry.date?.iso, title: entry.title, hasText: graph[entry.node].hasText)
      })
    printJSONValue(output)
  }
}
