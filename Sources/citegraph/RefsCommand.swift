import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph refs`: every reference the given texts make, resolved and typed.
struct RefsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "refs",
    abstract: "List every reference to a resolution or decision in the given texts.",
    discussion: """
      Reads UN resolution texts (PDF-extracted .txt or .md) and prints one line per reference: \
      where it stands, the relation its paragraph expresses, the canonical target and the text as \
      written. Findings (broken references, dates that do not fit) go to standard error.
      Example: citegraph refs ../shared/seeds/A_RES_71_244.md --format jsonl
      """
  )

  /// Output formats of `refs`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
  }

  @Argument(help: "Files or directories (searched recursively for .txt and .md files).")
  var paths: [String]

  @Option(help: "Output format: text, json or jsonl.")
  var format: Format = .text

  func run() async throws {
    var status = ExitCode.success
    var documents: [String] = []
    for path in paths {
      do throws(CiteGraphError) {
        let found = try CorpusResolver.documentPaths(in: [path])
        if found.isEmpty { printWarning("\(path): no .txt or .md files in this folder") }
        documents += found
      } catch {
        printError(error.localizedDescription)
        status = Self.worse(status, ExitCode(error))
      }
    }
    let results = await CorpusResolver().resolve(paths: documents)
    var output = Data()
    var first = true
    if format == .json { output.append(contentsOf: Array("[".utf8)) }
    for result in results {
      switch result {
      case .failure(let error):
        printError(error.localizedDescription)
        status = Self.worse(status, ExitCode(error))
      case .success(let document):
        for finding in document.findings { printToStandardError(finding.formatted) }
        for reference in document.references {
          switch format {
          case .text:
            output.append(contentsOf: Array((Self.textLine(reference) + "\n").utf8))
          case .jsonl:
            output.append(contentsOf: Array((Self.jsonObject(reference) + "\n").utf8))
          case .json:
            output.append(contentsOf: Array(((first ? "\n  " : ",\n  ") + Self.jsonObject(reference)).utf8))
          }
          first = false
        }
      }
      if output.count > 1 << 16 {
        FileHandle.standardOutput.write(output)
        output.removeAll(keepingCapacity: true)
      }
    }
    if format == .json { output.append(contentsOf: Array((first ? "]\n" : "\n]\n").utf8)) }
    FileHandle.standardOutput.write(output)
    if status != .success { throw status }
  }

  /// The more serious of two exit codes: missing input (66) over bad data (65) over success.
  static func worse(_ first: ExitCode, _ second: ExitCode) -> ExitCode {
    first.rawValue >= second.rawValue ? first : second
  }

  /// `file:line:column: relation TARGET  "text"`.
  static func textLine(_ reference: Reference) -> String {
    "\(reference.location): \(reference.relation.rawValue) \(reference.target.canonical)  \"\(reference.text)\""
  }

  /// One JSON object with exactly the keys source, target, relation, file, line, column, text, date.
  static func jsonObject(_ reference: Reference) -> String {
    let source = reference.source.map { JSONText.quoted($0.canonical) } ?? "null"
    let date = reference.date.map { JSONText.quoted($0.iso) } ?? "null"
    return "{\"source\":\(source),\"target\":\(JSONText.quoted(reference.target.canonical)),"
      + "\"relation\":\(JSONText.quoted(reference.relation.rawValue)),\"file\":\(JSONText.quoted(reference.location.file)),"
      + "\"line\":\(reference.location.line),\"column\":\(reference.location.column),"
      + "\"text\":\(JSONText.quoted(reference.text)),\"date\":\(date)}"
  }
}
