/// A mention location packed into 8 bytes, as every edge of a ``CitationGraph`` stores one.
///
/// From the high bits: the file index plus one (21 bits; 0 means "no location"), the line (23 bits)
/// and the column (20 bits), so packed values order like (file, line, column). Lines beyond 8,388,607
/// and columns beyond 1,048,575 are clamped; a file index beyond 2,097,150 is stored as no location.
struct PackedLocation: Hashable, Comparable, Sendable {
  let rawValue: UInt64

  static let none = PackedLocation(rawValue: 0)

  private static let lineBits: UInt64 = 23
  private static let columnBits: UInt64 = 20
  private static let fileLimit: Int64 = (1 << 21) - 1

  private init(rawValue: UInt64) { self.rawValue = rawValue }

  init(_ location: CitationGraph.MentionLocation?) {
    guard let location, location.file >= 0, Int64(location.file) + 1 <= Self.fileLimit else {
      self = .none
      return
    }
    let line = UInt64(min(max(Int64(location.line), 0), (1 << Self.lineBits) - 1))
    let column = UInt64(min(max(Int64(location.column), 0), (1 << Self.columnBits) - 1))
    rawValue = UInt64(location.file + 1) << (Self.lineBits + Self.columnBits) | line << Self.columnBits | column
  }

  /// The location, or `nil` for none.
  var location: CitationGraph.MentionLocation? {
    guard rawValue != 0 else { return nil }
    return CitationGraph.MentionLocation(
      file: Int32(rawValue >> (Self.lineBits + Self.columnBits)) - 1,
      line: Int32((rawValue >> Self.columnBits) & ((1 << Self.lineBits) - 1)),
      column: Int32(rawValue & ((1 << Self.columnBits) - 1)))
  }

  static func < (lhs: PackedLocation, rhs: PackedLocation) -> Bool { lhs.rawValue < rhs.rawValue }
}
