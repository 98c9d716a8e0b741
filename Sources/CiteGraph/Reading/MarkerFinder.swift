/// Finds the body marker of every footnote: `<sup>N</sup>` where markdown gives one, otherwise the
/// digits `N` on the footnote's page, glued to a word or mark (`Development8`, `2024,1`,
/// `51/4,18`) or standing after one (`Peoples, 3`), in footnote order.
struct MarkerFinder {
  let text: [UInt8]
  let footnotes: [Footnote]
  let explicit: [FootnoteMarker]

  /// Words after which a number is part of the sentence, never a marker.
  static let countingWords: Set<String> = [
    "on", "of", "to", "from", "and", "or", "by", "in", "at", "the", "for", "than", "about", "over", "under", "with",
    "paragraph", "paragraphs", "para", "article", "articles", "chapter", "annex", "rule", "rules", "goal", "goals",
    "target", "targets", "principle", "principles", "resolution", "resolutions", "decision", "decisions", "section",
    "item", "items", "page", "no", "vol", "part", "phase", "level", "step", "session", "meeting", "protocol", "table",
    "between", "until", "since", "before", "after", "during", "some", "least", "nearly", "almost", "only", "all",
    "year", "years", "week", "day", "around", "up", "per", "cent", "recommendation", "recommendations", "option",
    "figure", "volume", "sect", "chap", "cluster", "pillar", "group", "class", "category", "level", "tier", "stage",
  ]

  /// - Complexity: O(*p*) per footnote in the bytes *p* of its page.
  func markers() -> [FootnoteMarker] {
    var result = explicit
    let explicitNumbers = Set(explicit.map(\.number))
    var floor = 0
    text.withUnsafeBufferPointer { buffer in
      for note in footnotes where !explicitNumbers.contains(note.number) {
        let lower = max(note.pageStart, floor < note.pageEnd ? max(floor, note.pageStart) : note.pageStart)
        guard lower < note.pageEnd else { continue }
        if let position = find(note.number, in: buffer, lower..<note.pageEnd) {
          result.append(FootnoteMarker(number: note.number, position: position))
          floor = position + 1
        }
      }
    }
    return result.sorted { ($0.position, $0.number) < ($1.position, $1.number) }
  }

  private func find(_ number: Int, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var best: (score: Int, position: Int)? = nil
    var index = range.lowerBound
    while index < range.upperBound {
      guard ByteClass.isDigit(buffer[index]), index == 0 || !ByteClass.isDigit(buffer[index - 1]) else {
        index += 1
        continue
      }
      guard let (value, end) = ByteClass.number(buffer, at: index, maxDigits: 3) else {
        while index < range.upperBound, ByteClass.isDigit(buffer[index]) { index += 1 }
        continue
      }
      if value == number, let score = score(buffer, index, end), score > (best?.score ?? 0) {
        best = (score, index)
        if score == 3 { break }
      }
      index = end
    }
    return best?.position
  }

  /// 3: glued to a word or mark; 2: after a mark and spaces; 1: after a word and spaces; nil: no marker.
  private func score(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    guard start > 0 else { return nil }
    if end < buffer.count {
      let next = buffer[end]
      if ByteClass.isAlnum(next) || next == 0x2F || next == 0x25 || next == 0x2D { return nil }
      if next == 0x2E || next == 0x2C, end + 1 < buffer.count, ByteClass.isDigit(buffer[end + 1]) { return nil }
      var probe = end
      while probe < buffer.count, buffer[probe] == 0x20 { probe += 1 }
      if probe > end, WrittenDate.month(buffer, at: probe) != nil { return nil }
      if probe > end, probe < buffer.count, buffer[probe] == 0x28 { return nil }
      if next == 0x2E, end + 2 < buffer.count, buffer[end + 1] == 0x20, ByteClass.isUpper(buffer[end + 2]) {
        return nil
      }
    }
    let previous = buffer[start - 1]
    if ByteClass.isLetter(previous) {
      var wordStart = start - 1
      while wordStart > 0, ByteClass.isLetter(buffer[wordStart - 1]) { wordStart -= 1 }
      return start - wordStart >= 3 && ByteClass.isLower(previous) ? 3 : nil
    }
    switch previous {
    case 0x29, 0x22, 0x5D, 0x3B, 0x3A: return 3
    case 0x2C, 0x2E:
      return start >= 2 && ByteClass.isDigit(buffer[start - 2]) && end - start == 3 ? nil : 3
    case 0x20:
      var cursor = start - 1
      while cursor > 0, buffer[cursor] == 0x20 { cursor -= 1 }
      let mark = buffer[cursor]
      if mark == 0x2C || mark == 0x2E || mark == 0x3B || mark == 0x3A || mark == 0x29 || mark == 0x22 { return 2 }
      if mark >= 0x80 { return 2 }
      guard ByteClass.isLetter(mark) else { return nil }
      var wordStart = cursor
      while wordStart > 0, ByteClass.isLetter(buffer[wordStart - 1]) { wordStart -= 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: buffer[wordStart...cursor]), as: UTF8.self).lowercased()
      return Self.countingWords.contains(word) ? nil : 1
    default:
      return previous >= 0x80 ? 3 : nil
    }
  }
}
