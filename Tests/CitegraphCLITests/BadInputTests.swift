import Foundation
import Testing

/// Inputs a user gets wrong: each gets one clear lowercase message on stderr, a sysexits code, and
/// nothing on stdout.
@Suite("bad input across commands")
struct BadInputTests {
  @Test(
    "a negative number reaches validation instead of reading as an unknown option",
    arguments: [
      (["ancestors", "71/244", "--depth", "-1"], "--depth must be at least 1"),
      (["render", "71/244", "--depth", "-1", "-o", "map.svg"], "--depth must be at least 1"),
      (["stats", "--top", "-1"], "--top cannot be negative"),
      (["centrality", "--top", "-3"], "--top must be at least 1"),
      (["path", "71/244", "33/134", "--max", "-1"], "--max must be at least 1"),
      (["cycles", "--max-cycles", "-2"], "--max-cycles must not be negative"),
      (["mainpath", "--key-routes", "-1"], "--key-routes must be at least 1"),
    ])
  func negativeNumbers(arguments: [String], message: String) throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(arguments + ["--graph", try fixtures.lineageGraph()], in: fixtures.directory)
    #expect(output.status == 64)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(!output.stderr.contains("Missing value"))
  }

  @Test("render warns once when --format contradicts the output's extension")
  func formatMismatchWarnsOnce() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(
      ["render", "71/244", "--graph", try fixtures.lineageGraph(), "--format", "svg", "-o", "map.png"],
      in: fixtures.directory)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr == "citegraph: warning: writing svg to 'map.png', whose extension says png\n")
  }

  @Test("render --all refuses a lineage side instead of ignoring it")
  func allWithSide() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(
      ["render", "--all", "--descendants", "--graph", try fixtures.lineageGraph()], in: fixtures.directory)
    #expect(output.status == 64)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("--descendants applies to a lineage, not to --all"))
  }

  @Test("notes on stderr carry the tool's prefix like its errors and warnings")
  func notePrefix() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["path", "33/134", "71/244", "--graph", try fixtures.lineageGraph()])
    #expect(output.status == 0)
    #expect(output.stderr.hasPrefix("citegraph: note: A/RES/33/134 does not lead to A/RES/71/244"))
    #expect(output.stdout.hasPrefix("1. A/RES/71/244 -[reaffirms]-> A/RES/33/134"))
  }

  @Test("refs and check warn about a folder that holds no text", arguments: ["refs", "check"])
  func emptyFolder(command: String) throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let empty = fixtures.directory.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let output = try CLIRunner.run([command, "drafts"], in: fixtures.directory)
    #expect(output.status == 0)
    #expect(output.stdout.isEmpty || command == "check")
    #expect(output.stderr.hasPrefix("citegraph: warning: drafts: no .txt or .md files in this folder\n"))
  }

  @Test("a binary graph or registry file is called not UTF-8 text (65), with no raw bytes in the message")
  func binaryInputs() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let path = fixtures.directory.appendingPathComponent("noise.tsv").path
    try Data([0x41, 0x2F, 0xFF, 0xFE, 0x09, 0x80, 0x0A]).write(to: URL(fileURLWithPath: path))
    for arguments in [
      ["stats", "--graph", path], ["registry", "lookup", "71/244", "--registry", fixtures.directory.path],
    ] {
      let output = try CLIRunner.run(arguments)
      #expect(output.status == 65, "\(arguments)")
      #expect(output.stdout.isEmpty)
      #expect(
        output.stderr == "citegraph: error: \(path): not valid UTF-8 (first bad byte at offset 2); "
          + "convert it with 'iconv -t UTF-8'\n")
    }
  }

  @Test("registry lookup --registry FILE says a folder is wanted")
  func registryFileForFolder() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let file = try fixtures.write("sc.tsv", "S/RES/1325(2000)\t2000-10-31\tWomen and peace and security\n")
    let output = try CLIRunner.run(["registry", "lookup", "1325 (2000)", "--registry", file])
    #expect(output.status == 66)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("\(file): cannot be read: not a folder"))
  }

  @Test("an output path that is a folder: exit 73 with a lowercase reason; the summary counts one document")
  func outputIsFolder() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let text = try fixtures.write(
      "a.md",
      "A/RES/71/1\n\nResolution adopted by the General Assembly on 1 October 2016\n\n"
        + "Recalling its resolution 70/1 of 25 September 2015,\n")
    let folder = fixtures.directory.appendingPathComponent("out").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let refused = try CLIRunner.run(["build", text, "-o", folder])
    #expect(refused.status == 73)
    #expect(refused.stderr == "citegraph: error: \(folder): cannot be written: is a directory\n")
    let built = try CLIRunner.run(["build", text, "-o", fixtures.directory.appendingPathComponent("g.citegraph").path])
    #expect(built.status == 0, "\(built.stderr)")
    #expect(built.stderr.hasSuffix("edges from 1 document\n"), "\(built.stderr)")
  }
}
