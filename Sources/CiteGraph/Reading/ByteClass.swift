/// ASCII classification of UTF-8 bytes, for scanners that never decode `Character`s.
enum ByteClass {
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

  /// Whether `bytes[at...]` starts with `word`, ASCII case-insensitively (`word` in lower case).
  static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index >= 0, index + count <= bytes.count else { return false }
    let pointer = word.utf8Start
    for offset in 0..<count where lower(bytes[index + offset]) != pointer[offset] {
      return false
    }
    return true
  }

  /// Whether `bytes[at...]` starts with `word` exactly.
  static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, exactly word: [UInt8]) -> Bool {
    guard index >= 0, index + word.count <= bytes.count else { return false }
    for offset in 0..<word.count where bytes[index + offset] != word[offset] {
      return false
    }
    return true
  }

  /// Parses the decimal digits at `index` (at most `maxDigits`, none from `limit` on), returning the
  /// value and the end.
  static func number(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, maxDigits: Int = 6, limit: Int = .max
  ) -> (value: Int, end: Int)? {
    var end = index
    var value = 0
    let stop = min(limit, bytes.count)
    while end < stop, isDigit(bytes[end]) {
      guard end - index < maxDigits else { return nil }
      value = value * 10 + Int(bytes[end] - 0x30)
      end += 1
    }
    return end > index ? (value, end) : nil
  }
}
