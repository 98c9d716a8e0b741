import ArgumentParser
import CiteGraph
import Foundation

extension GraphFileFormat: ExpressibleByArgument {}

/// `citegraph export`: the graph in another file format.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the citation graph as DOT, GraphML, node-link JSON, CSV, TSV or citegraph's own format.",
    discussion: """
      Example: citegraph export --format graphml -o citations.graphml
      """)

  @Option(name: .long, help: "Output format: \(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: GraphFileFormat

  @Option(
    name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
  var output: String?

  @OptionGroup var source: GraphSourceOptions

  func run() throws {
    try reportingErrors {
      let graph = try source.loadGraph()
      if let output {
        try GraphFile.write(graph, to: output, format: format)
      } else {
        FileHandle.standardOutput.write(Data(GraphFile.encode(graph, format: format)))
      }
    }
  }
}
