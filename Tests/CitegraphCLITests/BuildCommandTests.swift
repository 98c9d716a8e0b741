import Foundation
import Testing

@Suite("build, stats, export and registry commands")
struct BuildCommandTests {
  /// Two short resolution texts written for this test and one binary file.
  private func corpus(_ fixtures: CLIFixtures) throws {
    _ = try fixtures.write(
      "A_RES_71_244.txt",
      """
      United Nations A/RES/71/244

      Resolution adopted by the General Assembly on 21 December 2016

      71/244. South-South cooperation

      The General Assembly,

      Reaffirming its resolution 64/222 of 21 December 2009,

      Recalling its resolutions 33/134 of 19 December 1978 and 60/212 of 22 December 2005,

      1. Welcomes the outcome of resolution 64/222;

      """)
    _ = try fixtures.write(
      "A_RES_64_222.txt",
      """
      United Nations A/RES/64/222

      Resolution adopted by the General Assembly on 21 December 2009

      64/222. Nairobi outcome document

      The General Assembly,

      Recalling its resolution 33/134 of 19 December 1978,

      """)
  }

  @Test("build writes a graph the lineage commands read; a binary file is reported, the rest built, exit 65")
  func build() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    try corpus(fixtures)
    let output = fixtures.directory.appendingPathComponent("out.citegraph").path
    let clean = try CLIRunner.run(["build", fixtures.directory.path, "-o", output])
    #expect(clean.status == 0, "\(clean.stderr)")
    #expect(clean.stdout.isEmpty)
    #expect(clean.stderr.contains("4 nodes (2 with text), 4 edges from 2 documents"))
    _ = try fixtures.write("broken.txt", "bin\u{0}ary")
    let built = try CLIRunner.run(["build", fixtures.directory.path, "-o", output])
    #expect(built.status == 65)
    #expect(built.stderr.contains("broken.txt: binary file"))
    let ancestors = try CLIRunner.run(["ancestors", "71/244", "--graph", output, "--format", "json"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(ancestors.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    let rows = results.map { "\($0["symbol"] ?? "") \(($0["relations"] as? [String])?.joined(separator: ",") ?? "")" }
    #expect(rows == ["A/RES/33/134 recalls", "A/RES/60/212 recalls", "A/RES/64/222 reaffirms,welcomes"])
    #expect(results.first?["date"] as? String == "1978-12-19", "dated from the written mention")
    let missing = try CLIRunner.run(["build", fixtures.directory.path + "/nope", "-o", output])
    #expect(missing.status == 66)
  }

  @Test("--corpus parses texts on the fly for any command")
  func corpusOption() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    try corpus(fixtures)
    let output = try CLIRunner.run(["descendants", "33/134", "--corpus", fixtures.directory.path, "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.compactMap { $0["symbol"] as? String } == ["A/RES/64/222", "A/RES/71/244"])
  }

  @Test("stats counts by body and relation and ranks the most cited, as counted by hand on the fixture")
  func stats() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["stats", "--graph", try fixtures.lineageGraph(), "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(json["nodes"] as? Int == 5)
    #expect(json["nodesWithText"] as? Int == 1)
    #expect(json["edges"] as? Int == 3)
    #expect(json["mentions"] as? Int == 4)
    #expect(json["byRelation"] as? [String: Int] == ["recalls": 1, "reaffirms": 2, "welcomes": 1])
    let cited = try #require(json["mostCited"] as? [[String: Any]])
    #expect(cited.compactMap { $0["symbol"] as? String } == ["A/RES/33/134", "A/RES/64/222"])
    #expect(cited.compactMap { $0["citedBy"] as? Int } == [2, 1])
    #expect(json["citedDocuments"] as? Int == 2)
    let text = try CLIRunner.run(["stats", "--graph", try fixtures.lineageGraph()])
    #expect(text.stdout.contains("documents  5 (1 with text in the corpus)"))
  }

  @Test("export writes the chosen format to a file or stdout; an unknown format is a usage error")
  func export() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try fixtures.lineageGraph()
    let path = fixtures.directory.appendingPathComponent("g.graphml").path
    let toFile = try CLIRunner.run(["export", "--format", "graphml", "-o", path, "--graph", graph])
    #expect(toFile.status == 0, "\(toFile.stderr)")
    #expect(toFile.stdout.isEmpty)
    let reread = try CLIRunner.run(["ancestors", "71/244", "--graph", path, "--depth", "1"])
    #expect(reread.stdout.contains("A/RES/64/222"))
    let csv = try CLIRunner.run(["export", "--format", "csv", "--graph", graph])
    #expect(csv.stdout.split(separator: "\n").first == "source,target,relations,mentions")
    #expect(csv.stdout.contains("A/RES/71/244,A/RES/64/222,\"reaffirms,welcomes\",2"))
    let bad = try CLIRunner.run(["export", "--format", "pdf", "--graph", graph])
    #expect(bad.status == 64)
  }

  @Test("registry lookup reports entry and coverage from a registry folder")
  func registryLookup() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    _ = try fixtures.write(
      "sc.tsv", "# covers: S/RES 1-3\nsymbol\tdate\ttitle\nS/RES/1(1946)\t1946-01-25\tMilitary Staff Committee\n")
    let known = try CLIRunner.run(["registry", "lookup", "1 (1946)", "--registry", fixtures.directory.path])
    #expect(known.stdout == "S/RES/1(1946)\t1946-01-25\tMilitary Staff Committee\tcoverage: complete\n")
    let absent = try CLIRunner.run(["registry", "lookup", "S/RES/2 (1946)", "--registry", fixtures.directory.path])
    #expect(absent.stdout == "S/RES/2(1946)\tnot listed\tcoverage: complete\n")
    let invalid = try CLIRunner.run(["registry", "lookup", "banana", "--registry", fixtures.directory.path])
    #expect(invalid.status == 64)
  }
}
