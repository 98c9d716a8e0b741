import ArgumentParser
import CiteGraph
import Foundation

/// Where a command's citation graph comes from: `--graph FILE`, `--corpus PATH…`, the
/// `CITEGRAPH_GRAPH` environment variable, or the bundled default graph.
struct GraphSourceOptions: ParsableArguments {
  /// The environment variable naming a graph file when no option does.
  static let environmentVariable = "CITEGRAPH_GRAPH"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A graph file: citegraph's own (.citegraph), a CSV/TSV edge list or GraphML.", valueName: "file"))
  var graph: String?

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("Resolution texts (files or folders) to parse into a graph on the fly.", valueName: "path"))
  var corpus: [String] = []

  func validate() throws {
    if graph != nil && !corpus.isEmpty { throw ValidationError("give either --graph or --corpus, not both") }
  }

  /// The graph the options name; without options, `$CITEGRAPH_GRAPH`, else the bundled default.
  ///
  /// - Throws: ``CiteGraphError`` when the file is missing or malformed; `ExitCode` 66 (after saying
  ///   so) when there is no graph at all.
  func loadGraph() throws -> CitationGraph {
    if !corpus.isEmpty { return try CorpusGraphLoader.graph(paths: corpus) }
    if let graph { return try GraphFile.load(path: graph) }
    if let path = ProcessInfo.processInfo.environment[Self.environmentVariable], !path.isEmpty {
      return try GraphFile.load(path: path)
    }
    guard let bundled = BundledGraphs.defaultGraph() else {
      printError(
        "no graph: give --graph FILE or --corpus PATH, set \(Self.environmentVariable), "
          + "or run inside the citegraph checkout that holds \(BundledGraphs.folderName)/\(BundledGraphs.defaultGraphName)"
      )
      throw ExitCode(66)
    }
    return try GraphFile.load(path: bundled.path)
  }
}
