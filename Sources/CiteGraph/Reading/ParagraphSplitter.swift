/// Splits the body into paragraphs and reads each one's governing verb.
///
/// A line opens a paragraph when it starts with an operative number (`7.`, OCR `4,`), or with a
/// capital letter after a line that ends a paragraph (`,` `;` `:` `.`, a trailing footnote marker
/// allowed) and either a blank line or page break lies between them or the line opens with a verb.
struct ParagraphSplitter {
  let text: [UInt8]
  let lines: [LineScanner.BodyLine]

  /// - Complexity: O(*n*) in the body's bytes.
  func paragraphs() -> [Paragraph] {
    guard !lines.isEmpty else { return [] }
    var starts: [Int] = []
    text.withUnsafeBufferPointer { buffer in
      for (index, line) in lines.enumerated() {
        guard index > 0 else {
          starts.append(0)
          continue
        }
        guard !line.range.isEmpty else { continue }
        let previous = lines[index - 1].range
        if operativeNumber(buffer, line.range.lowerBound, line.range.upperBound) != nil {
          if endsParagraph(buffer, previous) || line.gapBefore { starts.append(index) }
          continue
        }
        guard ByteClass.isUpper(buffer[line.range.lowerBound]), endsParagraph(buffer, previous),
          !isBareNumber(buffer, previous)
        else { continue }
        if line.gapBefore || opensWithVerb(buffer, line.range) { starts.append(index) }
      }
    }
    var paragraphs: [Paragraph] = []
    paragraphs.reserveCapacity(starts.count)
    for (k, startLine) in starts.enumerated() {
      let lower = k == 0 ? 0 : lines[startLine].range.lowerBound
      let upper = k + 1 < starts.count ? lines[starts[k + 1]].range.lowerBound : lines[lines.count - 1].range.upperBound
      paragraphs.append(paragraph(lower..<max(lower, upper)))
    }
    return paragraphs
  }

  private func paragraph(_ range: Range<Int>) -> Paragraph {
    text.withUnsafeBufferPointer { buffer in
      var cursor = range.lowerBound
      while cursor < range.upperBound, ByteClass.isSpace(buffer[cursor]) { cursor += 1 }
      var number: Int? = nil
      if let (value, after) = operativeNumber(buffer, cursor, range.upperBound) {
        number = value
        cursor = after
      }
      let (phrase, relation) = VerbTable.relation(buffer, cursor..<min(range.upperBound, cursor + 80))
      return Paragraph(
        range: range, kind: number == nil ? .preambular : .operative, number: number, verb: phrase, relation: relation)
    }
  }

  /// `12.` or `4,` followed by a space or the end: the number and the offset after it.
  func operativeNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int)? {
    guard let (value, numberEnd) = ByteClass.number(buffer, at: start, maxDigits: 3),
      numberEnd < end || numberEnd == end
    else { return nil }
    guard numberEnd < buffer.count, buffer[numberEnd] == 0x2E || buffer[numberEnd] == 0x2C else { return nil }
    let after = numberEnd + 1
    guard after >= end || ByteClass.isSpace(buffer[after]) else { return nil }
    return (value, min(after, end))
  }

  /// Whether the line is only an operative number, whose verb follows on the next line.
  private func isBareNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let (_, after) = operativeNumber(buffer, range.lowerBound, range.upperBound) else { return false }
    return (after..<range.upperBound).allSatisfy { ByteClass.isSpace(buffer[$0]) }
  }

  /// Whether the line can end a paragraph: its last mark is `,` `;` `:` or `.`, before any marker.
  private func endsParagraph(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound, ByteClass.isSpace(buffer[end - 1]) { end -= 1 }
    var digitsEnd = end
    while digitsEnd > range.lowerBound, ByteClass.isDigit(buffer[digitsEnd - 1]), end - digitsEnd < 3 { digitsEnd -= 1 }
    if digitsEnd < end, digitsEnd > range.lowerBound {
      var before = digitsEnd
      while before > range.lowerBound, ByteClass.isSpace(buffer[before - 1]) { before -= 1 }
      if before > range.lowerBound, isTerminal(buffer[before - 1]) { return true }
    }
    guard end > range.lowerBound else { return false }
    return isTerminal(buffer[end - 1])
  }

  private func isTerminal(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E
  }

  /// Whether the line opens with a verb of the table or a participle.
  private func opensWithVerb(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let window = range.lowerBound..<min(range.upperBound, range.lowerBound + 40)
    let (phrase, relation) = VerbTable.relation(buffer, window, limit: 2)
    guard relation == .cites else { return true }
    if phrase.hasPrefix("having") { return true }
    // Is the first word (adverbs included) a participle?
    var start = window.lowerBound
    while start < window.upperBound, !ByteClass.isLetter(buffer[start]) { start += 1 }
    var end = start
    while end < window.upperBound, ByteClass.isLetter(buffer[end]) { end += 1 }
    return end - start >= 3 && ByteClass.matches(buffer, at: end - 3, "ing")
  }
}
