import Foundation
import Testing

@testable import CiteGraph

@Suite("Registry of known symbols")
struct RegistryTests {
  private func symbol(_ text: String) throws -> Symbol { try #require(Symbol(parsing: text)) }

  private func load(_ text: String, name: String = "r.tsv") throws -> Registry {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cg-registry-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return try Registry.load(paths: [path])
  }

  @Test("entries, complete and partial coverage, and the difference between absent and unknown")
  func coverage() throws {
    let registry = try load(
      """
      # a test registry
      # covers: S/RES 1-3,5
      # covers: A/RES sessions 78-79
      # covers: A/DEC/71 401-403
      # covers (partial): A/RES sessions 1-30
      symbol\tdate\ttitle
      S/RES/1(1946)\t1946-01-25\tMilitary Staff Committee
      S/RES/2(1946)\t-\t
      A/RES/78/1\t2023-09-29\tPolitical declaration
      A/RES/1514(XV)\t1960-12-14\tIndependence \\t tab
      A/DEC/71/401
      """)
    #expect(registry.count == 5)
    let first = try #require(registry.entry(for: try symbol("1 (1946)")))
    #expect(first.date == CalendarDate(year: 1946, month: 1, day: 25))
    #expect(first.title == "Military Staff Committee")
    #expect(registry.entry(for: try symbol("2 (1946)"))?.date == nil)
    #expect(registry.entry(for: try symbol("1514 (XV)"))?.title == "Independence \t tab")
    #expect(registry.covers(try symbol("3 (1946)")), "listed range, absent: dangling")
    #expect(!registry.covers(try symbol("4 (1946)")), "a gap in the ranges is not covered")
    #expect(registry.covers(try symbol("79/500")))
    #expect(!registry.covers(try symbol("77/1")))
    #expect(registry.covers(try symbol("decision 71/402")))
    #expect(!registry.covers(try symbol("decision 71/404")))
    #expect(!registry.covers(try symbol("71/402")), "decisions cover no resolutions")
    #expect(registry.coverage(of: try symbol("1515 (XV)")) == .partial)
    #expect(registry.coverage(of: try symbol("S-26/2")) == .none, "special sessions are not regular sessions")
    #expect(registry.coverage(of: try symbol("E/RES/2016/11")) == .none)
  }

  @Test("a precise date wins over an approximate one; titles fill in")
  func merging() throws {
    let approximate = Registry.Entry(
      symbol: try symbol("60/1"), date: CalendarDate(year: 2005, month: 10, day: 1), title: "Outcome",
      dateIsApproximate: true)
    let precise = Registry.Entry(symbol: try symbol("60/1"), date: CalendarDate(year: 2005, month: 9, day: 16))
    let registry = Registry(entries: [approximate, precise])
    let entry = try #require(registry.entry(for: try symbol("60/1")))
    #expect(entry.date == CalendarDate(year: 2005, month: 9, day: 16))
    #expect(!entry.dateIsApproximate)
    #expect(entry.title == "Outcome")
  }

  @Test(
    "malformed registry lines are named",
    arguments: [
      ("S/RES/1(1946)\t1946-01-25\n# covers: S/RES one-two\n", 2, "expected '# covers:"),
      ("banana\t-\t-\n", 1, "'banana' is not a resolution or decision symbol"),
      ("# ok\nS/RES/1(1946)\t25 January 1946\tx\n", 2, "is not a date"),
      ("S/RES/1(1946)\t-\tx\ty\n", 1, "at most 3 tab-separated fields"),
    ])
  func malformed(text: String, line: Int, reason: String) {
    #expect {
      try load(text)
    } throws: { error in
      guard case .malformedFile(_, let actualLine, let actualReason) = error as? CiteGraphError else { return false }
      return actualLine == line && actualReason.contains(reason)
    }
  }

  @Test("written registry files read back with the same entries and coverage")
  func writeRead() throws {
    let entries = [
      Registry.Entry(
        symbol: try symbol("1325 (2000)"), date: CalendarDate(year: 2000, month: 10, day: 31), title: "Women"),
      Registry.Entry(symbol: try symbol("decision 71/401"), title: "-"),
    ]
    let coverage = [
      Registry.CoverageRange(body: .securityCouncil, kind: .resolution, numbers: [1...5, 1325...1325]),
      Registry.CoverageRange(body: .generalAssembly, kind: .decision, session: 71, numbers: [401...401]),
      Registry.CoverageRange(body: .generalAssembly, kind: .resolution, sessions: 1...30, partial: true),
      Registry.CoverageRange(body: .economicAndSocialCouncil, kind: .resolution),
    ]
    let text = RegistryFileWriter().text(
      entries: entries, coverage: coverage, description: ["test"], datesAreApproximate: true)
    let registry = try load(text)
    #expect(registry.coverage == coverage)
    #expect(registry.entries.map(\.symbol) == entries.map(\.symbol).sorted())
    #expect(registry.entry(for: try symbol("1325 (2000)"))?.dateIsApproximate == true)
    #expect(registry.entry(for: try symbol("decision 71/401"))?.title == "-")
  }

