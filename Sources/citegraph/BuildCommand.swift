import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph build PATH... -o FILE`: resolution texts to a citation graph file.
struct BuildCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Resolve the references of resolution texts and write the citation graph.",
    discussion: """
      Reads .txt and .md files (directories recursively) in parallel, dates and titles the nodes from \
      their texts and the registry (Graphs/registry, or --registry), and writes the graph atomically. \
      A file that cannot be read is reported on stderr and left out; the graph of the others is still \
      written, and the exit status is then 65 (66 when a path does not exist). Progress is shown on \
      stderr when it is a terminal.
      Example: citegraph build ../shared/corpus/unga ../shared/corpus/unsc ../shared/seeds/A_RES_71_244.md -o my.citegraph
      """)

  @Argument(help: "Files or directories of resolution texts.")
  var paths: [String]

  @Option(name: .shortAndLong, help: ArgumentHelp("The graph file to write.", valueName: "file"))
  var output: String

  @Option(name: .long, help: "Output format: \(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: GraphFileFormat = .native

  @Option(name: .long, help: ArgumentHelp("A registry folder instead of the bundled one.", valueName: "dir"))
  var registry: String?

  func run() async throws {
    try await reportingErrorsAsync {
      let documents = try CorpusResolver.documentPaths(in: paths)
      let registry = try Registry.bundled(in: registry.map { URL(fileURLWithPath: $0) })
      let showProgress = standardErrorIsTerminal && documents.count > 1
      let results = await CorpusResolver().resolve(paths: documents) { done, total in
        if showProgress { FileHandle.standardError.write(Data("\rresolving \(done)/\(total)".utf8)) }
      }
      if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      let resolved = CorpusGraphLoader.report(results)
      let failures = results.count - resolved.count
      guard !resolved.isEmpty else {
        printError("no document could be read; \(output) was not written")
        throw ExitCode(65)
      }
      let graph = GraphBuilder(registry: registry).build(resolved)
      try GraphFile.write(graph, to: output, format: format)
      let withText = graph.nodes.filter(\.hasText).count
      printToStandardError(
        "\(output): \(graph.nodeCount) nodes (\(withText) with text), \(graph.edgeCount) edges from "
          + "\(resolved.count) document\(resolved.count == 1 ? "" : "s")"
          + (failures > 0 ? "; \(failures) file\(failures == 1 ? "" : "s") could not be read" : ""))
      if failures > 0 { throw ExitCode(65) }
    }
  }
}
