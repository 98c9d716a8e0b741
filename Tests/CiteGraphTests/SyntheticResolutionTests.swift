import Testing

@testable import CiteGraph

/// The resolver on synthetic resolutions, whose every citation the generator recorded: precision and
/// recall of (citing, cited) pairs, agreement on relations, and the texts' own identities. The answer
/// key comes from ``SyntheticCorpus``, not from the resolver, so a miss is a real one.
@Suite("Resolver on synthetic resolutions")
struct SyntheticResolutionTests {
  struct Score {
    var truePositives = 0
    var found = 0
    var expected = 0
    var relationAgreements = 0
    var identities = 0
    var documents = 0
    var partLettered = 0
    var partLetteredIdentities = 0
    var dates = 0
    /// Texts that the resolver says cite themselves; the generator never writes a self-citation.
    var selfCitations: [String] = []
    var problems: [String] = []
  }

  /// Resolves every `step`-th text of a corpus and compares with the generator's answers.
  private func score(documents: Int, seed: UInt64, every step: Int) throws -> Score {
    let corpus = SyntheticCorpus(documents: documents, seed: seed)
    let extractor = ReferenceExtractor()
    var score = Score()
    for index in stride(from: 0, to: corpus.count, by: step) {
      let document = corpus.document(at: index)
      let resolved = extractor.resolve(try DocumentReader.read(bytes: Array(document.text.utf8), file: document.name))
      let sameIdentity = resolved.identity.symbol == document.symbol
      if document.symbol.part.isEmpty {
        score.documents += 1
        if sameIdentity { score.identities += 1 }
      } else {
        score.partLettered += 1
        if sameIdentity { score.partLetteredIdentities += 1 }
      }
      if !sameIdentity {
        score.problems.append("\(document.name): read as \(resolved.identity.symbol?.canonical ?? "no symbol")")
      }
      if resolved.identity.date == document.date { score.dates += 1 }
      var expected: [Symbol: RelationSet] = [:]
      for citation in document.citations { expected[citation.target, default: RelationSet()].insert(citation.relation) }
      var found: [Symbol: RelationSet] = [:]
      for reference in resolved.references where reference.target != document.symbol {
        found[reference.target, default: RelationSet()].insert(reference.relation)
      }
      if let own = resolved.references.first(where: { $0.target == document.symbol }) {
        score.selfCitations.append("\(document.name):\(own.location.line): cites itself: \(own.text)")
      }
      score.expected += expected.count
      score.found += found.count
      for (target, relations) in expected.sorted(by: { $0.key < $1.key }) {
        guard let got = found[target] else {
          score.problems.append("\(document.name): missed \(target)")
          continue
        }
        score.truePositives += 1
        if got == relations {
          score.relationAgreements += 1
        } else {
          score.problems.append("\(document.name): \(target) \(got) instead of \(relations)")
        }
      }
      for target in found.keys.sorted() where expected[target] == nil {
        score.problems.append("\(document.name): spurious \(target)")
      }
    }
    return score
  }

  @Test("precision ≥ 0.98, recall ≥ 0.97, relations ≥ 90%, identities and dates ≥ 99% on 400 synthetic texts")
  func synthetic() throws {
    let score = try score(documents: 4_000, seed: 31, every: 10)
    let precision = Double(score.truePositives) / Double(max(1, score.found))
    let recall = Double(score.truePositives) / Double(max(1, score.expected))
    let relations = Double(score.relationAgreements) / Double(max(1, score.truePositives))
    let identities = Double(score.identities) / Double(max(1, score.documents))
    let dates = Double(score.dates) / Double(max(1, score.documents + score.partLettered))
    print(
      "synthetic: precision \(precision), recall \(recall), relations \(relations), identities \(identities) "
        + "(\(score.partLetteredIdentities) of \(score.partLettered) with a part letter), dates \(dates)")
    for line in score.problems.prefix(60) { print("  " + line) }
    #expect(precision >= 0.98)
    #expect(recall >= 0.97)
    #expect(relations >= 0.90)
    #expect(identities >= 0.99)
    #expect(dates >= 0.99)
    #expect(score.partLettered > 0)
    #expect(score.partLetteredIdentities == score.partLettered)
    for line in score.selfCitations.prefix(10) { print("  " + line) }
    #expect(score.selfCitations.count == 0)
  }
}
