import Testing

@testable import CiteGraph

@Suite("ReferenceChecker")
struct ReferenceCheckerTests {
  /// A registry that lists General Assembly session 78 and the Security Council completely, and a few
  /// documents of other sessions without claiming to cover them.
  let registry = FakeRegistry(
    [
      ("A/RES/78/1", "2023-09-29"), ("A/RES/78/9", "2023-11-21"), ("A/RES/78/11", "2023-11-21"),
      ("A/RES/78/20", "2023-12-01"),
      ("A/RES/78/254", "2023-12-22"), ("A/RES/79/5", "2024-10-30"), ("S/RES/2000(2011)", "2011-07-27"),
      ("A/RES/76/13", "2021-12-02"),
    ], covering: ["GA resolution 78", "GA resolution 79", "SC"])

  /// Each line below holds one deliberate case; the expected code was decided by reading the rule the
  /// issue states, not by running the checker.
  @Test("each kind of problem is found at its mention, and correct references give nothing")
  func everyKind() throws {
    let a = "a.txt"
    let documents = [
      try Fixture.document(
        a, symbol: "A/RES/78/10", date: "2023-11-21",
        references: [
          try Fixture.reference("78/1", file: a, line: 10, date: "2023-09-29"),  // correct
          try Fixture.reference("78/999", file: a, line: 11),  // session 78 covered, unknown: dangling
          try Fixture.reference("70/1", file: a, line: 12),  // session 70 not covered: unverified
          try Fixture.reference("78/1", file: a, line: 13, date: "2023-09-30"),  // wrong day: date mismatch
          try Fixture.reference("78/20", file: a, line: 14),  // adopted 1 Dec, after 21 Nov: out of time
          try Fixture.reference("78/11", file: a, line: 15),  // same day, numbered after this text: warning
          try Fixture.reference("78/9", file: a, line: 22),  // same day, numbered before: adopted first, fine
          try Fixture.reference("78/10", file: a, line: 16),  // itself
          try Fixture.reference("78/200", file: a, line: 17),  // only in the corpus (b.txt), 19 Dec: out of time
          try Fixture.reference("57/270 B", file: a, line: 18),  // session 57 not covered: unverified
          try Fixture.reference("78/254 C", file: a, line: 19),  // the registry lists 78/254 whole: exists
          try Fixture.reference("2000 (2011)", file: a, line: 20, date: "2011-07-27"),  // correct
          try Fixture.reference("2000 (2011)", file: a, line: 23, date: "2011-07-28"),  // meeting past midnight: fine
          try Fixture.reference("2000 (2011)", file: a, line: 24, date: "2011-07-29"),  // two days off: mismatch
          try Fixture.reference("76/13", file: a, line: 21, date: "2021-12-03"),  // uncovered but known: mismatch
        ]),
      try Fixture.document(
        "b.txt", symbol: "A/RES/78/200", date: "2023-12-19", references: [],
        findings: [
          Finding(
            code: "CG104", severity: .warning,
            location: SourceLocation(file: "b.txt", line: 3, column: 1, offset: 40, length: 20),
            message: "a date with no resolution number")
        ]),
      try Fixture.document("c.txt", symbol: "A/RES/78/200", date: "2023-12-19", references: []),
      try Fixture.document(
        "d.txt", symbol: nil, date: nil,
        references: [
          try Fixture.reference("78/999", file: "d.txt", line: 2),
          try Fixture.reference("80/1", file: "d.txt", line: 3),
        ]),
      try Fixture.document(
        "e.txt", symbol: "A/RES/78/300", date: nil,
        references: [try Fixture.reference("79/5", file: "e.txt", line: 4)]),
    ]
    let findings = ReferenceChecker(registry: registry).check(documents)
    let got = findings.map { "\($0.location.file):\($0.location.line) \($0.code) \($0.severity.rawValue)" }
    #expect(
      got == [
        "a.txt:11 CG201 error",
        "a.txt:12 CG202 note",
        "a.txt:13 CG203 error",
        "a.txt:14 CG204 error",
        "a.txt:15 CG205 warning",
        "a.txt:16 CG206 warning",
        "a.txt:17 CG204 error",
        "a.txt:18 CG202 note",
        "a.txt:21 CG203 error",
        "a.txt:24 CG203 error",
        "b.txt:3 CG104 warning",
        "c.txt:1 CG207 error",
        "d.txt:2 CG201 error",
        "d.txt:3 CG202 note",
        "e.txt:4 CG204 error",
      ])
    let mismatch = try #require(findings.first { $0.code == "CG203" })
    #expect(mismatch.message.contains("29 September 2023") && mismatch.message.contains("30 September 2023"))
    #expect(mismatch.target == (try Fixture.symbol("78/1")))
    #expect(mismatch.text == "resolution 78/1")
    let duplicate = try #require(findings.first { $0.code == "CG207" })
    #expect(duplicate.message.contains("b.txt"))
  }

  @Test("a listed part attests its whole; a part a complete registry does not list is dangling")
  func partLetters() throws {
    let registry = FakeRegistry([("A/RES/79/252A", "2024-12-24")], covering: ["GA resolution 79"])
    let documents = [
      try Fixture.document(
        "a.txt", symbol: "A/RES/79/300", date: "2025-03-01",
        references: [
          try Fixture.reference("79/252", file: "a.txt", line: 1),
          try Fixture.reference("79/252 A", file: "a.txt", line: 2, date: "2024-12-24"),
          try Fixture.reference("79/252 B", file: "a.txt", line: 3),
        ])
    ]
    let findings = ReferenceChecker(registry: registry).check(documents)
    #expect(findings.map { "\($0.location.line) \($0.code)" } == ["3 CG201"])
  }

  @Test("the chronology of symbols alone catches a later session when dates are unknown")
  func symbolOrder() throws {
    func later(_ target: String, _ citing: String) throws -> Bool {
      ReferenceChecker.isLaterSession(try Fixture.symbol(target), than: try Fixture.symbol(citing))
    }
    #expect(try later("79/1", "78/300"))
    #expect(try !later("78/1", "78/300"))
    #expect(try later("1514 (XV)", "377 A (V)"))
    #expect(try later("31/1", "3201 (S-VI)") == false)  // a special session is not ordered by this rule
    #expect(try later("600 (1987)", "599 (1987)"))
    #expect(try !later("242 (1967)", "338 (1973)"))
    #expect(try !later("E/RES/2016/11", "78/1"))
  }
}

