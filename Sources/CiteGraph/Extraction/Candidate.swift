/// A number written like a resolution symbol (`57/270 B`, `S-10/2`, `377 A (V)`, `1325 (2000)`),
/// before its body is known.
struct Candidate: Hashable {
  /// How the number is qualified.
  enum Shape: Hashable {
    /// `N/M`: a session (or, from 1946 on, a year) before the slash.
    case slash(Int)
    /// `S-N/M`.
    case specialSlash(Int)
    /// `ES-N/M`.
    case emergencySlash(Int)
    /// `M (XV)`, `M (S-VI)` or `M (ES-IV)`.
    case roman(Int, RomanSessionKind)
    /// `M (2000)`.
    case year(Int)
  }

  var start: Int
  var end: Int
  var shape: Shape
  var number: Int
  var part: String

  /// Parses a candidate at `start` (a digit, or the `S`/`E` of `S-`/`ES-`), or returns `nil`.
  ///
  /// - Complexity: O(*k*) in the candidate's length.
  static func parse(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Candidate? {
    var cursor = start
    var prefix = 0  // 1: S-, 2: ES-
    if ByteClass.matches(buffer, at: cursor, exactly: esDash) {
      prefix = 2
      cursor += 3
    } else if ByteClass.matches(buffer, at: cursor, exactly: sDash) {
      prefix = 1
      cursor += 2
    }
    guard cursor < limit, let (first, firstEnd) = ByteClass.number(buffer, at: cursor, maxDigits: 4, limit: limit)
    else { return nil }
    cursor = firstEnd
    if cursor + 1 < limit, buffer[cursor] == 0x2F, ByteClass.isDigit(buffer[cursor + 1]) {
      guard let (number, numberEnd) = ByteClass.number(buffer, at: cursor + 1, maxDigits: 5, limit: limit) else {
        return nil
      }
      cursor = numberEnd
      if cursor < limit {
        let next = buffer[cursor]
        if ByteClass.isLetter(next) || next == 0x2F || next == 0x2D { return nil }
        if next == 0x2E, cursor + 1 < limit, ByteClass.isAlnum(buffer[cursor + 1]) { return nil }
      }
      let (part, end) = partLetter(buffer, after: cursor, limit: limit)
      let shape: Shape =
        switch prefix {
        case 1: .specialSlash(first)
        case 2: .emergencySlash(first)
        default: .slash(first)
        }
      return Candidate(start: start, end: end, shape: shape, number: number, part: part)
    }
    guard prefix == 0 else { return nil }
    let (part, afterPart) = partLetter(buffer, after: cursor, limit: limit)
    cursor = afterPart
    var open = cursor
    while open < limit, buffer[open] == 0x20 { open += 1 }
    guard open < limit, buffer[open] == 0x28, open - cursor <= 1 else { return nil }
    var close = open + 1
    while close < limit, close - open <= 8, buffer[close] != 0x29 { close += 1 }
    guard close < limit, buffer[close] == 0x29 else { return nil }
    let inner = Array(buffer[(open + 1)..<close])
    if inner.count == 4, inner.allSatisfy(ByteClass.isDigit) {
      let year = inner.reduce(0) { $0 * 10 + Int($1 - 0x30) }
      return Candidate(start: start, end: close + 1, shape: .year(year), number: first, part: part)
    }
    let kind: RomanSessionKind =
      inner.starts(with: [0x45, 0x53, 0x2D])
      ? .emergencySpecial : inner.starts(with: [0x53, 0x2D]) ? .special : .regular
    let numeral = Array(inner.dropFirst(kind.prefix.utf8.count))
    guard let session = session(numeral, kind: kind), session > 0 else { return nil }
    return Candidate(start: start, end: close + 1, shape: .roman(session, kind), number: first, part: part)
  }

  /// The session a parenthesized numeral names: Roman (`XV`), or as early texts print it, Arabic
  /// after `S-` or `ES-` (`186 (S-2)`) or ones standing for `I`, `II`, `III` (`41 (1)`).
  private static func session(_ numeral: [UInt8], kind: RomanSessionKind) -> Int? {
    guard let first = numeral.first else { return nil }
    guard ByteClass.isDigit(first) else { return RomanNumeral.parse(String(decoding: numeral, as: UTF8.self)) }
    guard numeral.count <= 3, numeral.allSatisfy(ByteClass.isDigit) else { return nil }
    if kind != .regular { return numeral.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
    return numeral.allSatisfy { $0 == 0x31 } ? numeral.count : nil
  }

  /// An optional part letter after the number (`57/270 B`, `377 A (V)`).
  private static func partLetter(_ buffer: UnsafeBufferPointer<UInt8>, after index: Int, limit: Int) -> (String, Int) {
    var cursor = index
    if cursor < limit, buffer[cursor] == 0x20 { cursor += 1 }
    guard cursor > index, cursor < limit, ByteClass.isUpper(buffer[cursor]) else { return ("", index) }
    let after = cursor + 1
    if after < limit {
      let next = buffer[after]
      if ByteClass.isAlnum(next) || next == 0x2F || next == 0x2D || next == 0x27 { return ("", index) }
      if next == 0x2E, after + 1 < limit, ByteClass.isAlnum(buffer[after + 1]) { return ("", index) }
    }
    return (String(UnicodeScalar(buffer[cursor])), after)
  }

  private static let sDash: [UInt8] = Array("S-".utf8)
  private static let esDash: [UInt8] = Array("ES-".utf8)
}
