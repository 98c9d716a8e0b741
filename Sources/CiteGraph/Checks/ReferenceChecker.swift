/// Checks resolved documents for references that cannot be right: dangling, misdated, out of time,
/// self-citations, and files that claim the same symbol.
///
/// The resolver's own findings (`CG1xx`: broken fragments, dates that cannot fit their session, …) pass
/// through unchanged. A target's adoption date comes from the registry first, then from the identity of
/// a checked text that claims it; existence from either. A target that neither knows is an error only
/// when the registry covers its range, and a note otherwise: the check never calls a reference dangling
/// on a guess.
public struct ReferenceChecker: Sendable {
  /// What is known beyond the checked texts.
  public let registry: any SymbolLookup

  public init(registry: any SymbolLookup) {
    self.registry = registry
  }

  /// The findings for `documents`, sorted by file and position.
  ///
  /// - Complexity: O(*d* + *r* log *r*) for *d* documents and *r* references and findings, with hashed
  ///   look-ups; no pairwise comparison of documents.
  public func check(_ documents: [ResolvedDocument]) -> [Finding] {
    let corpus = CorpusIndex(documents)
    var findings = corpus.duplicateFindings
    for document in documents {
      findings += document.findings
      for reference in document.references {
        findings += check(reference, in: document, corpus: corpus)
      }
    }
    return findings.sorted()
  }

  private func check(_ reference: Reference, in document: ResolvedDocument, corpus: CorpusIndex) -> [Finding] {
    let target = reference.target
    func finding(_ code: FindingCode, _ message: String, severity: Finding.Severity? = nil) -> Finding {
      Finding(
        code: code.rawValue, severity: severity ?? code.severity, location: reference.location, message: message,
        text: reference.text, target: target)
    }
    if let own = document.identity.symbol, own == target {
      return [finding(.selfCitation, "the text cites its own symbol \(target); check the number")]
    }
    guard exists(target, corpus: corpus) else {
      if registry.covers(target) {
        return [
          finding(
            .danglingReference,
            "\(target) does not exist: no checked text claims it and the registry that covers its range "
              + "does not list it; check the number, its session or year, and any part letter")
        ]
      }
      return [
        finding(
          .unverifiedReference,
          "\(target) cannot be verified: no registry covers its range; pass one that does with --registry")
      ]
    }
    var findings: [Finding] = []
    let known = registry.adoptionDate(of: target) ?? corpus.dates[target]
    if let written = reference.date, let known, !Self.datesAgree(written: written, known: known, for: target) {
      findings.append(
        finding(
          .dateMismatch,
          "\(target) was adopted on \(known.written), not on \(written.written) as written; correct the date"))
    }
    if let citing = document.identity.date, let adopted = known ?? reference.date {
      if adopted > citing {
        findings.append(
          finding(
            .outOfTime,
            "\(target) was adopted on \(adopted.written), after this text (\(citing.written)), which cannot "
              + "cite it; check the number"))
      } else if adopted == citing, !Self.isNumberedBefore(target, document.identity.symbol) {
        findings.append(
          finding(
            .sameDayCitation,
            "\(target) was adopted on the same day as this text (\(citing.written)); make sure it was "
              + "adopted first"))
      }
    } else if let own = document.identity.symbol, Self.isLaterSession(target, than: own) {
      findings.append(
        finding(
          .outOfTime,
          "\(target) belongs to a later session or year than this text (\(own)), which cannot cite it; "
            + "check the number"))
    }
    return findings
  }

  /// Whether the target or, for a part (`57/270 B`), its whole, or for a whole, its first part, is known.
  private func exists(_ target: Symbol, corpus: CorpusIndex) -> Bool {
    for candidate in [target] + Self.partVariants(of: target)
    where corpus.symbols.contains(candidate) || registry.knows(candidate) {
      return true
    }
    return false
  }

  /// The same number without its part letter, or with part `A` when it has none: citing `78/254 C`
  /// attests that `78/254` exists, and a registry that lists `78/254 A` attests `78/254`.
  static func partVariants(of symbol: Symbol) -> [Symbol] {
    let other = symbol.part.isEmpty ? "A" : ""
    guard
      let variant = Symbol(
        body: symbol.body, kind: symbol.kind, series: symbol.series, number: symbol.number, part: other)
    else { return [] }
    return [variant]
  }

  /// Whether a written date agrees with the known one. Security Council dates in registries are those
  /// of the meeting, and a meeting that ran past midnight adopted its resolution on the next day, the
  /// date the texts write (338 (1973) "of 22 October 1973", adopted at the meeting of 21 October).
  static func datesAgree(written: CalendarDate, known: CalendarDate, for target: Symbol) -> Bool {
    written == known || (target.body == .securityCouncil && known.nextDay == written)
  }

  /// Whether `target` comes before `citing` in a numbering that follows the order of adoption: the
  /// Security Council's, or one General Assembly session's. A text citing a lower number adopted the
  /// same day cites what was adopted before it, earlier in the meeting.
  static func isNumberedBefore(_ target: Symbol, _ citing: Symbol?) -> Bool {
    guard let citing, target.body == citing.body, target.kind == citing.kind else { return false }
    switch (target.body, target.series, citing.series) {
    case (.securityCouncil, .year, .year): return target.number < citing.number
    case (.generalAssembly, .session(let t), .session(let c)): return t == c && target.number < citing.number
    default: return false
    }
  }

  /// Whether `target` can only have been adopted after `citing`, by their symbols alone: a later General
  /// Assembly session, or a later Security Council number (numbered in order of adoption).
  static func isLaterSession(_ target: Symbol, than citing: Symbol) -> Bool {
    guard target.body == citing.body, target.kind == citing.kind else { return false }
    switch (target.body, target.series, citing.series) {
    case (.securityCouncil, .year, .year):
      return target.number > citing.number
    case (.generalAssembly, .session(let t), .session(let c)):
      return t > c
    case (.generalAssembly, .romanSession(let t, .regular), .romanSession(let c, .regular)):
      return t > c
    case (.generalAssembly, .session, .romanSession(_, .regular)):
      return true
    default:
      return false
    }
  }
}

/// The identities the checked texts claim, and the files that claim a symbol already claimed.
private struct CorpusIndex {
  var symbols: Set<Symbol> = []
  var dates: [Symbol: CalendarDate] = [:]
  var duplicateFindings: [Finding] = []

  init(_ documents: [ResolvedDocument]) {
    var firstFile: [Symbol: String] = [:]
    for document in documents.sorted(by: { $0.file < $1.file }) {
      guard let symbol = document.identity.symbol else { continue }
      if let first = firstFile[symbol] {
        duplicateFindings.append(
          Finding(
            code: FindingCode.duplicateDocument.rawValue, severity: FindingCode.duplicateDocument.severity,
            location: SourceLocation(file: document.file, line: 1, column: 1, offset: 0, length: 0),
            message: "\(symbol) is also claimed by \(first); remove the duplicate or correct the symbol "
              + "in its heading", text: "", target: symbol))
        continue
      }
      firstFile[symbol] = document.file
      symbols.insert(symbol)
      if let date = document.identity.date { dates[symbol] = date }
    }
  }
}
