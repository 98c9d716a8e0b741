import CiteGraph
import Foundation
import Testing

/// Runs the resolver over the whole shared corpus and the seed: identities against the corpus
/// indexes, and no page furniture or report symbol taken for a reference.
@Suite("Corpus")
struct CorpusTests {
  /// Expected (symbol, adoption date) per file name, from `unga/index.tsv` and the Security Council table.
  static func expectedIdentities(_ shared: URL) throws -> [String: (String, String)] {
    var expected: [String: (String, String)] = [:]
    for row in try SharedData.tsv(shared.appendingPathComponent("corpus/unga/index.tsv")).dropFirst()
    where row.count >= 3 {
      let file = row[0].replacingOccurrences(of: "/", with: "_") + ".txt"
      expected[file] = (row[0], row[2])
    }
    let council = shared.appendingPathComponent("corpus/meta/unsc_resolutions_1946_2022.tsv")
    for row in try SharedData.tsv(council).dropFirst() where row.count >= 3 {
      guard let number = Int(row[0]) else { continue }
      let padded = String(repeating: "0", count: max(0, 4 - row[0].count)) + row[0]
      expected["S_RES_\(padded)_\(row[1]).txt"] = ("S/RES/\(number)(\(row[1]))", row[2])
    }
    expected["A_RES_71_244.md"] = ("A/RES/71/244", "2016-12-21")
    return expected
  }

  /// Whether `line` (trimmed) is page furniture: a page counter, a job number or a bar code.
  static func isFurniture(_ line: Substring) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2,
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    {
      return true
    }
    let bytes = Array(trimmed.utf8)
    if bytes.count >= 8, bytes[2] == 0x2D, bytes[0..<2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      bytes[3..<8].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    {
      return true
    }
    return bytes.count >= 8 && bytes.first == 0x2A && bytes.last == 0x2A
  }

  @Test(
    "every text resolves without a crash; ≥ 99% of identities match the indexes; no furniture or report symbol is a reference"
  )
  func corpus() async throws {
    guard let shared = SharedData.root else {
      print("skipped: ../shared is absent, the corpus cannot be read")
      return
    }
    let paths = try CorpusResolver.documentPaths(in: [
      shared.appendingPathComponent("corpus/unga").path, shared.appendingPathComponent("corpus/unsc").path,
      shared.appendingPathComponent("seeds/A_RES_71_244.md").path,
    ])
    let expected = try Self.expectedIdentities(shared)
    let results = await CorpusResolver().resolve(paths: paths)
    #expect(results.count == paths.count)
    var matched = 0
    var total = 0
    var mismatches: [String] = []
    var furniture: [String] = []
    var references = 0
    for (path, result) in zip(paths, results) {
      let name = URL(fileURLWithPath: path).lastPathComponent
      guard let (symbol, date) = expected[name] else { continue }
      total += 1
      let document: ResolvedDocument
      switch result {
      case .failure(let error):
        mismatches.append("\(name): \(error.localizedDescription)")
        continue
      case .success(let resolved):
        document = resolved
      }
      // The Security Council table leaves some dates empty: those files are checked on the symbol alone.
      let found = (document.identity.symbol?.canonical ?? "-", date.isEmpty ? "" : document.identity.date?.iso ?? "-")
      if found == (symbol, date) {
        matched += 1
      } else {
        mismatches.append("\(name): found \(found.0) \(found.1), expected \(symbol) \(date)")
      }
      let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      let lines = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      for reference in document.references {
        references += 1
        let location = reference.location
        if location.line - 1 < lines.count, Self.isFurniture(lines[location.line - 1]) {
          furniture.append("\(location): \(reference.target) from page furniture '\(reference.text)'")
        }
        let offset = location.offset
        if offset >= 2, original[offset - 1] == 0x2F {
          let before = String(decoding: original[max(0, offset - 12)..<offset], as: UTF8.self)
          if !(before.hasSuffix("RES/") || before.hasSuffix("DEC/")) {
            furniture.append("\(location): \(reference.target) from a document symbol '\(before)\(reference.text)'")
          }
        }
      }
    }
    let share = Double(matched) / Double(max(1, total))
    print("corpus: \(paths.count) texts, \(references) references, identity \(share) (\(matched)/\(total))")
    for mismatch in mismatches { print("corpus identity miss: \(mismatch)") }
    for problem in furniture { print("corpus furniture: \(problem)") }
    #expect(total >= 1200)
    #expect(share >= 0.99)
    #expect(furniture.isEmpty)
  }
}
