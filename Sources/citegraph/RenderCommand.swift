import ArgumentParser
import CiteGraph
import CiteGraphRender
import Foundation

extension LayoutEngine: ExpressibleByArgument {}
extension MapFormat: ExpressibleByArgument {}

/// `citegraph render ID`: a resolution's lineage map, drawn through Graphviz's C API.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a resolution's lineage map (or the whole graph) as SVG, PNG, PDF or DOT.",
    discussion: """
      Documents are ranked by adoption year (oldest at the top, a year axis on the left), coloured by \
      body, and linked to undocs.org in SVG; citations are coloured by relation. The format follows \
      the output file's extension unless --format is given; without -o the map goes to stdout (SVG by \
      default; PNG and PDF only when stdout is not a terminal).

      Examples:
        citegraph render 71/244 -o lineage.svg
        citegraph render 71/244 --depth 2 --reduce -o lineage.png
        citegraph render "242 (1967)" --descendants --relation reaffirms,recalls -o middle-east.pdf
        citegraph render --all --body SC --engine sfdp -o council.svg
      """)

  /// Which side of the lineage to draw.
  enum Scope: String, EnumerableFlag {
    case ancestors, descendants, both

    static func help(for value: Scope) -> ArgumentHelp? {
      switch value {
      case .ancestors: "Draw what the document cites, and what those cite (the default)."
      case .descendants: "Draw what cites the document, and what cites those."
      case .both: "Draw ancestors and descendants together."
      }
    }
  }

  @Argument(help: "The resolution or decision, in any written form: 71/244, A/RES/71/244, 1325 (2000).")
  var id: String?

  @Flag(help: "Draw the whole graph (after --relation and --body) instead of one lineage.")
  var all = false

  /// `nil` draws ancestors; kept optional so that `--all` can refuse a side given with it.
  @Flag var scope: Scope?

  @OptionGroup var limit: DepthOption

  @OptionGroup var filters: FilterOptions

  @Flag(help: "Hide citations implied by a longer path (transitive reduction; citation cycles are kept whole).")
  var reduce = false

  @Option(help: "Layout engine: dot (years as ranks), neato, fdp, sfdp (large maps), circo, twopi.")
  var engine: LayoutEngine = .dot

  @Option(help: "Output format: svg, png, pdf or dot; by default from the output file's extension, else svg.")
  var format: MapFormat?

  @Option(
    name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
  var output: String?

  @Option(help: ArgumentHelp("The map's heading instead of the default one.", valueName: "text"))
  var title: String?

  @Flag(help: "Lay out a map larger than the engine's limit all the same.")
  var force = false

  @OptionGroup var source: GraphSourceOptions

  func validate() throws {
    if all == (id != nil) { throw ValidationError("give a document ID or --all, not both and not neither") }
    if all && limit.depth != nil { throw ValidationError("--depth applies to a lineage, not to --all") }
    if all, let scope { throw ValidationError("--\(scope.rawValue) applies to a lineage, not to --all") }
    _ = try outputFormat()
  }

  func run() throws {
    let format = try outputFormat()
    if let output, let named = MapFormat(fileName: output), named != format {
      printWarning("writing \(format.rawValue) to '\(output)', whose extension says \(named.rawValue)")
    }
    if output == nil && format.isBinary && isatty(1) == 1 {
      printError("a \(format.rawValue) map is binary: give -o FILE or redirect stdout")
      throw ExitCode(64)
    }
    let map = try reportingErrors { try buildMap() }
    let bytes: [UInt8]
    do {
      bytes = try LineageRenderer(engine: engine, format: format, force: force).render(map)
    } catch {
      printError(error.localizedDescription)
      throw ExitCode(Self.exitCode(for: error))
    }
    try reportingErrors {
      if let output, output != "-" {
        try FileBytes.writeAtomically(bytes, to: output)
      } else {
        FileHandle.standardOutput.write(Data(bytes))
      }
    }
  }

  /// The format asked for: `--format`, else the output file's extension, else SVG.
  private func outputFormat() throws -> MapFormat {
    guard let output, output != "-" else { return format ?? .svg }
    if let format { return format }
    if let named = MapFormat(fileName: output) { return named }
    let name = URL(fileURLWithPath: output).lastPathComponent
    guard !name.contains(".") else {
      throw ValidationError("cannot tell a format from '\(name)'; use .svg, .png, .pdf or .dot, or give --format")
    }
    return .svg
  }

  /// The graph to draw, as a lineage map: the lineage of `id` on the chosen side, or the whole graph.
  private func buildMap() throws -> LineageMap {
    let graph = try source.loadGraph()
    let relations = try filters.relations()
    let bodies = try filters.bodies()
    guard let id else {
      return LineageMap(
        graph: graph.filtered(relations: relations, bodies: bodies),
        caption: title ?? "Citation graph\(qualifiers(relations: relations))", reduce: reduce)
    }
    let start = try IdentifierResolver(graph: graph).node(for: id)
    let analyzer = LineageAnalyzer(graph: graph)
    var members = [start]
    let directions: [LineageAnalyzer.Direction] =
      switch scope ?? .ancestors {
      case .ancestors: [.ancestors]
      case .descendants: [.descendants]
      case .both: [.ancestors, .descendants]
      }
    for direction in directions {
      members += analyzer.walk(
        from: start, direction: direction, maxDepth: limit.depth, relations: relations, bodies: bodies
      ).map(\.node)
    }
    let noun =
      switch scope ?? .ancestors {
      case .ancestors: "Ancestors"
      case .descendants: "Descendants"
      case .both: "Lineage"
      }
    let symbol = graph[start].symbol
    return LineageMap(
      graph: graph.subgraph(members).filtered(relations: relations), focus: symbol,
      caption: title ?? "\(noun) of \(symbol.canonical)\(qualifiers(relations: relations))", reduce: reduce)
  }

  /// The filters in force, for the heading: ` (depth ≤ 2; reaffirms, recalls; GA, SC)`.
  private func qualifiers(relations: RelationSet) -> String {
    var parts: [String] = []
    if let depth = limit.depth { parts.append("depth ≤ \(depth)") }
    if relations != .all { parts.append(relations.sorted.map(\.rawValue).joined(separator: ", ")) }
    if let body = filters.body { parts.append(body.uppercased()) }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
  }

  /// The sysexits code for a rendering failure: 64 for a map too large for the options given
  /// (other options draw it), 69 when Graphviz is missing, 70 when it fails.
  static func exitCode(for error: RenderError) -> Int32 {
    switch error {
    case .tooLarge: 64
    case .graphvizUnavailable: 69
    case .invalidDot, .layoutFailed, .renderFailed: 70
    }
  }
}
