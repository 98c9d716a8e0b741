/// Line starts of a file, to turn byte offsets into 1-based line and column (Unicode scalars).
public struct LineTable: Sendable {
  /// The path reported in locations.
  public let file: String
  private let starts: [Int32]
  private let bytes: [UInt8]

  /// Indexes the line starts of `bytes`.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public init(file: String, bytes: [UInt8]) {
    self.file = file
    self.bytes = bytes
    var starts: [Int32] = [0]
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<buffer.count where buffer[index] == 0x0A {
        starts.append(Int32(index + 1))
      }
    }
    self.starts = starts
  }

  /// A table of the line starts `starts` (offsets after each line break, from 0) of `bytes`.
  init(file: String, bytes: [UInt8], starts: [Int32]) {
    self.file = file
    self.bytes = bytes
    self.starts = starts
  }

  /// The number of lines.
  public var count: Int { starts.count }

  /// The location of the byte range starting at `offset`.
  ///
  /// - Complexity: O(log *l* + *c*) for *l* lines and a column *c*.
  public func location(offset: Int, length: Int) -> SourceLocation {
    var low = 0
    var high = starts.count
    while low + 1 < high {
      let mid = (low + high) / 2
      if Int(starts[mid]) <= offset { low = mid } else { high = mid }
    }
    var column = 1
    var index = Int(starts[low])
    let end = min(offset, bytes.count)
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourceLocation(file: file, line: low + 1, column: column, offset: offset, length: length)
  }
}
