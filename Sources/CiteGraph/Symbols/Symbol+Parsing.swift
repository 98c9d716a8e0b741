extension Symbol {
  /// Parses a symbol in any form a person writes it: `71/244`, `A/RES/71/244`, `57/270 B`,
  /// `1514 (XV)`, `1474 (ES-IV)`, `1325 (2000)`, `S/RES/1325(2000)`, `ES-10/14`, `E/RES/2016/11`,
  /// `A/HRC/RES/31/1`, `decision 70/547`.
  ///
  /// A bare `N/M` is a General Assembly symbol unless `N` is a year (then ECOSOC), and a bare
  /// `N (YYYY)` is a Security Council resolution; `defaultBody` overrides the first rule.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public init?(parsing text: String, defaultBody: Body? = nil) {
    var compact = String(text.uppercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    var kind = DocumentKind.resolution
    var body: Body? = nil
    for (word, wordKind) in [("DECISION", DocumentKind.decision), ("RESOLUTION", .resolution)]
    where compact.hasPrefix(word) {
      compact.removeFirst(word.count)
      kind = wordKind
    }
    let prefixes: [(String, Body, DocumentKind)] = [
      ("A/HRC/RES/", .humanRightsCouncil, .resolution), ("A/HRC/DEC/", .humanRightsCouncil, .decision),
      ("E/CN.4/RES/", .commissionOnHumanRights, .resolution), ("A/RES/", .generalAssembly, .resolution),
      ("A/DEC/", .generalAssembly, .decision), ("S/RES/", .securityCouncil, .resolution),
      ("E/RES/", .economicAndSocialCouncil, .resolution), ("E/DEC/", .economicAndSocialCouncil, .decision),
    ]
    for (prefix, prefixBody, prefixKind) in prefixes where compact.hasPrefix(prefix) {
      compact.removeFirst(prefix.count)
      body = prefixBody
      kind = prefixKind
      break
    }
    guard let parsed = Self.parseRemainder(compact, body: body ?? defaultBody, kind: kind) else { return nil }
    self = parsed
  }

  private static func parseRemainder(_ text: String, body: Body?, kind: DocumentKind) -> Symbol? {
    if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
      let head = text[..<open]
      let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
      guard let (number, part) = numberAndPart(head) else { return nil }
      if let year = Int(inner), inner.count == 4 {
        return Symbol(body: body ?? .securityCouncil, kind: kind, series: .year(year), number: number, part: part)
      }
      let sessionKind: RomanSessionKind =
        inner.hasPrefix("ES-") ? .emergencySpecial : inner.hasPrefix("S-") ? .special : .regular
      guard let session = RomanNumeral.parse(inner.dropFirst(sessionKind.prefix.count)) else { return nil }
      return Symbol(
        body: body ?? .generalAssembly, kind: kind, series: .romanSession(session, sessionKind),
        number: number, part: part)
    }
    let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
    guard pieces.count == 2, let (number, part) = numberAndPart(pieces[1]) else { return nil }
    let qualifier = pieces[0]
    let series: Series
    if qualifier.hasPrefix("ES-"), let n = Int(qualifier.dropFirst(3)) {
      series = .emergencySpecialSession(n)
    } else if qualifier.hasPrefix("S-"), let n = Int(qualifier.dropFirst(2)) {
      series = .specialSession(n)
    } else if let n = Int(qualifier), qualifier.allSatisfy(\.isASCII) {
      let resolvedBody = body ?? (n >= 1946 ? .economicAndSocialCouncil : .generalAssembly)
      let yearNumbered = resolvedBody == .economicAndSocialCouncil || resolvedBody == .commissionOnHumanRights
      series = yearNumbered ? .year(n) : .session(n)
      return Symbol(body: resolvedBody, kind: kind, series: series, number: number, part: part)
    } else {
      return nil
    }
    return Symbol(body: body ?? .generalAssembly, kind: kind, series: series, number: number, part: part)
  }

  private static func numberAndPart(_ text: Substring) -> (Int, String)? {
    var digits = text
    var part = ""
    if let last = digits.last, last.isLetter, last.isASCII {
      part = String(last)
      digits = digits.dropLast()
    }
    guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(digits)
    else { return nil }
    return (number, part)
  }
}
