import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph check`: a CI gate that fails when texts cite what does not exist, with a wrong date, or
/// what was adopted after them.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check resolution texts for dangling, misdated and out-of-time references (a CI gate).",
    discussion: """
      Resolves every reference in the given texts and checks it against the texts themselves and the \
      registries (the bundled ones under Graphs/registry and any given with --registry). Findings:

      \(CheckCommand.codeList)

      Exit status: 0 when nothing fails; 1 when an error is found (with --strict, a warning too); 64 for \
      a usage error; 65 when a file is not readable text (binary, invalid UTF-8, empty) or a registry \
      or baseline is malformed; 66 when a path does not exist. A bad file is reported and the others are \
      still checked. Suppressions inside texts are not supported: use --ignore or a baseline.
      Example: citegraph check drafts/ --format sarif > citegraph.sarif
      """)

  /// Output formats of `check`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, junit
  }

  @Argument(help: "Files or directories (searched recursively for .txt and .md files).")
  var paths: [String]

  @Option(
    name: .long,
    help: ArgumentHelp("A registry file (TSV) to consult beside the bundled ones; repeatable.", valueName: "file"))
  var registry: [String] = []

  @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: Format = .text

  @Flag(help: "Fail on warnings too.")
  var strict = false

  @Option(
    name: .long,
    help: ArgumentHelp("Do not report these codes (comma-separated or repeated), e.g. CG202.", valueName: "code"))
  var ignore: [String] = []

  @Option(help: ArgumentHelp("Report only findings this baseline file does not hold.", valueName: "file"))
  var baseline: String?

  @Option(
    name: .customLong("write-baseline"),
    help: ArgumentHelp("Write every current finding to this baseline file (atomically).", valueName: "file"))
  var writeBaseline: String?

  /// `--ignore` split at commas, upper-cased.
  var ignoredCodes: Set<String> {
    Set(ignore.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
  }

  /// The codes `--ignore` accepts, with what they mean.
  static var knownRules: [FindingRule] {
    var rules = FindingRule.all
    for code in FindingCode.allCases where !rules.contains(where: { $0.id == code.rawValue }) {
      rules.append(FindingRule.rule(for: code.rawValue))
    }
    return rules.sorted { $0.id < $1.id }
  }

  static var codeList: String {
    knownRules.map { rule in
      let severity = rule.severity.rawValue
      return "  \(rule.id)  \(severity)\(String(repeating: " ", count: 8 - severity.count))\(rule.summary)"
    }.joined(separator: "\n")
  }

  func validate() throws {
    let known = Set(Self.knownRules.map(\.id))
    for code in ignoredCodes.sorted() where !known.contains(code) {
      throw ValidationError(
        "--ignore: '\(code)' is not a finding code; use one of \(known.sorted().joined(separator: ", "))")
    }
  }

  func run() async throws {
    let directory = FileManager.default.currentDirectoryPath
    let lookup = try reportingErrors { try loadRegistry() }
    let accepted = try baseline.map { path in try reportingErrors { try Baseline.load(path: path) } }

    var inputs: [(path: String, result: Result<ResolvedDocument, CiteGraphError>)] = []
    var files: [String] = []
    for path in paths {
      do throws(CiteGraphError) {
        let found = try CorpusResolver.documentPaths(in: [path])
        if found.isEmpty { printWarning("\(path): no .txt or .md files in this folder") }
        files += found
      } catch {
        inputs.append((path, .failure(error)))
      }
    }
    let results = await CorpusResolver().resolve(
      paths: files, progress: standardErrorIsTerminal && files.count > 20 ? Self.drawProgress : nil)
    inputs += zip(files, results).map { ($0, $1) }

    var report = ReferenceChecker(registry: lookup).report(for: inputs, ignoring: ignoredCodes)
    if let writeBaseline {
      let written = Baseline(accepting: report.findings, relativeTo: directory)
      try reportingErrors { try written.write(to: writeBaseline) }
      printToStandardError("citegraph: wrote \(written.entries.count) findings to \(writeBaseline)")
      report = report.applying(written, relativeTo: directory)
    } else if let accepted {
      report = report.applying(accepted, relativeTo: directory)
    }

    for case (_, .failure(let error)) in inputs { printError(error.localizedDescription) }
    FileHandle.standardOutput.write(Data(reporter(in: directory).render(report).utf8))
    FileHandle.standardError.write(Data(SummaryReporter().render(report).utf8))

    let inputStatuses = inputs.compactMap { input -> Int32? in
      if case .failure(let error) = input.result { return ExitCode(error).rawValue }
      return nil
    }
    if inputStatuses.contains(66) { throw ExitCode(66) }
    if let status = inputStatuses.max() { throw ExitCode(status) }
    if report.failed(strict: strict) { throw ExitCode(1) }
  }

  /// Draws `resolving done/total` over itself on a terminal's standard error, and clears it at the end.
  @Sendable static func drawProgress(_ done: Int, _ total: Int) {
    let line = done == total ? "\r\u{1B}[K" : "\rresolving \(done)/\(total)"
    FileHandle.standardError.write(Data(line.utf8))
  }

  private func reporter(in directory: String) -> any CheckReporter {
    switch format {
    case .text: TextReporter()
    case .json: JSONReporter()
    case .sarif: SARIFReporter(workingDirectory: directory, toolVersion: CiteGraphVersion.current)
    case .github: GitHubAnnotationReporter(workingDirectory: directory)
    case .junit: JUnitReporter(strict: strict)
    }
  }

  /// The bundled registries (`Graphs/registry/*.tsv`) and those given with `--registry`.
  private func loadRegistry() throws(CiteGraphError) -> Registry {
    var files: [String] = []
    if let folder = BundledGraphs.registryDirectory(),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    {
      files = names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appendingPathComponent($0).path }
    }
    if files.isEmpty && registry.isEmpty {
      printWarning("no registry found: references outside the checked texts cannot be verified")
    }
    return try Registry.load(paths: files + registry)
  }
}
