/// Reads dates as UN texts write them: "21 December 2009", with or without the year.
enum WrittenDate {
  private static let months: [[UInt8]] = CalendarDate.monthNames.map { Array($0.lowercased().utf8) }

  /// The month (1…12) whose English name starts at `index`, and the index after it.
  static func month(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (month: Int, end: Int)? {
    guard index < bytes.count, ByteClass.isUpper(bytes[index]) else { return nil }
    for (offset, name) in months.enumerated() {
      guard index + name.count <= bytes.count else { continue }
      var same = true
      for k in 0..<name.count where ByteClass.lower(bytes[index + k]) != name[k] {
        same = false
        break
      }
      if same, index + name.count == bytes.count || !ByteClass.isLetter(bytes[index + name.count]) {
        return (offset + 1, index + name.count)
      }
    }
    return nil
  }

  /// A date "D Month [YYYY]" at `index`: day, month, year (`nil` when not written) and the end.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    day: Int, month: Int, year: Int?, end: Int
  )? {
    guard let (day, dayEnd) = ByteClass.number(bytes, at: index, maxDigits: 2), (1...31).contains(day) else {
      return nil
    }
    var cursor = dayEnd
    guard cursor < bytes.count, ByteClass.isSpace(bytes[cursor]) else { return nil }
    while cursor < bytes.count, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
    guard let (month, monthEnd) = month(bytes, at: cursor) else { return nil }
    var yearCursor = monthEnd
    while yearCursor < bytes.count, ByteClass.isSpace(bytes[yearCursor]) { yearCursor += 1 }
    if yearCursor > monthEnd, let (year, yearEnd) = ByteClass.number(bytes, at: yearCursor, maxDigits: 4),
      yearEnd - yearCursor == 4, yearEnd == bytes.count || !ByteClass.isAlnum(bytes[yearEnd])
    {
      return (day, month, year, yearEnd)
    }
    return (day, month, nil, monthEnd)
  }
}