@Suite("ReferenceChecker report")
struct ReferenceCheckerReportTests {
  @Test("an unreadable file is reported while the others are checked; ignored codes and the baseline drop findings")
  func report() throws {
    let registry = FakeRegistry([], covering: ["GA resolution 78"])
    let good = try Fixture.document(
      "good.txt", symbol: "A/RES/78/10", date: "2023-11-21",
      references: [
        try Fixture.reference("78/998", file: "good.txt", line: 3),
        try Fixture.reference("78/999", file: "good.txt", line: 4),
        try Fixture.reference("70/1", file: "good.txt", line: 5),
      ])
    let results: [(path: String, result: Result<ResolvedDocument, CiteGraphError>)] = [
      ("bad.txt", .failure(.binaryFile(path: "bad.txt"))), ("good.txt", .success(good)),
    ]
    let checker = ReferenceChecker(registry: registry)
    let report = checker.report(for: results, ignoring: ["CG202"])
    #expect(report.documents == ["good.txt"])
    #expect(report.failures.map(\.file) == ["bad.txt"])
    #expect(report.failures.first?.message.contains("binary") == true)
    #expect(report.findings.map(\.location.line) == [3, 4])
    #expect(report.failed(strict: false))

    let baseline = Baseline(accepting: [report.findings[0]], relativeTo: "/w")
    let filtered = report.applying(baseline, relativeTo: "/w")
    #expect(filtered.findings.map(\.location.line) == [4])
    #expect(filtered.baselined == 1)
  }
}
