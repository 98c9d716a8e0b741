import CiteGraph
import Foundation
import Testing

/// Scores the resolver against the hand-checked references in `../shared/gold`.
@Suite("Gold references")
struct GoldTests {
  /// The text a gold file describes.
  static func textPath(for gold: URL, in shared: URL) -> URL {
    let stem = gold.deletingPathExtension().lastPathComponent
    if stem == "A_RES_71_244" { return shared.appendingPathComponent("seeds/A_RES_71_244.md") }
    let folder = stem.hasPrefix("S_") ? "corpus/unsc" : "corpus/unga"
    return shared.appendingPathComponent("\(folder)/\(stem).txt")
  }

  @Test("precision ≥ 0.98, recall ≥ 0.97 and relation agreement ≥ 0.90 on every gold file")
  func gold() async throws {
    guard let shared = SharedData.root else {
      print("skipped: ../shared is absent, the gold references cannot be read")
      return
    }
    let goldFiles = try FileManager.default.contentsOfDirectory(
      at: shared.appendingPathComponent("gold"), includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "tsv" }.sorted { $0.path < $1.path }
    try #require(!goldFiles.isEmpty)
    var truePositives = 0
    var predictedCount = 0
    var goldCount = 0
    var relationAgreements = 0
    var misses: [String] = []
    for goldFile in goldFiles {
      var expected: [String: Set<String>] = [:]
      var source = ""
      for row in try SharedData.tsv(goldFile).dropFirst() where row.count >= 4 {
        source = row[0]
        guard row[3] == "ok" else { continue }
        expected[row[1]] = Set(row[2].split(separator: ",").map(String.init))
      }
      let document = try DocumentReader.read(path: Self.textPath(for: goldFile, in: shared).path)
      let resolved = ReferenceExtractor().resolve(document)
      var predicted: [String: Set<String>] = [:]
      var evidence: [String: String] = [:]
      for reference in resolved.references {
        #expect(
          reference.source?.canonical == source,
          "\(goldFile.lastPathComponent): source \(String(describing: reference.source))")
        predicted[reference.target.canonical, default: []].insert(reference.relation.rawValue)
        if evidence[reference.target.canonical] == nil {
          evidence[reference.target.canonical] = "\(reference.location): \(reference.text)"
        }
      }
      let name = goldFile.lastPathComponent
      predictedCount += predicted.count
      goldCount += expected.count
      for (target, relations) in predicted.sorted(by: { $0.key < $1.key }) {
        guard let goldRelations = expected[target] else {
          misses.append("\(name): extra \(target) [\(evidence[target] ?? "")]")
          continue
        }
        truePositives += 1
        if goldRelations == relations {
          relationAgreements += 1
        } else {
          misses.append(
            "\(name): relations of \(target): \(relations.sorted().joined(separator: ",")) "
              + "(gold \(goldRelations.sorted().joined(separator: ",")))")
        }
      }
      for target in expected.keys.sorted() where predicted[target] == nil {
        misses.append("\(name): missed \(target)")
      }
    }
    let precision = Double(truePositives) / Double(max(1, predictedCount))
    let recall = Double(truePositives) / Double(max(1, goldCount))
    let agreement = Double(relationAgreements) / Double(max(1, truePositives))
    print(
      "gold: precision \(precision) (\(truePositives)/\(predictedCount)), recall \(recall) (\(truePositives)/\(goldCount)), relation agreement \(agreement) (\(relationAgreements)/\(truePositives))"
    )
    for miss in misses { print("gold miss: \(miss)") }
    #expect(precision >= 0.98)
    #expect(recall >= 0.97)
    #expect(agreement >= 0.90)
  }
}
