import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph registry`: the registry of known resolutions and decisions.
struct RegistryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "registry",
    abstract: "Build or query the registry of known resolutions and decisions (dates, titles, coverage).",
    subcommands: [Build.self, Lookup.self])

  /// `citegraph registry build`: the registry files from the corpus metadata tables.
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the registry TSV files from the corpus metadata tables.",
      discussion: """
        Reads meta/unsc_resolutions_1946_2022.tsv, unga/index.tsv, meta/unga_decisions_71_80.tsv and \
        meta/unga_roll_calls_1946_2020.csv under the corpus folder.
        Example: citegraph registry build ../shared/corpus -o Graphs/registry
        """)

    @Argument(help: "The corpus folder holding meta/ and unga/.")
    var corpus: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the registry files to.", valueName: "dir"))
    var output: String

    func run() throws {
      try reportingErrors {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let sources:
          [(file: String, input: String, describe: String, importer: (String) -> RegistrySourceImporter.Result)] = [
            (
              "sc-resolutions.tsv", "meta/unsc_resolutions_1946_2022.tsv",
              "Security Council resolutions 1946-2022: adoption date and topic",
              RegistrySourceImporter.securityCouncil(tsv:)
            ),
            (
              "ga-resolutions-78-79.tsv", "unga/index.tsv",
              "General Assembly resolutions of sessions 78-79: adoption date and title",
              RegistrySourceImporter.generalAssemblyIndex(tsv:)
            ),
            (
              "ga-decisions-71-80.tsv", "meta/unga_decisions_71_80.tsv",
              "General Assembly decisions of sessions 71-80: title (no dates)",
              RegistrySourceImporter.generalAssemblyDecisions(tsv:)
            ),
            (
              "ga-recorded-votes-1946-2020.tsv", "meta/unga_roll_calls_1946_2020.csv",
              "General Assembly resolutions adopted by recorded vote 1946-2020: date of the last vote on the whole text",
              RegistrySourceImporter.recordedVotes(csv:)
            ),
          ]
        for source in sources {
          let inputPath = (corpus as NSString).appendingPathComponent(source.input)
          let text = String(decoding: try FileBytes.read(path: inputPath), as: UTF8.self)
          let result = source.importer(text)
          let body = RegistryFileWriter().text(
            entries: result.entries, coverage: result.coverage,
            description: [
              "citegraph registry: \(source.describe)",
              "derived from \(source.input) by 'citegraph registry build'",
            ], datesAreApproximate: result.datesAreApproximate)
          let outputPath = (output as NSString).appendingPathComponent(source.file)
          try FileBytes.writeAtomically(Array(body.utf8), to: outputPath)
          let skipped = result.skippedRows == 0 ? "" : ", \(result.skippedRows) rows skipped"
          printToStandardError("\(outputPath): \(Registry(entries: result.entries).count) entries\(skipped)")
        }
      }
    }
  }

  /// `citegraph registry lookup ID`: what the registry knows of a symbol.
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a symbol's registry entry and whether the registry's coverage vouches for its absence.",
      discussion: "Example: citegraph registry lookup \"1325 (2000)\"")

    @Argument(help: "The resolution or decision, in any written form.")
    var id: String

    @Option(name: .long, help: ArgumentHelp("A registry folder instead of the bundled one.", valueName: "dir"))
    var registry: String?

    func run() throws {
      try reportingErrors {
        guard let symbol = Symbol(parsing: id) else { throw CiteGraphError.invalidSymbol(id) }
        let loaded = try Registry.bundled(in: registry.map { URL(fileURLWithPath: $0) })
        let coverage: String =
          switch loaded.coverage(of: symbol) {
          case .complete: "complete"
          case .partial: "partial"
          case .none: "none"
          }
        guard let entry = loaded.entry(for: symbol) else {
          print("\(symbol.canonical)\tnot listed\tcoverage: \(coverage)")
          return
        }
        let date = entry.date.map { $0.iso + (entry.dateIsApproximate ? " (approximate)" : "") } ?? "-"
        print("\(symbol.canonical)\t\(date)\t\(entry.title ?? "-")\tcoverage: \(coverage)")
      }
    }
  }
}
