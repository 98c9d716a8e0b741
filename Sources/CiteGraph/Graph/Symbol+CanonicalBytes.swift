extension Symbol {
  private static let canonicalPrefixes: [([UInt8], Body, DocumentKind)] = [
    (Array("A/RES/".utf8), .generalAssembly, .resolution), (Array("S/RES/".utf8), .securityCouncil, .resolution),
    (Array("A/DEC/".utf8), .generalAssembly, .decision), (Array("E/RES/".utf8), .economicAndSocialCouncil, .resolution),
    (Array("E/DEC/".utf8), .economicAndSocialCouncil, .decision),
    (Array("A/HRC/RES/".utf8), .humanRightsCouncil, .resolution),
    (Array("A/HRC/DEC/".utf8), .humanRightsCouncil, .decision),
    (Array("E/CN.4/RES/".utf8), .commissionOnHumanRights, .resolution),
  ]

  /// Parses a symbol written exactly in canonical form (`A/RES/71/244`, `S/RES/1325(2000)`,
  /// `A/RES/1514(XV)`) from UTF-8 bytes, as graph files store them; `nil` for any other form, which
  /// ``init(parsing:defaultBody:)`` then reads.
  ///
  /// - Complexity: O(*n*) in the length of the range, without allocating but for the part letter.
  static func parseCanonical(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> Symbol? {
    for (prefix, body, kind) in canonicalPrefixes where range.count > prefix.count {
      guard zip(prefix, range).allSatisfy({ $0 == buffer[$1] }) else { continue }
      return parseCanonicalRemainder(range.lowerBound + prefix.count..<range.upperBound, of: buffer, body, kind)
    }
    return nil
  }

  private static func parseCanonicalRemainder(
    _ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, _ body: Body, _ kind: DocumentKind
  ) -> Symbol? {
    var cursor = range.lowerBound
    let end = range.upperBound
    func digits() -> Int? {
      var value = 0
      let start = cursor
      while cursor < end, buffer[cursor] >= 48, buffer[cursor] <= 57, cursor - start < 9 {
        value = value * 10 + Int(buffer[cursor] - 48)
        cursor += 1
      }
      return cursor > start && buffer[start] != 48 ? value : nil
    }
    func numberAndPart() -> (Int, String)? {
      guard let number = digits() else { return nil }
      var part = ""
      if cursor < end, buffer[cursor] >= 65, buffer[cursor] <= 90 {
        part = String(UnicodeScalar(buffer[cursor]))
        cursor += 1
      }
      return (number, part)
    }
    func skip(_ byte: UInt8) -> Bool {
      guard cursor < end, buffer[cursor] == byte else { return false }
      cursor += 1
      return true
    }
    var series: Series
    var numberPart: (Int, String)
    if skip(UInt8(ascii: "E")) {
      guard skip(UInt8(ascii: "S")), skip(UInt8(ascii: "-")), let session = digits(), skip(UInt8(ascii: "/")),
        let parsed = numberAndPart()
      else { return nil }
      series = .emergencySpecialSession(session)
      numberPart = parsed
    } else if skip(UInt8(ascii: "S")) {
      guard skip(UInt8(ascii: "-")), let session = digits(), skip(UInt8(ascii: "/")), let parsed = numberAndPart()
      else { return nil }
      series = .specialSession(session)
      numberPart = parsed
    } else {
      guard let first = numberAndPart() else { return nil }
      if skip(UInt8(ascii: "/")) {
        guard first.1.isEmpty, let parsed = numberAndPart() else { return nil }
        let yearNumbered = body == .economicAndSocialCouncil || body == .commissionOnHumanRights
        series = yearNumbered ? .year(first.0) : .session(first.0)
        numberPart = parsed
      } else {
        guard skip(UInt8(ascii: "(")), end - cursor >= 2, buffer[end - 1] == UInt8(ascii: ")") else { return nil }
        let inner = cursor..<(end - 1)
        numberPart = first
        if let year = ByteLines.integer(inner, of: buffer), inner.count == 4, body == .securityCouncil {
          series = .year(year)
        } else {
          let sessionKind =
            [RomanSessionKind.emergencySpecial, .special].first { kind in
              inner.count > kind.prefix.utf8.count
                && kind.prefix.utf8.elementsEqual(
                  buffer[inner.lowerBound..<(inner.lowerBound + kind.prefix.utf8.count)])
            } ?? .regular
          let numeral = String(
            decoding: UnsafeBufferPointer(
              rebasing: buffer[(inner.lowerBound + sessionKind.prefix.utf8.count)..<inner.upperBound]), as: UTF8.self)
          guard let session = RomanNumeral.parse(numeral) else { return nil }
          series = .romanSession(session, sessionKind)
        }
        cursor = end
      }
    }
    guard cursor == end else { return nil }
    return Symbol(body: body, kind: kind, series: series, number: numberPart.0, part: numberPart.1)
  }
}
