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

  /// A first pass takes clean markers in footnote order; a second looks for the footnotes still
  /// unmarked between their neighbours' markers, where PDF text glued the marker onto digits.
  ///
  /// - Complexity: O(*p*) per footnote in the bytes *p* of its page.
  func markers() -> [FootnoteMarker] {
    var result = explicit
    let explicitNumbers = Set(explicit.map(\.number))
    var found = [Int?](repeating: nil, count: footnotes.count)
    var floor = 0
    text.withUnsafeBufferPointer { buffer in
      for (k, note) in footnotes.enumerated() where !explicitNumbers.contains(note.number) {
        let lower = max(note.pageStart, floor < note.pageEnd ? max(floor, note.pageStart) : note.pageStart)
        guard lower < note.pageEnd else { continue }
        if let position = find(note.number, in: buffer, lower..<note.pageEnd) {
          found[k] = position
          floor = position + 1
        }
      }
      for (k, note) in footnotes.enumerated() where found[k] == nil && !explicitNumbers.contains(note.number) {
        let before = found[..<k].last { $0 != nil }.flatMap { $0 }.map { $0 + 1 } ?? 0
        let after = found[(k + 1)...].first { $0 != nil }.flatMap { $0 } ?? note.pageEnd
        let lower = max(note.pageStart, before)
        let upper = min(note.pageEnd, after)
        guard lower < upper else { continue }
        found[k] = glued(note.number, in: buffer, lower..<upper)
      }
    }
    for (k, note) in footnotes.enumerated() {
      if let position = found[k] { result.append(FootnoteMarker(number: note.number, position: position)) }
    }
    return result.sorted { ($0.position, $0.number) < ($1.position, $1.number) }
  }

  /// The marker `number` written where no clean marker stands: glued onto the digits of a year
  /// (`2015–20306`) or of a symbol's number (`55/2831`, never a real number: those have at most three
  /// digits), or after a counting word but set apart by a wide gap (`resolutions 13  on`).
  private func glued(_ number: Int, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var suffix: [UInt8] = []
    var rest = number
    repeat {
      suffix.insert(UInt8(0x30 + rest % 10), at: 0)
      rest /= 10
    } while rest > 0
    var index = range.lowerBound
    while index < range.upperBound {
      index = ByteSearch.indexOfDigit(in: buffer, from: index, to: range.upperBound)
      guard index < range.upperBound else { break }
      guard index == 0 || !ByteClass.isDigit(buffer[index - 1]) else {
        index += 1
        continue
      }
      var end = index
      while end < buffer.count, ByteClass.isDigit(buffer[end]) { end += 1 }
      defer { index = end }
      guard end <= range.upperBound, !continuesNumber(buffer, end) else { continue }
      let split = end - suffix.count
      guard split >= index, ByteClass.matches(buffer, at: split, exactly: suffix) else { continue }
      if split == index {
        if index > 0, buffer[index - 1] == 0x20, index >= 2, ByteClass.isLetter(buffer[index - 2]),
          end + 1 < buffer.count, buffer[end] == 0x20, buffer[end + 1] == 0x20
        {
          return index
        }
        continue
      }
      let afterSlash = index >= 2 && buffer[index - 1] == 0x2F && ByteClass.isDigit(buffer[index - 2])
      if afterSlash, end - index >= 4 { return split }
      if !afterSlash, split - index == 4,
        let (year, _) = ByteClass.number(buffer, at: index, maxDigits: 4, limit: split),
        (1900...2099).contains(year), index == 0 || !ByteClass.isAlnum(buffer[index - 1]) && buffer[index - 1] != 0x2F
      {
        return split
      }
    }
    return nil
  }

  /// Whether the digits ending at `end` go on as a number, a symbol or a code (`2.5`, `15/4`, `3-A`).
  private func continuesNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    guard end < buffer.count else { return false }
    let next = buffer[end]
    if ByteClass.isAlnum(next) || next == 0x2F || next == 0x25 || next == 0x2D { return true }
    return (next == 0x2E || next == 0x2C) && end + 1 < buffer.count && ByteClass.isDigit(buffer[end + 1])
  }

  private func find(_ number: Int, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var best: (score: Int, position: Int)? = nil
    var index = range.lowerBound
    while index < range.upperBound {
      index = ByteSearch.indexOfDigit(in: buffer, from: index, to: range.upperBound)
      guard index < range.upperBound else { break }
      guard index == 0 || !ByteClass.isDigit(buffer[index - 1]) else {
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
      guard start >= 2, ByteClass.isDigit(buffer[start - 2]) else { return 3 }
      if previous == 0x2C { return end - start == 3 ? nil : 3 }
      // `4.5 million` is a decimal; `in 2015.6` a year, then the marker.
      var digitsStart = start - 2
      while digitsStart > 0, ByteClass.isDigit(buffer[digitsStart - 1]) { digitsStart -= 1 }
      return start - 1 - digitsStart == 4 ? 3 : nil
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
