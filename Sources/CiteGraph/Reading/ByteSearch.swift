/// Finds bytes eight at a time (SWAR: a 64-bit word holds eight bytes, and bit tricks test them all at
/// once), for scanners that look for rare bytes such as line breaks or digits in long runs of text.
///
/// Follows the zero-byte and byte-in-range tests of Sean Eron Anderson's "Bit Twiddling Hacks"
/// (`haszero`, `hasbetween`), whose lowest set bit marks the first matching byte exactly.
enum ByteSearch {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The first index in `start..<end` holding `byte`, or `end`.
  ///
  /// - Complexity: O(*n*/8) word loads for *n* bytes passed.
  static func index(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var index = start
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      let pattern = ones &* UInt64(byte)
      while index + 8 <= end {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ pattern
        let found = (word &- ones) & ~word & highs
        if found != 0 { return index + found.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < end, buffer[index] != byte { index += 1 }
    return index
  }

  /// The first index in `start..<end` holding an ASCII digit, or `end`.
  ///
  /// - Complexity: O(*n*/8) word loads for *n* bytes passed.
  static func indexOfDigit(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var index = start
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      // hasbetween(x, 0x2F, 0x3A): bytes strictly between `/` and `:`, never a byte of 0x80 or more.
      let low = ones &* 0x7F
      let above = ones &* (127 + 0x3A)
      let below = ones &* (127 - 0x2F)
      while index + 8 <= end {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let masked = word & low
        let found = (above &- masked) & ~word & (masked &+ below) & highs
        if found != 0 { return index + found.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < end, !ByteClass.isDigit(buffer[index]) { index += 1 }
    return index
  }
}
