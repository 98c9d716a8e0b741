import Foundation
import Testing

@Suite("ancestors, descendants and path commands")
struct LineageCommandTests {
  @Test("ancestors prints a table, depth 1 first, with relations and dates")
  func ancestorsTable() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["ancestors", "A/RES/71/244", "--graph", try fixtures.lineageGraph()])
    #expect(output.status == 0, "\(output.stderr)")
    let rows = output.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    let body = rows.filter { ["1", "2"].contains($0.first ?? "") }
    #expect(
      body.map { Array($0.prefix(4)) } == [
        ["1", "A/RES/33/134", "reaffirms", "1978-12-19"], ["1", "A/RES/64/222", "reaffirms,welcomes", "2009-12-21"],
      ])
    #expect(output.stderr.isEmpty)
  }

  @Test("descendants --format json lists each citing document once, at its least depth")
  func descendantsJSON() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run([
      "descendants", "33/134", "--graph", try fixtures.lineageGraph(), "--format", "json",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.compactMap { $0["symbol"] as? String } == ["A/RES/64/222", "A/RES/71/244"])
    #expect(results.compactMap { $0["depth"] as? Int } == [1, 1])
    #expect(results.compactMap { $0["relations"] as? [String] } == [["recalls"], ["reaffirms"]])
  }

  @Test("--depth and --relation narrow the walk")
  func filters() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try fixtures.lineageGraph()
    let output = try CLIRunner.run([
      "ancestors", "71/244", "--graph", graph, "--relation", "welcomes", "--format", "json",
    ])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.compactMap { $0["symbol"] as? String } == ["A/RES/64/222"])
    let bad = try CLIRunner.run(["ancestors", "71/244", "--graph", graph, "--relation", "praises"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("praises"))
  }

  @Test("an unknown ID exits 66 and names the closest symbols of the same body")
  func unknownID() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["ancestors", "64/224", "--graph", try fixtures.lineageGraph()])
    #expect(output.status == 66)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("citegraph: error: A/RES/64/224 is not in the graph; did you mean"))
    #expect(output.stderr.contains("did you mean A/RES/64/222, A/RES/64/223"))
    #expect(!output.stderr.contains("S/RES/1325(2000)"))
  }

  @Test("text that is no symbol is a usage error (64)")
  func invalidID() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["descendants", "resolution banana", "--graph", try fixtures.lineageGraph()])
    #expect(output.status == 64)
    #expect(output.stderr.contains("'resolution banana' is not a resolution or decision symbol"))
  }

  @Test("a malformed graph file exits 65 and names the line; a missing one exits 66")
  func badGraphFile() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let path = try fixtures.write(
      "broken.citegraph", "citegraph-graph 1\nnode\tA/RES/1/1\t-\t-\t-\nedge\tA/RES/1/1\tA/RES/1/2\tcites\t1\t-\n")
    let output = try CLIRunner.run(["ancestors", "1/1", "--graph", path])
    #expect(output.status == 65)
    #expect(output.stderr.contains("broken.citegraph:3: 'A/RES/1/2' has no node line above"))
    let missing = try CLIRunner.run(["ancestors", "1/1", "--graph", fixtures.directory.path + "/nope.citegraph"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("nope.citegraph: no such file or directory"))
  }

  @Test("the graph can come from CITEGRAPH_GRAPH")
  func environment() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(
      ["ancestors", "71/244", "--depth", "1", "--format", "json"], in: fixtures.directory,
      environment: ["CITEGRAPH_GRAPH": try fixtures.lineageGraph()])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("\"A/RES/64/222\""))
  }

  @Test("path prints the chains shortest first, and turns round when only the reverse exists")
  func path() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try fixtures.lineageGraph()
    let output = try CLIRunner.run(["path", "71/244", "33/134", "--graph", graph])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout.split(separator: "\n") == [
        "1. A/RES/71/244 -[reaffirms]-> A/RES/33/134  (1 step)",
        "2. A/RES/71/244 -[reaffirms,welcomes]-> A/RES/64/222 -[recalls]-> A/RES/33/134  (2 steps)",
      ])
    let reversed = try CLIRunner.run(["path", "33/134", "71/244", "--graph", graph, "--max", "1"])
    #expect(reversed.stdout.split(separator: "\n") == ["1. A/RES/71/244 -[reaffirms]-> A/RES/33/134  (1 step)"])
    #expect(reversed.stderr.contains("showing the chains the other way"))
    let none = try CLIRunner.run(["path", "71/244", "1325 (2000)", "--graph", graph])
    #expect(none.status == 0)
    #expect(none.stdout.isEmpty)
    #expect(none.stderr.contains("no citation chain links A/RES/71/244 and S/RES/1325(2000)"))
  }
}
