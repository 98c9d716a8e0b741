import Foundation
import Testing

/// A graph written for these tests: 71/244 reaffirms 64/222 and 70/1 and recalls 71/243 (adopted the
/// same day); 70/1 reaffirms 60/1; 64/222 recalls 60/1 and cites 72/1, adopted later, which recalls
/// 64/222 back (a circle) and cites itself.
private func analysisGraph(_ fixtures: CLIFixtures) throws -> String {
  try fixtures.write(
    "analysis.citegraph",
    """
    citegraph-graph 1
    file\t0\tdrafts/a.md
    node\tA/RES/60/1\t2005-10-24\t-\tWorld Summit Outcome
    node\tA/RES/64/222\t2009-12-21\t-\tNairobi outcome, of the conference
    node\tA/RES/70/1\t2015-10-21\t-\tTransforming our world
    node\tA/RES/71/243\t2016-12-21\t-\tQuadrennial review
    node\tA/RES/71/244\t2016-12-21\ttext\tSouth-South cooperation
    node\tA/RES/72/1\t2017-09-01\t-\t-
    edge\tA/RES/71/244\tA/RES/64/222\treaffirms\t1\t0:3:4
    edge\tA/RES/71/244\tA/RES/70/1\treaffirms\t1\t0:5:1
    edge\tA/RES/71/244\tA/RES/71/243\trecalls\t1\t0:6:1
    edge\tA/RES/70/1\tA/RES/60/1\treaffirms\t1\t0:7:1
    edge\tA/RES/64/222\tA/RES/60/1\trecalls\t1\t-
    edge\tA/RES/64/222\tA/RES/72/1\tcites\t1\t0:9:2
    edge\tA/RES/72/1\tA/RES/64/222\trecalls\t1\t0:10:1
    edge\tA/RES/72/1\tA/RES/72/1\tcites\t1\t0:11:1

    """)
}

/// A chain 1/4 cites 1/3 cites 1/2 cites 1/1, with 1/4 also citing 1/2 directly.
private func chainGraph(_ fixtures: CLIFixtures) throws -> String {
  try fixtures.write(
    "chain.citegraph",
    """
    citegraph-graph 1
    file\t0\tchain.md
    node\tA/RES/1/1\t1946-01-01\t-\tFirst
    node\tA/RES/1/2\t1946-02-01\t-\tSecond
    node\tA/RES/1/3\t1946-03-01\t-\tThird
    node\tA/RES/1/4\t1946-04-01\t-\tFourth
    edge\tA/RES/1/2\tA/RES/1/1\treaffirms\t1\t0:1:1
    edge\tA/RES/1/3\tA/RES/1/2\treaffirms\t1\t0:2:1
    edge\tA/RES/1/4\tA/RES/1/3\trecalls\t1\t0:3:1
    edge\tA/RES/1/4\tA/RES/1/2\trecalls\t1\t0:4:1

    """)
}

private func jsonArray(_ text: String) throws -> [[String: Any]] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
}

