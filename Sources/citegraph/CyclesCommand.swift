import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph cycles`: where the citation record is circular or out of time.
struct CyclesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cycles",
    abstract: "Show citation circles, self-citations, cycles and citations of later resolutions.",
    discussion: """
      A resolution can only cite what was adopted before it, so every finding here points at an error \
      in a text, in the resolver or in the dates — or at two resolutions adopted on the same day, which \
      are listed apart. Each finding names the mentions that make it, as file:line:column.
      Example: citegraph cycles --max-length 4
      """)

  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("List at most N elementary cycles.", valueName: "n"))
  var maxCycles = 1000

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("List only cycles of at most N resolutions.", valueName: "n"))
  var maxLength: Int?

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var source: GraphSourceOptions

  func validate() throws {
    if maxCycles < 0 { throw ValidationError("--max-cycles must not be negative") }
    if let maxLength, maxLength < 2 { throw ValidationError("--max-length must be at least 2") }
  }

  func run() throws {
    let graph = try reportingErrors { try source.loadGraph() }
    let analyzer = CycleAnalyzer(graph: graph)
    let search = analyzer.elementaryCycles(maxCycles: maxCycles, maxLength: maxLength)
    let anomalies = analyzer.temporalAnomalies()
    let report = Report(
      circles: analyzer.stronglyConnectedComponents().circles.map { members in
        let inside = Set(members)
        return Report.Group(
          members: members.map { graph[$0].symbol.canonical },
          citations: members.flatMap { citing in
            graph.outEdges(of: citing).filter { inside.contains(graph.target(ofEdge: $0)) }
          }.map { Report.Citation(graph: graph, edge: $0) })
      },
      selfCitations: analyzer.selfCitations().map { Report.Citation(graph: graph, edge: $0) },
      cycles: search.cycles.map { cycle in
        Report.Group(
          members: cycle.nodes.map { graph[$0].symbol.canonical },
          citations: cycle.edges.map { Report.Citation(graph: graph, edge: $0) })
      },
      cyclesTruncated: search.truncated,
      laterCitations: anomalies.later.map { Report.Citation(graph: graph, edge: $0.edge) },
      sameDayCitations: anomalies.sameDay.map { Report.Citation(graph: graph, edge: $0.edge) })
    switch format {
    case .text: printText(report)
    case .json: printJSONValue(report)
    }
  }

  /// What the command finds, as printed in JSON.
  struct Report: Encodable {
    /// A citation with what a reader needs to find it.
    struct Citation: Encodable {
      var citing: String
      var cited: String
      var citingDate: String?
      var citedDate: String?
      var relations: [String]
      var location: String?

      init(graph: CitationGraph, edge: Int) {
        let citing = graph[graph.source(ofEdge: edge)]
        let cited = graph[graph.target(ofEdge: edge)]
        self.citing = citing.symbol.canonical
        self.cited = cited.symbol.canonical
        citingDate = citing.date?.iso
        citedDate = cited.date?.iso
        relations = graph.relations(ofEdge: edge).map(\.rawValue)
        location = graph.mentionSite(ofEdge: edge)
      }
    }

    /// A circle or cycle: its members and the citations that join them.
    struct Group: Encodable {
      var members: [String]
      var citations: [Citation]
    }

    var circles: [Group]
    var selfCitations: [Citation]
    var cycles: [Group]
    var cyclesTruncated: Bool
    var laterCitations: [Citation]
    var sameDayCitations: [Citation]
  }

  private func printText(_ report: Report) {
    func line(_ citation: Report.Citation, _ severity: String, _ message: String) {
      print("  \(citation.location ?? citation.citing): \(severity): \(message)")
    }
    func cites(_ citation: Report.Citation) -> String {
      "\(citation.citing) \(citation.relations.joined(separator: ",")) \(citation.cited)"
    }
    print("citation circles (strongly connected components): \(report.circles.count)")
    for (index, circle) in report.circles.enumerated() {
      print(" \(index + 1). \(circle.members.count) resolutions: \(circle.members.joined(separator: ", "))")
      for citation in circle.citations { line(citation, "warning", cites(citation)) }
    }
    print("self-citations: \(report.selfCitations.count)")
    for citation in report.selfCitations { line(citation, "warning", "\(citation.citing) cites itself") }
    let limit = report.cyclesTruncated ? " (stopped at --max-cycles \(maxCycles); there are more)" : ""
    print("cycles: \(report.cycles.count)\(limit)")
    for (index, cycle) in report.cycles.enumerated() {
      print(" \(index + 1). \((cycle.members + [cycle.members[0]]).joined(separator: " -> "))")
      for citation in cycle.citations { line(citation, "warning", cites(citation)) }
    }
    print("citations of later resolutions: \(report.laterCitations.count)")
    for citation in report.laterCitations {
      line(
        citation, "warning",
        "\(citation.citing) (\(citation.citingDate ?? "-")) cites \(citation.cited), adopted later (\(citation.citedDate ?? "-"))"
      )
    }
    print("citations of resolutions adopted the same day: \(report.sameDayCitations.count)")
    for citation in report.sameDayCitations {
      line(citation, "note", "\(citation.citing) cites \(citation.cited), both adopted \(citation.citingDate ?? "-")")
    }
  }
}
