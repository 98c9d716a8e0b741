/// Makes cairo's PDF output reproducible: cairo 1.16 stamps `/CreationDate (D:YYYYMMDDHHmmSS…)` with
/// the current time and ignores `SOURCE_DATE_EPOCH`.
///
/// The stamp's digits are overwritten in place with 1970-01-01 00:00:00 (the reproducible-builds
/// convention for `SOURCE_DATE_EPOCH=0`), so the byte length, and with it every cross-reference
/// offset, stays the same.
enum ReproduciblePDF {
  static let epoch = Array("19700101000000".utf8)

  /// `pdf` with its creation and modification dates fixed.
  ///
  /// - Complexity: O(*n*) in the document's size.
  static func fixingDates(_ pdf: [UInt8]) -> [UInt8] {
    var bytes = pdf
    for key in ["/CreationDate (D:", "/ModDate (D:"] {
      let pattern = Array(key.utf8)
      var start = 0
      while let found = firstIndex(of: pattern, in: bytes, from: start) {
        var index = found + pattern.count
        var digit = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ")") {
          if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            bytes[index] = digit < epoch.count ? epoch[digit] : UInt8(ascii: "0")
            digit += 1
          }
          index += 1
        }
        start = index
      }
    }
    return bytes
  }

  private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var index = start
    while index <= bytes.count - pattern.count {
      if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
      index += 1
    }
    return nil
  }
}
