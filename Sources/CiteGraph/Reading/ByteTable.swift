/// A value for each of the 256 byte values, read without bounds checks or reference counting.
///
/// Tables are made once, as `static let`s, and live as long as the program: a look-up is one load.
struct ByteTable: @unchecked Sendable {
  // Written only by `init`, then read-only: safe to share between threads.
  private let base: UnsafeMutablePointer<UInt8>

  /// The table of `value(byte)` for every byte.
  init(_ value: (UInt8) -> UInt8) {
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for byte in 0...255 { base[byte] = value(UInt8(byte)) }
  }

  @inline(__always) subscript(_ byte: UInt8) -> UInt8 { base[Int(byte)] }
}
