import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `citegraph check` as a CI job runs it: on the sample texts of `Examples/check/texts`, each written with
/// one deliberate mistake, and on scratch folders made here.
@Suite("citegraph check")
struct CheckCommandTests {
  static let samples = "Examples/check/texts"

  /// A scratch folder with the given files; removed by the caller.
  static func scratch(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// A resolution text in the layout of the General Assembly's PDFs, with `body` after its preamble line.
  static func resolution(_ number: Int, adopted: String, body: String) -> String {
    """
    United Nations
    A/RES/79/\(number)

    General Assembly
    Distr.: General
    20 December 2024

    Seventy-ninth session
    Agenda item 12

    Resolution adopted by the General Assembly
    on \(adopted)

    [without reference to a Main Committee (A/79/L.\(number))]

    79/\(number). A test of references

    The General Assembly,

    \(body)

    1. Decides to remain seized of the matter.

    """
  }

  /// The (file, line, code) of each text finding, read from `file:line:column: severity: [CODE] message`.
  static func findings(_ stdout: String) -> [String] {
    stdout.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: ":", maxSplits: 4)
      guard parts.count == 5, let code = line.firstMatch(of: /\[(CG[0-9]{3})\]/)?.1 else { return nil }
      return "\((parts[0] as Substring).split(separator: "/").last ?? ""):\(parts[1]) \(code)"
    }
  }

  @Test("the sample texts give one finding per planted mistake, at its line, and exit 1")
  func samplesText() throws {
    let output = try CLIRunner.run(["check", Self.samples])
    #expect(output.status == 1)
    let got = Self.findings(output.stdout)
    // Read off the sample texts by hand: each file's planted mistake and the line it stands on.
    #expect(got.contains("02-dangling.txt:21 CG201"))
    #expect(got.contains("03-date-mismatch.txt:20 CG203"))
    #expect(got.contains("04-out-of-time.txt:20 CG204"))
    #expect(got.contains("05-same-day.txt:20 CG205"))
    #expect(got.contains("06-self-citation.txt:20 CG206"))
    #expect(got.contains("07-duplicate.txt:1 CG207"))
    #expect(got.contains("08-unverified.txt:20 CG202"))
    #expect(got.contains { $0.hasPrefix("09-session-date.txt:20 CG1") })
    #expect(got.contains { $0.hasPrefix("10-broken-list.txt:20 CG1") })
    #expect(!got.contains { $0.hasPrefix("01-clean.txt") })
    #expect(output.stderr.contains("checked 10 documents"))
  }

  @Test("--ignore drops codes; without errors the exit status is 0, and --strict makes warnings fail")
  func ignoreAndStrict() throws {
    let folder = try Self.scratch([
      "a.txt": Self.resolution(
        150, adopted: "17 December 2024", body: "Recalling its resolution 79/160 of 17 December 2024,")
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let lenient = try CLIRunner.run(["check", folder.path])
    #expect(Self.findings(lenient.stdout) == ["a.txt:20 CG205"])
    #expect(lenient.status == 0)
    let strict = try CLIRunner.run(["check", folder.path, "--strict"])
    #expect(strict.status == 1)
    let ignored = try CLIRunner.run(["check", folder.path, "--strict", "--ignore", "CG205"])
    #expect(ignored.status == 0)
    #expect(ignored.stdout.isEmpty)
  }

  @Test("a missing path and a binary file are reported, the other files are still checked, exit 66 / 65")
  func badInput() throws {
    let folder = try Self.scratch([
      "a.txt": Self.resolution(
        902, adopted: "17 December 2024", body: "Recalling Security Council resolution 2365 (2018),")
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: folder.appendingPathComponent("b.txt"))
    let binary = try CLIRunner.run(["check", folder.path])
    #expect(binary.status == 65)
    #expect(binary.stderr.contains("b.txt"))
    #expect(Self.findings(binary.stdout) == ["a.txt:20 CG201"])
    let missing = try CLIRunner.run(["check", folder.appendingPathComponent("a.txt").path, "/no/such/folder"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/no/such/folder"))
    #expect(Self.findings(missing.stdout) == ["a.txt:20 CG201"])
  }

  @Test("a number beyond the last resolution of a closed session is dangling with the bundled registry alone")
  func closedSession() throws {
    let folder = try Self.scratch([
      "a.txt": Self.resolution(950, adopted: "17 December 2024", body: "Recalling its resolution 78/933,")
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try CLIRunner.run(["check", folder.appendingPathComponent("a.txt").path])
    #expect(Self.findings(output.stdout) == ["a.txt:20 CG201"])
    #expect(output.status == 1)
  }

  @Test("--registry adds a registry: its coverage makes an unknown number dangling; a missing one exits 66")
  func extraRegistry() throws {
    let folder = try Self.scratch([
      "a.txt": Self.resolution(950, adopted: "17 December 2024", body: "Recalling its resolution 79/93,"),
      "extra.tsv": "# covers: A/RES/79 90-99\nsymbol\tdate\ttitle\nA/RES/79/91\t2024-12-17\tA test\n",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = folder.appendingPathComponent("a.txt").path
    let without = try CLIRunner.run(["check", text])
    #expect(Self.findings(without.stdout) == ["a.txt:20 CG202"])
    let with = try CLIRunner.run(["check", text, "--registry", folder.appendingPathComponent("extra.tsv").path])
    #expect(Self.findings(with.stdout) == ["a.txt:20 CG201"])
    #expect(with.status == 1)
    let missing = try CLIRunner.run(["check", text, "--registry", "/no/such/registry.tsv"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/no/such/registry.tsv"))
  }

  @Test("usage errors exit 64: an unknown format, an --ignore that is no code, no path")
  func usage() throws {
    for arguments in [
      ["check", Self.samples, "--format", "xml"], ["check", Self.samples, "--ignore", "nonsense"], ["check"],
    ] {
      let output = try CLIRunner.run(arguments)
      #expect(output.status == 64, "\(arguments)")
      #expect(!output.stderr.isEmpty)
      #expect(output.stdout.isEmpty)
    }
  }

  @Test("a baseline written once holds back old findings, survives shifted lines, and lets new ones through")
  func baseline() throws {
    let old = "Recalling Security Council resolution 2365 (2018),"
    let folder = try Self.scratch(["a.txt": Self.resolution(902, adopted: "17 December 2024", body: old)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appendingPathComponent("baseline.json").path
    let written = try CLIRunner.run([
      "check", folder.appendingPathComponent("a.txt").path, "--write-baseline", baseline,
    ])
    #expect(written.status == 0)
    #expect(FileManager.default.fileExists(atPath: baseline))
    // Two new paragraphs above the old mistake move it down; the second holds a new mistake.
    let edited = Self.resolution(
      902, adopted: "17 December 2024",
      body: "Noting its work,\n\nRecalling also Security Council resolution 2366 (2018),\n\n" + old)
    try Data(edited.utf8).write(to: folder.appendingPathComponent("a.txt"))
    let again = try CLIRunner.run(["check", folder.appendingPathComponent("a.txt").path, "--baseline", baseline])
    #expect(Self.findings(again.stdout) == ["a.txt:22 CG201"])
    #expect(again.stdout.contains("2366"))
    #expect(again.status == 1)
    #expect(again.stderr.contains("1 more in the baseline"))
    let broken = folder.appendingPathComponent("broken.json")
    try Data("{".utf8).write(to: broken)
    #expect(try CLIRunner.run(["check", folder.path, "--baseline", broken.path]).status == 65)
    #expect(try CLIRunner.run(["check", folder.path, "--baseline", "/no/such/baseline.json"]).status == 66)
  }

  @Test("--format sarif is a SARIF 2.1.0 log with paths relative to the working directory")
  func sarif() throws {
    let output = try CLIRunner.run(["check", Self.samples, "--format", "sarif"])
    #expect(output.status == 1)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == Self.findings(try CLIRunner.run(["check", Self.samples]).stdout).count)
    let uris = results.compactMap {
      (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap {
        ($0["artifactLocation"] as? [String: Any])?["uri"] as? String
      }
    }
    #expect(uris.contains("Examples/check/texts/02-dangling.txt"))
  }

  @Test("--format github prints workflow commands; --format junit parses as XML with one case per text")
  func githubAndJUnit() throws {
    let github = try CLIRunner.run(["check", Self.samples, "--format", "github"])
    let syntax = try Regex(
      #"^::(error|warning|notice) file=[^,:\r\n]+(,line=[0-9]+)?(,col=[0-9]+)?(,title=[^,:\r\n]+)?::[^\r\n]*$"#)
    let lines = github.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines { #expect(line.wholeMatch(of: syntax) != nil, "\(line)") }
    #expect(lines.contains { $0.hasPrefix("::error file=Examples/check/texts/02-dangling.txt,line=21,") })

    let junit = try CLIRunner.run(["check", Self.samples, "--format", "junit"])
    let document = try XMLDocument(data: Data(junit.stdout.utf8))
    let cases = try document.nodes(forXPath: "//testcase")
    #expect(cases.count == 10)
  }

  @Test("json output lists findings with code, file, line and target")
  func json() throws {
    let output = try CLIRunner.run(["check", Self.samples, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    let dangling = try #require(findings.first { $0["code"] as? String == "CG201" })
    #expect(dangling["target"] as? String == "S/RES/2365(2018)")
    #expect(dangling["line"] as? Int == 21)
  }
}

@Suite("citegraph check example")
struct CheckExampleTests {
  @Test("Examples/check/README.md shows the output the sample texts give today")
  func readmeOutput() throws {
    let readme = try String(
      contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/check/README.md"), encoding: .utf8)
    let blocks = readme.components(separatedBy: "```text\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    try #require(blocks.count == 2)
    let output = try CLIRunner.run(["check", CheckCommandTests.samples])
    #expect(output.stdout == blocks[0])
    #expect(output.stderr == blocks[1])
  }
}
