import Foundation
import Testing

@Suite("the bundled default graph")
struct DefaultGraphTests {
  @Test("ancestors 71/244 lists at depth 1 exactly the GA resolutions the gold file marks ok, with their relations")
  func goldAncestors() throws {
    let gold = CLIRunner.packageRoot.appendingPathComponent("../shared/gold/A_RES_71_244.tsv")
    guard let text = try? String(contentsOf: gold, encoding: .utf8) else {
      print("skipping: ../shared/gold/A_RES_71_244.tsv is absent")
      return
    }
    var expected: [String: String] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if fields.count >= 4, fields[3] == "ok" { expected[fields[1]] = fields[2] }
    }
    #expect(expected.count == 15)
    let output = try CLIRunner.run(["ancestors", "71/244", "--depth", "1", "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    var actual: [String: String] = [:]
    for result in results {
      if let symbol = result["symbol"] as? String, let relations = result["relations"] as? [String] {
        actual[symbol] = relations.joined(separator: ",")
      }
    }
    #expect(actual == expected)
  }

  @Test("the default graph is found from a subfolder of the checkout, and the text table reads 'cites 15 documents'")
  func foundFromSubfolder() throws {
    guard FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("../shared/gold").path)
    else {
      print("skipping: ../shared is absent")
      return
    }
    let output = try CLIRunner.run(
      ["ancestors", "A/RES/71/244", "--depth", "1"], in: CLIRunner.packageRoot.appendingPathComponent("Sources"))
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.split(separator: "\n").dropFirst().first == "cites 15 documents:")
  }
}