private func jsonObject(_ text: String) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite("centrality command")
struct CentralityCommandTests {
  @Test("indegree ranks the most cited first, ties in symbol order; --relation counts only those citations")
  func indegree() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try analysisGraph(fixtures)
    let output = try CLIRunner.run(["centrality", "--graph", graph, "--top", "3"])
    #expect(output.status == 0, "\(output.stderr)")
    let rows = output.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: " ").prefix(3).joined(separator: " ")
    }
    // 60/1 is cited by 70/1 and 64/222; 64/222 by 71/244 and 72/1; 72/1 by 64/222 and itself.
    #expect(rows == ["1 A/RES/60/1 2", "2 A/RES/64/222 2", "3 A/RES/72/1 2"])
    let reaffirmed = try CLIRunner.run([
      "centrality", "--graph", graph, "--relation", "reaffirms", "--format", "json", "--top", "4",
    ])
    let entries = try jsonArray(reaffirmed.stdout)
    #expect(
      entries.compactMap { $0["symbol"] as? String } == ["A/RES/60/1", "A/RES/64/222", "A/RES/70/1", "A/RES/71/243"])
    #expect(entries.compactMap { $0["score"] as? Double } == [1, 1, 1, 0])
    #expect(entries.compactMap { $0["rank"] as? Int } == [1, 2, 3, 4])
    #expect(entries.first?["date"] as? String == "2005-10-24")
    #expect(entries.first?["title"] as? String == "World Summit Outcome")
  }

  @Test("PageRank of the chain sums to 1 and ranks the oldest first; --from personalizes it")
  func pageRank() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try chainGraph(fixtures)
    let output = try CLIRunner.run(["centrality", "--metric", "pagerank", "--graph", graph, "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let entries = try jsonArray(output.stdout)
    let scores = entries.compactMap { $0["score"] as? Double }
    #expect(abs(scores.reduce(0, +) - 1) < 1e-9)
    #expect(entries.first?["symbol"] as? String == "A/RES/1/1")
    // Teleporting only to 1/3, nothing reaches 1/4: its score is 0 and it ranks last.
    let personal = try CLIRunner.run([
      "centrality", "--metric", "pagerank", "--from", "1/3", "--graph", graph, "--format", "json",
    ])
    let last = try jsonArray(personal.stdout).last
    #expect(last?["symbol"] as? String == "A/RES/1/4")
    #expect(last?["score"] as? Double == 0)
  }

  @Test("betweenness as CSV: 1/2 and 1/3 lie on the chain's inner paths, and titles with commas are quoted")
  func betweennessCSV() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run([
      "centrality", "--metric", "betweenness", "--graph", try chainGraph(fixtures), "--format", "csv",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    // Shortest chains with an inner document: 3→2→1 and 4→2→1 (4→3→2→1 is longer), both through 1/2.
    #expect(
      lines == [
        "rank,symbol,score,date,title", "1,A/RES/1/2,2.0,1946-02-01,Second",
        "2,A/RES/1/1,0.0,1946-01-01,First", "3,A/RES/1/3,0.0,1946-03-01,Third", "4,A/RES/1/4,0.0,1946-04-01,Fourth",
      ])
    let quoted = try CLIRunner.run([
      "centrality", "--graph", try analysisGraph(fixtures), "--format", "csv", "--top", "2",
    ])
    #expect(quoted.stdout.contains("\"Nairobi outcome, of the conference\""))
  }

  @Test("bad combinations are usage errors (64); an unknown --from is missing input (66)")
  func errors() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try chainGraph(fixtures)
    let sample = try CLIRunner.run(["centrality", "--graph", graph, "--sample", "2"])
    #expect(sample.status == 64 && sample.stderr.contains("--sample"))
    let from = try CLIRunner.run(["centrality", "--graph", graph, "--from", "1/1"])
    #expect(from.status == 64 && from.stderr.contains("--from"))
    let unknown = try CLIRunner.run(["centrality", "--graph", graph, "--metric", "pagerank", "--from", "1/9"])
    #expect(unknown.status == 66 && unknown.stderr.contains("A/RES/1/9 is not in the graph"))
    #expect(unknown.stdout.isEmpty)
    let metric = try CLIRunner.run(["centrality", "--graph", graph, "--metric", "fame"])
    #expect(metric.status == 64)
  }

  @Test("sampled betweenness says so on stderr and is the same for the same seed")
  func sampled() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let arguments = [
      "centrality", "--metric", "betweenness", "--sample", "2", "--seed", "7", "--graph", try analysisGraph(fixtures),
    ]
    let first = try CLIRunner.run(arguments)
    #expect(first.status == 0)
    #expect(first.stderr.contains("2 sampled sources (seed 7)"))
    #expect(try CLIRunner.run(arguments).stdout == first.stdout)
  }
}

