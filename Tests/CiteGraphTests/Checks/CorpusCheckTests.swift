import CiteGraph
import Foundation
import Testing

/// `check` on the real texts of `../shared/corpus`: the whole corpus, and copies with mistakes injected.
@Suite("check on the corpus")
struct CorpusCheckTests {
  static let sharedAbsent = "../shared is absent: the corpus checks need ../shared/corpus beside the checkout"

  static func resolve(_ paths: [String]) async throws -> [(
    path: String, result: Result<ResolvedDocument, CiteGraphError>
  )] {
    let files = try CorpusResolver.documentPaths(in: paths)
    let results = await CorpusResolver().resolve(paths: files)
    return Array(zip(files, results))
  }

  @Test(
    "the whole corpus with the bundled registries: summary by code, no dangling target a registry lists",
    .enabled(if: SharedData.root != nil, Comment(rawValue: sharedAbsent)))
  func wholeCorpus() async throws {
    let shared = try #require(SharedData.root)
    let registry = try Registry.bundled(in: SharedData.packageRoot.appendingPathComponent("Graphs/registry"))
    #expect(registry.count > 3000)
    // Read independently of the registry files: the metadata rows, as canonical symbols.
    let metadata = try MetadataRegistry(shared: shared)
    let inputs = try await Self.resolve([
      shared.appendingPathComponent("corpus/unga").path, shared.appendingPathComponent("corpus/unsc").path,
      shared.appendingPathComponent("seeds").path,
    ])
    let report = ReferenceChecker(registry: registry).report(for: inputs)
    print(SummaryReporter().render(report), terminator: "")
    #expect(report.failures.isEmpty)
    #expect(report.documents.count >= 1258)
    let dangling = report.findings.filter { $0.code == FindingCode.danglingReference.rawValue }
    for finding in dangling {
      let target = try #require(finding.target)
      #expect(registry.entry(for: target) == nil, "\(finding.formatted)")
      #expect(!metadata.canonicalRows.contains(target.canonical), "\(finding.formatted)")
    }
  }

  /// One mistake planted in a copy of a real text: the line to edit, what to replace, and the finding
  /// the mistake must produce (read off the edit by hand).
  struct Injection: Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var replace: String
    var with: String
    var code: FindingCode
    var description: String { "\(file):\(line) \(code.rawValue)" }
  }

  static let injections = [
    // 78/912 is no resolution: session 78 ended at 78/331.
    Injection(
      file: "unga/A_RES_79_126.txt", line: 35, replace: "78/112 of 7 December 2023", with: "78/912 of 7 December 2023",
      code: .danglingReference),
    // 78/261 was adopted on 26 February 2024.
    Injection(
      file: "unga/A_RES_79_146.txt", line: 90, replace: "78/261 of 26 February 2024",
      with: "78/261 of 27 February 2024", code: .dateMismatch),
    // 79/1 (22 September 2024) came nine months after 78/112 (December 2023).
    Injection(
      file: "unga/A_RES_78_112.txt", line: 36, replace: "77/110 of 7 December 2022", with: "79/1 of 22 September 2024",
      code: .outOfTime),
    // The list loses "and 78/238 of": its date is left with no number.
    Injection(
      file: "unga/A_RES_79_22.txt", line: 40, replace: "4 December 2023 and 78/238 of 22 December 2023",
      with: "4 December 2023 22 December 2023", code: .brokenReference),
  ]

  @Test(
    "mistakes injected into copies of corpus texts give exactly those findings at those lines",
    .enabled(if: SharedData.root != nil, Comment(rawValue: sharedAbsent)))
  func injectedMistakes() async throws {
    let shared = try #require(SharedData.root)
    let registry = try MetadataRegistry(shared: shared)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-inject-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copies = try Self.injections.map { injection in
      let source = shared.appendingPathComponent("corpus").appendingPathComponent(injection.file)
      let copy = folder.appendingPathComponent(source.lastPathComponent)
      try FileManager.default.copyItem(at: source, to: copy)
      return copy
    }
    func findings() async throws -> Set<String> {
      let report = ReferenceChecker(registry: registry).report(for: try await Self.resolve([folder.path]))
      #expect(report.failures.isEmpty)
      return Set(
        report.findings.map {
          "\(URL(fileURLWithPath: $0.location.file).lastPathComponent):\($0.location.line) \($0.code)"
        })
    }
    let before = try await findings()
    for (injection, copy) in zip(Self.injections, copies) {
      var lines = try String(contentsOf: copy, encoding: .utf8).components(separatedBy: "\n")
      let index = injection.line - 1
      try #require(lines[index].contains(injection.replace), "\(injection): the line no longer reads as expected")
      lines[index] = lines[index].replacingOccurrences(of: injection.replace, with: injection.with)
      try Data(lines.joined(separator: "\n").utf8).write(to: copy)
    }
    let after = try await findings()
    let expected = Set(
      Self.injections.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line) \($0.code.rawValue)" })
    #expect(after.subtracting(before) == expected)
    // Findings may only vanish where a mention was edited away (an uncovered 77/110, the dropped 78/238).
    let injectedLines = Set(Self.injections.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line)" })
    for gone in before.subtracting(after) {
      #expect(injectedLines.contains(String(gone.split(separator: " ")[0])), "\(gone) vanished")
    }
  }
}
