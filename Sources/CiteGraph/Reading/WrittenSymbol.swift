/// Finds a symbol, given in canonical form, where a text writes it with the spaces printers put
/// before a part letter or a parenthesis: `A/RES/33/44 A` for `A/RES/33/44A`, `S/RES/307 (1977)`
/// and `307 (1977).` for `S/RES/307(1977)`.
///
/// Spaces are allowed only there, so `A/RES/33/4 4` is never `A/RES/33/44`.
enum WrittenSymbol {
  /// Whether the text may hold spaces before the canonical byte at `index`: a `(`, or a part
  /// letter after a digit.
  @inline(__always) private static func spaceAllowed(before index: Int, in symbol: [UInt8]) -> Bool {
    let byte = symbol[index]
    return byte == 0x28 || (index > 0 && ByteClass.isUpper(byte) && ByteClass.isDigit(symbol[index - 1]))
  }

  /// Where `symbol` ends when written in `text` from `start` (before `limit`), or `nil`.
  ///
  /// - Complexity: O(*s*) in the symbol's bytes, plus the spaces skipped.
  static func end(of symbol: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
    var cursor = start
    for index in symbol.indices {
      if index > 0, spaceAllowed(before: index, in: symbol) {
        while cursor < limit, text[cursor] == 0x20 { cursor += 1 }
      }
      guard cursor < limit, text[cursor] == symbol[index] else { return nil }
      cursor += 1
    }
    return cursor
  }

  /// Where `symbol` starts when written in `text` so that it ends right at `end` (not before
  /// `lower`), or `nil`.
  ///
  /// - Complexity: O(*s*) in the symbol's bytes, plus the spaces skipped.
  static func start(of symbol: [UInt8], in text: UnsafeBufferPointer<UInt8>, endingAt end: Int, lower: Int) -> Int? {
    var cursor = end
    for index in symbol.indices.reversed() {
      guard cursor > lower, text[cursor - 1] == symbol[index] else { return nil }
      cursor -= 1
      if index > 0, spaceAllowed(before: index, in: symbol) {
        while cursor > lower, text[cursor - 1] == 0x20 { cursor -= 1 }
      }
    }
    return cursor
  }

}