@Suite("cycles command")
struct CyclesCommandTests {
  @Test("lists the circle, the self-citation, the cycle and the anomalies with their file:line:column")
  func text() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["cycles", "--graph", try analysisGraph(fixtures)])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains("1. 2 resolutions: A/RES/64/222, A/RES/72/1"))
    #expect(lines.contains("drafts/a.md:11:1: warning: A/RES/72/1 cites itself"))
    #expect(lines.contains("1. A/RES/64/222 -> A/RES/72/1 -> A/RES/64/222"))
    #expect(lines.contains("drafts/a.md:10:1: warning: A/RES/72/1 recalls A/RES/64/222"))
    #expect(
      lines.contains(
        "drafts/a.md:9:2: warning: A/RES/64/222 (2009-12-21) cites A/RES/72/1, adopted later (2017-09-01)"))
    #expect(lines.contains("drafts/a.md:6:1: note: A/RES/71/244 cites A/RES/71/243, both adopted 2016-12-21"))
  }

  @Test("json holds every finding with its mention; --max-length 1 is a usage error")
  func json() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let graph = try analysisGraph(fixtures)
    let output = try CLIRunner.run(["cycles", "--graph", graph, "--format", "json"])
    let report = try jsonObject(output.stdout)
    let cycles = try #require(report["cycles"] as? [[String: Any]])
    #expect(cycles.compactMap { $0["members"] as? [String] } == [["A/RES/64/222", "A/RES/72/1"]])
    let later = try #require(report["laterCitations"] as? [[String: Any]])
    #expect(later.compactMap { $0["location"] as? String } == ["drafts/a.md:9:2"])
    let sameDay = try #require(report["sameDayCitations"] as? [[String: Any]])
    #expect(sameDay.compactMap { $0["cited"] as? String } == ["A/RES/71/243"])
    #expect(report["cyclesTruncated"] as? Bool == false)
    let limited = try jsonObject(
      try CLIRunner.run(["cycles", "--graph", graph, "--format", "json", "--max-cycles", "0"]).stdout)
    #expect(limited["cyclesTruncated"] as? Bool == true)
    let bad = try CLIRunner.run(["cycles", "--graph", graph, "--max-length", "1"])
    #expect(bad.status == 64)
  }
}

@Suite("mainpath command")
struct MainPathCommandTests {
  @Test("the chain's main path runs oldest first, weighted by search path counts")
  func chain() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["mainpath", "--graph", try chainGraph(fixtures), "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let report = try jsonObject(output.stdout)
    // Paths from 1/4 down to 1/1: 4→3→2→1 and 4→2→1; 2→1 carries both, 4→3, 3→2 and 4→2 one each.
    #expect(report["totalPaths"] as? Double == 2)
    let main = try #require(report["mainPath"] as? [String: Any])
    let steps = try #require(main["steps"] as? [[String: Any]])
    #expect(
      steps.compactMap { ($0["symbols"] as? [String])?.first } == ["A/RES/1/1", "A/RES/1/2", "A/RES/1/3", "A/RES/1/4"])
    let links = try #require(main["links"] as? [[String: Any]])
    #expect(links.compactMap { $0["weight"] as? Double } == [2, 1, 1, 1])
    #expect(links.first?["location"] as? String == "chain.md:1:1")
    let longest = try #require(report["longestPath"] as? [String: Any])
    #expect((longest["steps"] as? [[String: Any]])?.count == 4)
  }

  @Test("with an ID, only its lineage is analysed; text output names each citation's mention")
  func lineage() throws {
    let fixtures = try CLIFixtures()
    defer { fixtures.remove() }
    let output = try CLIRunner.run(["mainpath", "70/1", "--graph", try analysisGraph(fixtures)])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.hasPrefix("the lineage of A/RES/70/1: 3 documents, 1 citation chains"))
    #expect(output.stdout.contains("drafts/a.md:7:1: note: A/RES/70/1 cites A/RES/60/1"))
    #expect(!output.stdout.contains("A/RES/64/222"))
    let unknown = try CLIRunner.run(["mainpath", "70/2", "--graph", try analysisGraph(fixtures)])
    #expect(unknown.status == 66)
  }
}