  @Test("the Security Council table: gaps between numbers of one year are filled, others left out of coverage")
  func securityCouncilTable() throws {
    let text = """
      res_no\tyear\tdate\tmeeting\ttopic
      1\t1946\t1946-01-25\tS/PV.2\tFirst
      3\t1946\t1946-04-04\tS/PV.30\tThird
      4\t1947\t\t\tFourth
      6\t1948\t1948-01-01\tS/PV.9\tSixth
      """
    let result = RegistrySourceImporter.securityCouncil(tsv: text)
    #expect(
      result.entries.map(\.symbol.canonical) == [
        "S/RES/1(1946)", "S/RES/2(1946)", "S/RES/3(1946)", "S/RES/4(1947)", "S/RES/6(1948)",
      ])
    #expect(result.entries[1].date == nil && result.entries[1].title == nil)
    #expect(result.entries[3].date == nil && result.entries[3].title == "Fourth")
    #expect(result.coverage.first?.numbers == [1...4, 6...6])
  }

  @Test("the General Assembly tables: index titles, decision parts, recorded-vote symbols")
  func generalAssemblyTables() throws {
    let index = RegistrySourceImporter.generalAssemblyIndex(
      tsv:
        "symbol\tsession\tadoption_date\tchars\ttitle\nA/RES/78/1\t78\t2023-09-29\t42562\t78/1. Political declaration\n"
    )
    #expect(index.entries.first?.title == "Political declaration")
    #expect(index.entries.first?.date == CalendarDate(year: 2023, month: 9, day: 29))
    let decisions = RegistrySourceImporter.generalAssemblyDecisions(
      tsv: "decision\ttype\ttitle\n71/405 A and B\tElections\tElection\n73/408 A-C\tOther\tX\n74/547. \tOther\tY\n")
    #expect(
      Registry(entries: decisions.entries).entries.map(\.symbol.canonical) == [
        "A/DEC/71/405", "A/DEC/71/405A", "A/DEC/71/405B", "A/DEC/73/408", "A/DEC/73/408A", "A/DEC/73/408B",
        "A/DEC/73/408C", "A/DEC/74/547",
      ])
    let forms = [
      "R/16/1549B", "A/RES/56/8", "R/1/66/C", "ESS/10/14", "ESS/4/1474", "SS/26/2", "SS/6/3201", "R/10 65", "",
    ]
    // Emergency special sessions 1 to 5 (1956-1967) numbered their resolutions like `1474 (ES-IV)`.
    #expect(
      forms.map { RegistrySourceImporter.recordedVoteSymbol($0)?.canonical ?? "nil" } == [
        "A/RES/1549B(XVI)", "A/RES/56/8", "A/RES/66C(I)", "A/RES/ES-10/14", "A/RES/1474(ES-IV)", "A/RES/S-26/2",
        "A/RES/3201(S-VI)", "nil", "nil",
      ])
    let votes = RegistrySourceImporter.recordedVotes(
      csv: """
        rcid,session,importantvote,date,unres,amend,para,short,descr
        1,16.0,0,1961-11-01,R/16/1549B,1,0,"AMENDMENT, X",d
        2,16.0,0,1961-11-20,R/16/1549B,0,0,"RHODESIA, SELF-DETERMINATION",d
        3,16.0,0,1961-11-02,R/16/1549B,0,0,EARLIER,d
        """)
    let entry = try #require(Registry(entries: votes.entries).entry(for: try symbol("1549 B (XVI)")))
    #expect(entry.date == CalendarDate(year: 1961, month: 11, day: 20))
    #expect(entry.title == "RHODESIA, SELF-DETERMINATION")
    #expect(entry.dateIsApproximate)
    #expect(votes.coverage.first?.partial == true)
  }

  @Test("the bundled registry agrees with the Security Council table in ../shared")
  func bundled() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let registry = try Registry.bundled(in: root.appendingPathComponent("Graphs/registry"))
    let table = root.appendingPathComponent("../shared/corpus/meta/unsc_resolutions_1946_2022.tsv")
    guard let text = try? String(contentsOf: table, encoding: .utf8) else {
      print("skipping: ../shared/corpus/meta is absent")
      return
    }
    let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("1325\t") })
    let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
    let entry = try #require(registry.entry(for: try symbol("1325 (\(fields[1]))")))
    #expect(entry.date?.iso == String(fields[2]))
    #expect(registry.covers(try symbol("1325 (2000)")))
    #expect(registry.coverage(of: try symbol("4000 (2040)")) == .none)
  }
}

@Suite("Registry coverage of closed sessions")
struct RegistryClosedSessionTests {
  @Test("a session listed through its final month is covered above its last number; an open one is not")
  func closedSessions() throws {
    let index = """
      symbol\tsession\tadoption_date\tchars\ttitle
      A/RES/78/1\t78\t2023-09-29\t10\t78/1. First
      A/RES/78/3\t78\t2024-09-06\t10\t78/3. Last of the session
      A/RES/79/1\t79\t2024-10-01\t10\t79/1. First
      """
    let imported = RegistrySourceImporter.generalAssemblyIndex(tsv: index)
    let registry = Registry(entries: imported.entries, coverage: imported.coverage)
    func coverage(_ text: String) throws -> Registry.Coverage {
      registry.coverage(of: try #require(Symbol(parsing: text)))
    }
    #expect(try coverage("78/2") == .none)
    #expect(try coverage("78/4") == .complete)
    #expect(try coverage("78/4000") == .complete)
    #expect(try coverage("79/2") == .none)
    let written = RegistryFileWriter().text(
      entries: imported.entries, coverage: imported.coverage, description: [], datesAreApproximate: false)
    #expect(written.contains("# covers: A/RES/78 1,3,4-\n"))
    var entries: [Registry.Entry] = []
    var coverage: [Registry.CoverageRange] = []
    try RegistryFileParser(path: "r.tsv").parse(Array(written.utf8), entries: &entries, coverage: &coverage)
    #expect(coverage == imported.coverage)
  }
}
