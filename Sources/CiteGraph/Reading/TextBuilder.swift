/// Accumulates cleaned text together with its map back to the original bytes.
struct TextBuilder {
  private(set) var text: [UInt8] = []
  private(set) var map = OffsetMap()

  var count: Int { text.count }

  /// Makes room for `capacity` bytes of text, so that building never copies what it has built.
  mutating func reserveCapacity(_ capacity: Int) {
    text.reserveCapacity(capacity)
  }

  /// Appends one space standing for the line break at `origin`.
  mutating func appendSpace(origin: Int) {
    text.append(0x20)
    map.append(origin: max(0, origin), count: 1)
  }

  /// Appends the text of `other` after this one.
  mutating func append(_ other: TextBuilder) {
    for run in other.map.runs { map.append(origin: run.origin, count: run.count) }
    text.append(contentsOf: other.text)
  }

  /// Joins `line` to the text: one space, or nothing after a hyphen that ends a word.
  /// Returns where the line's content starts in the text.
  @discardableResult
  mutating func join(
    _ buffer: UnsafeBufferPointer<UInt8>, _ line: LineScanner.Line, markdown: Bool,
    markers: inout [FootnoteMarker]
  ) -> Int {
    let count = text.count
    let hyphenated =
      count >= 2 && text[count - 1] == 0x2D && ByteClass.isLetter(text[count - 2])
      && ByteClass.isAlnum(buffer[line.start])
    if !hyphenated {
      appendSpace(origin: line.start - 1)
    } else if ByteClass.isLower(buffer[line.start]) {
      // A word broken at the line end ("resolu-" / "tions"): joined without its hyphen.
      text.removeLast()
      map.removeLast()
    }
    let start = text.count
    appendLine(buffer, line.start..<line.end, markdown: markdown, markers: &markers)
    return start
  }

  /// Joins `line` to the text, dropping any markers it holds.
  mutating func join(_ buffer: UnsafeBufferPointer<UInt8>, _ line: LineScanner.Line, markdown: Bool) {
    var ignored: [FootnoteMarker] = []
    join(buffer, line, markdown: markdown, markers: &ignored)
  }

  /// Appends the bytes of `range`, dropping markdown markup and recording `<sup>N</sup>` markers.
  mutating func appendLine(
    _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, markdown: Bool, markers: inout [FootnoteMarker]
  ) {
    var index = range.lowerBound
    let end = range.upperBound
    if markdown {
      while index < end, buffer[index] == 0x23 { index += 1 }
      if index + 1 < end, buffer[index] == 0x2D || buffer[index] == 0x3E, buffer[index + 1] == 0x20 { index += 2 }
      while index < end, buffer[index] == 0x20 { index += 1 }
    }
    guard markdown else {
      copy(buffer, index..<end)
      return
    }
    var runStart = index
    while index < end {
      let byte = buffer[index]
      if byte == 0x2A {
        copy(buffer, runStart..<index)
        index += 1
        runStart = index
        continue
      }
      if byte == 0x3C, let (number, after) = supTag(buffer, index, end) {
        copy(buffer, runStart..<index)
        if let number { markers.append(FootnoteMarker(number: number, position: text.count)) }
        index = after
        runStart = index
        continue
      }
      index += 1
    }
    copy(buffer, runStart..<end)
  }

  /// Appends the bytes of `range`, dropping any markers.
  mutating func appendLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, markdown: Bool) {
    var ignored: [FootnoteMarker] = []
    appendLine(buffer, range, markdown: markdown, markers: &ignored)
  }

  private mutating func copy(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    text.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range]))
    map.append(origin: range.lowerBound, count: range.count)
  }

  /// `<sup>N</sup>` (number), `<sup>&</sup>` or a lone `</sup>` at `index`: the number and the end.
  private func supTag(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (Int?, Int)? {
    if ByteClass.matches(buffer, at: index, "<sup>&</sup>") { return (nil, index + 12) }
    if ByteClass.matches(buffer, at: index, "</sup>") { return (nil, index + 6) }
    guard ByteClass.matches(buffer, at: index, "<sup>"),
      let (number, numberEnd) = ByteClass.number(buffer, at: index + 5, maxDigits: 3),
      ByteClass.matches(buffer, at: numberEnd, "</sup>"), numberEnd + 6 <= end
    else { return nil }
    return (number, numberEnd + 6)
  }
}
