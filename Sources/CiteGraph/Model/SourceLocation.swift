/// A place in a file: 1-based line and column (in Unicode scalars) and the UTF-8 byte range.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The path as the user gave it.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in Unicode scalars.
  public var column: Int
  /// Byte offset of the first byte from the start of the file.
  public var offset: Int
  /// Length in bytes.
  public var length: Int

  public init(file: String, line: Int, column: Int, offset: Int, length: Int) {
    self.file = file
    self.line = line
    self.column = column
    self.offset = offset
    self.length = length
  }

  /// `file:line:column`, as compilers print it.
  public var description: String { "\(file):\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.offset, lhs.length) < (rhs.file, rhs.offset, rhs.length)
  }
}
