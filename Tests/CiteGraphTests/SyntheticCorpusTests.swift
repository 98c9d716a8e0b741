import Testing

@testable import CiteGraph

@Suite("Synthetic corpus")
struct SyntheticCorpusTests {
  private let corpus = SyntheticCorpus(documents: 3_000, seed: 99)

  /// The text with line breaks, end-of-line hyphenation and repeated spaces undone.
  private func flattened(_ text: String) -> String {
    var out = ""
    var pendingSpace = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var piece = line.trimmingWhitespace()
      if pendingSpace && !out.isEmpty && !out.hasSuffix("-") { out += " " }
      if out.hasSuffix("-") && !(out.dropLast().last?.isUppercase ?? false) && piece.first?.isLowercase == true
        && !out.hasSuffix("-Self-")
      {
        out.removeLast()
      }
      if piece.isEmpty { piece = "" }
      out += piece
      pendingSpace = true
    }
    return out
  }

  @Test("a document depends only on the seed and its index")
  func determinism() {
    let again = SyntheticCorpus(documents: 3_000, seed: 99)
    let other = SyntheticCorpus(documents: 3_000, seed: 100)
    for index in [0, 1_234, 2_999] {
      let document = corpus.document(at: index)
      #expect(document.text == again.document(at: index).text)
      #expect(document.citations == again.document(at: index).citations)
      #expect(document.text == corpus.document(at: index).text)
      #expect(document.text != other.document(at: index).text)
    }
  }

  @Test("dates run from 20 September 1976 to 30 June 2025 and fit the General Assembly session")
  func dates() throws {
    #expect(corpus.date(at: 0).iso == "1976-09-20")
    #expect(corpus.date(at: corpus.count - 1).iso == "2025-06-30")
    for index in stride(from: 0, to: corpus.count, by: 37) {
      let date = corpus.date(at: index)
      let symbol = corpus.symbol(at: index)
      if case .session(let session) = symbol.series {
        // Session N runs from September 1945+N to September 1946+N.
        let opens = try #require(CalendarDate(year: 1945 + session, month: 9, day: 1))
        let closes = try #require(CalendarDate(year: 1946 + session, month: 9, day: 30))
        #expect(opens <= date && date <= closes)
      } else {
        #expect(symbol.body == .securityCouncil && symbol.series.year == date.year)
      }
    }
  }

  @Test("every citation points back in time, and the graph's citations all appear in the text")
  func citations() {
    var footnoted = 0
    var external = 0
    for index in stride(from: 5, to: corpus.count, by: 97) {
      let document = corpus.document(at: index)
      let flat = flattened(document.text)
      let internalTargets = Set(corpus.citedIndices(of: index).map { corpus.symbol(at: Int($0)) })
      let cited = Set(document.citations.map(\.target))
      #expect(internalTargets.isSubset(of: cited))
      for citation in document.citations {
        if let date = citation.date { #expect(date <= document.date) }
        if citation.viaFootnote { footnoted += 1 }
        if !internalTargets.contains(citation.target) { external += 1 }
        let written = citation.target.shortForm
        let number = String(citation.target.number)
        #expect(flat.contains(number), "\(document.name): \(written) not in the text")
      }
      if document.symbol.body == .generalAssembly { #expect(flat.contains(document.title)) }
    }
    #expect(footnoted > 0)
    #expect(external > 0)
  }

  @Test("texts carry PDF noise: running headers with page counters, job numbers, footnotes")
  func noise() {
    let documents = (2_500..<2_520).map { corpus.document(at: $0) }
    for document in documents {
      let header = document.symbol.body == .generalAssembly ? "A/RES/" : "S/RES/"
      #expect(document.text.hasPrefix("United Nations \n\(header)"))
      #expect(document.text.contains("Distr.: General"))
      #expect(document.text.contains("\n2/"))
      #expect(document.name.hasSuffix(".txt"))
    }
    #expect(documents.contains { $0.text.contains("__________________ \n \n1  ") })
    #expect(documents.contains { $0.text.contains("-\n") })
  }

  @Test("day numbers convert both ways")
  func dayNumbers() throws {
    #expect(try #require(CalendarDate(year: 1970, month: 1, day: 1)).dayNumber == 0)
    #expect(try #require(CalendarDate(year: 2000, month: 3, day: 1)).dayNumber == 11_017)
    for day in stride(from: -40_000, to: 60_000, by: 113) {
      #expect(CalendarDate(dayNumber: day).dayNumber == day)
    }
  }
}
