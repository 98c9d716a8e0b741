/// Line and field scanning over UTF-8 bytes, shared by the graph, edge-list and registry readers.
enum ByteLines {
  /// Calls `body` with the 1-based number and byte range of every line of `buffer`, without its
  /// line break (`\n` or `\r\n`); stops early when `body` returns `false`.
  ///
  /// - Complexity: O(*n*) in the buffer's length.
  static func forEach<E: Error>(
    in buffer: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) throws(E) -> Bool
  ) throws(E) {
    var start = 0
    var number = 0
    let count = buffer.count
    while start < count {
      var end = start
      while end < count && buffer[end] != 10 { end += 1 }
      number += 1
      var stop = end
      if stop > start && buffer[stop - 1] == 13 { stop -= 1 }
      guard try body(number, start..<stop) else { return }
      start = end + 1
    }
  }

  /// Splits `line` at every `separator` byte into `fields`, reusing its storage.
  ///
  /// - Complexity: O(*n*) in the line's length.
  static func split(
    _ line: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, by separator: UInt8, into fields: inout [Range<Int>]
  ) {
    fields.removeAll(keepingCapacity: true)
    var start = line.lowerBound
    for index in line where buffer[index] == separator {
      fields.append(start..<index)
      start = index + 1
    }
    fields.append(start..<line.upperBound)
  }

  /// The decimal number in `range`, or `nil` when it holds anything but 1 to 18 digits.
  static func integer(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !range.isEmpty, range.count <= 18 else { return nil }
    var value = 0
    for index in range {
      let digit = Int(buffer[index]) - 48
      guard digit >= 0 && digit <= 9 else { return nil }
      value = value * 10 + digit
    }
    return value
  }

  /// The ISO date (`YYYY-MM-DD`) in `range`, or `nil`.
  static func date(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
    guard range.count == 10, buffer[range.lowerBound + 4] == UInt8(ascii: "-"),
      buffer[range.lowerBound + 7] == UInt8(ascii: "-"),
      let year = integer(range.lowerBound..<range.lowerBound + 4, of: buffer),
      let month = integer(range.lowerBound + 5..<range.lowerBound + 7, of: buffer),
      let day = integer(range.lowerBound + 8..<range.upperBound, of: buffer)
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// Whether `range` holds exactly the ASCII text `word`.
  static func equals(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    guard range.count == word.utf8CodeUnitCount else { return false }
    let start = word.utf8Start
    for (offset, index) in range.enumerated() where buffer[index] != start[offset] { return false }
    return true
  }

  /// Whether two ranges of `buffer` hold the same bytes.
  static func same(_ lhs: Range<Int>, _ rhs: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lhs.count == rhs.count else { return false }
    for offset in 0..<lhs.count where buffer[lhs.lowerBound + offset] != buffer[rhs.lowerBound + offset] {
      return false
    }
    return true
  }

  /// The relations named in the comma-separated list `range` (`-` for none), or `nil` on an unknown name.
  static func relations(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> RelationSet? {
    if equals(range, of: buffer, "-") { return RelationSet() }
    var set = RelationSet()
    var start = range.lowerBound
    for index in range.lowerBound...range.upperBound where index == range.upperBound || buffer[index] == 44 {
      guard let relation = relation(start..<index, of: buffer) else { return nil }
      set.insert(relation)
      start = index + 1
    }
    return set
  }

  private static func relation(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> Relation? {
    for (name, relation) in relationNames where name.count == range.count && name.first == buffer[range.lowerBound] {
      if zip(name, range).allSatisfy({ $0 == buffer[$1] }) { return relation }
    }
    return nil
  }

  private static let relationNames: [([UInt8], Relation)] = Relation.allCases.map { (Array($0.rawValue.utf8), $0) }

  /// The text in `range`, decoded as UTF-8.
  static func string(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
  }
}
