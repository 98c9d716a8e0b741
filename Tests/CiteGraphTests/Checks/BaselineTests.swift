import CiteGraph
import Foundation
import Testing

@Suite("Baseline")
struct BaselineTests {
  static func finding(
    _ code: String, file: String, line: Int, target: String, text: String
  ) throws -> Finding {
    Finding(
      code: code, severity: .error,
      location: SourceLocation(file: file, line: line, column: 3, offset: line * 80, length: text.utf8.count),
      message: "message for line \(line)", text: text, target: try Fixture.symbol(target))
  }

  @Test("a baseline written and read back is the same, and its file is sorted JSON")
  func roundTrip() throws {
    let findings = [
      try Self.finding("CG203", file: "texts/b.txt", line: 4, target: "78/1", text: "resolution 78/1 of 1 May 2023"),
      try Self.finding("CG201", file: "texts/a.txt", line: 9, target: "78/999", text: "resolution 78/999"),
    ]
    let baseline = Baseline(accepting: findings, relativeTo: "/work")
    let data = baseline.encoded()
    let reread = try Baseline.decode(data, path: "baseline.json")
    #expect(reread == baseline)
    let text = String(decoding: data, as: UTF8.self)
    let a = try #require(text.range(of: "texts/a.txt"))
    let b = try #require(text.range(of: "texts/b.txt"))
    #expect(a.lowerBound < b.lowerBound)
    #expect(text.hasSuffix("}\n"))
  }

  @Test("findings that moved to other lines, or were re-wrapped, stay in the baseline")
  func lineShifts() throws {
    let old = [try Self.finding("CG201", file: "a.txt", line: 9, target: "78/999", text: "resolution 78/999")]
    let baseline = Baseline(accepting: old, relativeTo: "/work")
    let moved = [try Self.finding("CG201", file: "./a.txt", line: 31, target: "78/999", text: "resolution\n  78/999")]
    let (new, held) = baseline.filter(moved, relativeTo: "/work")
    #expect(new.isEmpty)
    #expect(held == 1)
  }

  @Test("an absolute path inside the working directory matches the relative one")
  func absolutePaths() throws {
    let baseline = Baseline(
      accepting: [try Self.finding("CG201", file: "texts/a.txt", line: 9, target: "78/999", text: "78/999")],
      relativeTo: "/repo")
    let absolute = try Self.finding("CG201", file: "/repo/texts/a.txt", line: 9, target: "78/999", text: "78/999")
    #expect(baseline.filter([absolute], relativeTo: "/repo").new.isEmpty)
    #expect(baseline.filter([absolute], relativeTo: "/elsewhere").new.count == 1)
  }

  @Test("a baseline is a multiset: a second identical mention is new; another target or code is new")
  func multiset() throws {
    let one = try Self.finding("CG201", file: "a.txt", line: 9, target: "78/999", text: "resolution 78/999")
    let baseline = Baseline(accepting: [one], relativeTo: "/")
    let again = try Self.finding("CG201", file: "a.txt", line: 40, target: "78/999", text: "resolution 78/999")
    let otherTarget = try Self.finding("CG201", file: "a.txt", line: 9, target: "78/998", text: "resolution 78/999")
    var otherCode = one
    otherCode.code = "CG204"
    let (new, held) = baseline.filter([one, again, otherTarget, otherCode], relativeTo: "/")
    #expect(held == 1)
    #expect(new == [again, otherTarget, otherCode])
  }

  @Test("digests are equal for equal fingerprints and differ when any part or a boundary moves")
  func digests() {
    let base = FindingFingerprint(code: "CG201", file: "a.txt", target: "A/RES/78/1", text: "78/1")
    #expect(base.digest == FindingFingerprint(code: "CG201", file: "a.txt", target: "A/RES/78/1", text: "78/1").digest)
    #expect(base.digest.count == 16 && base.digest.allSatisfy(\.isHexDigit))
    let variants = [
      FindingFingerprint(code: "CG202", file: "a.txt", target: "A/RES/78/1", text: "78/1"),
      FindingFingerprint(code: "CG201", file: "b.txt", target: "A/RES/78/1", text: "78/1"),
      FindingFingerprint(code: "CG201", file: "a.txt", target: "A/RES/78/2", text: "78/1"),
      FindingFingerprint(code: "CG201", file: "a.txt", target: "A/RES/78/1", text: "78/2"),
      FindingFingerprint(code: "CG201", file: "a.txt", target: "A/RES/78/178/1", text: ""),
    ]
    #expect(Set(variants.map(\.digest) + [base.digest]).count == variants.count + 1)
  }

  @Test("a file that is not a baseline, or of another version, is a malformed-file error")
  func malformed() throws {
    #expect(throws: CiteGraphError.self) { try Baseline.decode(Data("not json".utf8), path: "b.json") }
    let future = #"{"version": 2, "tool": "citegraph check", "findings": []}"#
    do {
      _ = try Baseline.decode(Data(future.utf8), path: "b.json")
      Issue.record("version 2 was accepted")
    } catch {
      guard case .malformedFile(let path, _, let reason) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(path == "b.json")
      #expect(reason.contains("version 2"))
    }
    #expect(throws: CiteGraphError.notFound(path: "/no/such/baseline.json")) {
      try Baseline.load(path: "/no/such/baseline.json")
    }
  }
}

@Suite("Baseline files")
struct BaselineFileTests {
  @Test("write then load gives the same baseline; writing into a missing folder is an unwritable error")
  func writeAndLoad() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "citegraph-baseline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("baseline.json").path
    let baseline = Baseline(entries: [
      FindingFingerprint(code: "CG201", file: "a.txt", target: "A/RES/78/999", text: "78/999")
    ])
    try baseline.write(to: path)
    #expect(try Baseline.load(path: path) == baseline)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["baseline.json"])
    #expect(throws: CiteGraphError.self) {
      try baseline.write(to: folder.appendingPathComponent("no/such/b.json").path)
    }
  }
}
