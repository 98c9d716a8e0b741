/// Reads a document's own identity from its front matter: symbol, body, adoption date and title,
/// and where the body (after "The General Assembly,") begins.
struct IdentityReader {
  /// What the front matter says.
  struct FrontMatter {
    var identity = DocumentIdentity()
    var symbolOffset: Range<Int>?
    var bodyStart = 0
    var title: [UInt8] = []
  }

  let scanner: LineScanner

  /// Openings of the preamble: the body starts on the next line.
  static let openings: [StaticString] = [
    "the general assembly", "the security council", "the economic and social council", "the human rights council",
    "the commission on human rights",
  ]

  /// Symbol prefixes a header writes before the number.
  static let prefixes: [StaticString] = [
    "a/hrc/res/", "a/hrc/dec/", "e/cn.4/res/", "a/res/", "a/dec/", "s/res/", "e/res/", "e/dec/",
  ]

  func read() -> FrontMatter {
    var front = FrontMatter()
    let lines = scanner.lines
    let limit = min(lines.count, 80)
    var opening: Int? = nil
    for index in 0..<limit {
      let plain = scanner.plain(index, limit: 200)
      guard plain.count <= 60 else { continue }
      let matched = plain.withUnsafeBufferPointer { buffer in
        Self.openings.contains { ByteClass.matches(buffer, at: 0, $0) }
      }
      if matched {
        opening = index
        break
      }
    }
    let frontEnd = opening ?? min(lines.count, 60)
    var dateLine: Int? = nil
    if let (symbol, range) = prefixedSymbol(before: frontEnd) {
      front.identity.symbol = symbol
      front.symbolOffset = range
    } else if let (symbol, range, line) = councilHeading(before: opening.map { min($0, 40) } ?? min(lines.count, 12)) {
      front.identity.symbol = symbol
      front.symbolOffset = range
      dateLine = line
    }
    if let line = dateLine {
      front.identity.date =
        firstDate(in: scanner.plain(line, limit: 200), fallbackYear: front.identity.symbol?.series.year)
    } else {
      front.identity.date = adoptionDate(before: frontEnd)
    }
    front.identity.body = front.identity.symbol?.body
    var titleEnd: Int? = nil
    if let symbol = front.identity.symbol {
      (front.title, titleEnd) = title(of: symbol, before: frontEnd)
      front.identity.title = front.title.isEmpty ? nil : String(decoding: front.title, as: UTF8.self)
    }
    if let opening {
      front.bodyStart = opening + 1
    } else if let dateLine {
      front.bodyStart = dateLine + 1
    } else if let titleEnd {
      front.bodyStart = titleEnd
    }
    return front
  }

  /// The first `A/RES/…`-style symbol in the front matter and its byte range, with the part letter
  /// or parenthesis a header may set apart by a space (`A/RES/33/44 A`, `S/RES/307 (1977)`).
  private func prefixedSymbol(before end: Int) -> (Symbol, Range<Int>)? {
    scanner.bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<end {
        let line = scanner.lines[index]
        var cursor = line.start
        while cursor < line.end {
          if cursor == line.start || !ByteClass.isAlnum(buffer[cursor - 1]),
            Self.prefixes.contains(where: { ByteClass.matches(buffer, at: cursor, $0) })
          {
            var tokenEnd = cursor
            while tokenEnd < line.end, buffer[tokenEnd] > 0x20, buffer[tokenEnd] != 0x2A { tokenEnd += 1 }
            if let found = symbol(buffer, cursor, tokenEnd, line.end) { return found }
          }
          cursor += 1
        }
      }
      return nil
    }
  }

  /// The symbol written from `start`, whose first token ends at `tokenEnd`: with a `(…)` or a lone
  /// part letter after one space when those complete it, else the token alone.
  ///
  /// Canonical bytes are parsed in place; only other spellings (lower case, leading zeros) go
  /// through ``Symbol/init(parsing:defaultBody:)``.
  private func symbol(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ tokenEnd: Int, _ lineEnd: Int) -> (
    Symbol, Range<Int>
  )? {
    var extendedEnd: Int? = nil
    if tokenEnd + 1 < lineEnd, buffer[tokenEnd] == 0x20 {
      let next = tokenEnd + 1
      if buffer[next] == 0x28, let close = (next..<min(lineEnd, next + 12)).first(where: { buffer[$0] == 0x29 }) {
        extendedEnd = close + 1
      } else if ByteClass.isUpper(buffer[next]), next + 1 == lineEnd || ByteClass.isSpace(buffer[next + 1]),
        ByteClass.isDigit(buffer[tokenEnd - 1])
      {
        extendedEnd = next + 1
      }
    }
    if let extendedEnd {
      // The two pieces joined without the space parse as one canonical symbol.
      var joined = Array(buffer[start..<tokenEnd])
      joined.append(contentsOf: buffer[(tokenEnd + 1)..<extendedEnd])
      let parsed = joined.withUnsafeBufferPointer { Symbol.parseCanonical(0..<$0.count, of: $0) }
      if let symbol = parsed ?? Symbol(parsing: String(decoding: joined, as: UTF8.self)) {
        return (symbol, start..<extendedEnd)
      }
    }
    if let symbol = Symbol.parseCanonical(start..<tokenEnd, of: buffer)
      ?? Symbol(parsing: String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<tokenEnd]), as: UTF8.self))
    {
      return (symbol, start..<tokenEnd)
    }
    return nil
  }

  /// A Security Council heading: `Resolution 261 (1968)` or `2 (1946). Resolution of 30 January 1946`,
  /// in the lines before `end` (the preamble's opening, or the first lines when there is none).
  private func councilHeading(before end: Int) -> (Symbol, Range<Int>, Int)? {
    scanner.bytes.withUnsafeBufferPointer { buffer -> (Symbol, Range<Int>, Int)? in
      for index in 0..<min(scanner.lines.count, end) {
        let line = scanner.lines[index]
        var cursor = line.start
        var numberStart = cursor
        if ByteClass.matches(buffer, at: cursor, "resolution ") {
          cursor += 11
          while cursor < line.end, ByteClass.isSpace(buffer[cursor]) { cursor += 1 }
          numberStart = cursor
        } else if !lineMentionsResolution(buffer, line) {
          continue
        }
        guard let (number, numberEnd) = ByteClass.number(buffer, at: cursor, maxDigits: 4) else { continue }
        cursor = numberEnd
        while cursor < line.end, ByteClass.isSpace(buffer[cursor]) { cursor += 1 }
        var year: Int? = nil
        var end = numberEnd
        if cursor < line.end, buffer[cursor] == 0x28 {
          var digits = 0
          var value = 0
          var close = cursor + 1
          while close < line.end, buffer[close] != 0x29, close - cursor < 10 {
            if ByteClass.isDigit(buffer[close]) {
              value = value * 10 + Int(buffer[close] - 0x30)
              digits += 1
            }
            close += 1
          }
          if digits == 4 { year = value }
          end = min(close + 1, line.end)
        }
        let heading = (number: number, year: year, range: numberStart..<end, line: index)
        let dateLine = dateLineIndex(from: index)
        // A full written date outweighs an OCR-garbled year in the heading ("434 (1973) of 18 September 1978").
        let resolvedYear = dateLine.flatMap { dateYear(onLine: $0) } ?? heading.year
        guard let resolvedYear,
          let symbol = Symbol(body: .securityCouncil, series: .year(resolvedYear), number: heading.number)
        else { continue }
        return (symbol, heading.range, dateLine ?? index)
      }
      return nil
    }
  }

  private func lineMentionsResolution(_ buffer: UnsafeBufferPointer<UInt8>, _ line: LineScanner.Line) -> Bool {
    guard ByteClass.isDigit(buffer[line.start]) else { return false }
    var cursor = line.start
    while cursor < min(line.end, line.start + 40) {
      if ByteClass.matches(buffer, at: cursor, "resolution") { return true }
      cursor += 1
    }
    return false
  }

  /// The first line from `index` (within two lines) that holds a date, its year possibly garbled.
  private func dateLineIndex(from index: Int) -> Int? {
    (index..<min(scanner.lines.count, index + 3)).first {
      firstDate(in: scanner.plain($0, limit: 200), fallbackYear: 1) != nil
    }
  }

  private func dateYear(onLine index: Int) -> Int? {
    firstDate(in: scanner.plain(index, limit: 200))?.year
  }

  /// The first date in `bytes`; one whose year is garbled (`14 October £964`) takes `fallbackYear`.
  private func firstDate(in bytes: [UInt8], fallbackYear: Int? = nil) -> CalendarDate? {
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<buffer.count where ByteClass.isDigit(buffer[index]) && (index == 0 || buffer[index - 1] == 0x20)
      {
        if let date = WrittenDate.parse(buffer, at: index), let year = date.year ?? fallbackYear,
          let calendar = CalendarDate(year: year, month: date.month, day: date.day)
        {
          return calendar
        }
      }
      return nil
    }
  }

  /// "adopted by the General Assembly on 21 December 2016" or "Adopted by the Security Council at its
  /// 3014th meeting, on 31 July 1991" in the first `end` lines.
  private func adoptionDate(before end: Int) -> CalendarDate? {
    var joined: [UInt8] = []
    for index in 0..<end {
      if !joined.isEmpty { joined.append(0x20) }
      joined.append(contentsOf: scanner.plain(index, limit: 400))
      if joined.count > 8192 { break }
    }
    return joined.withUnsafeBufferPointer { buffer in
      var cursor = 0
      while cursor < buffer.count {
        if ByteClass.matches(buffer, at: cursor, "adopted by the ") {
          var probe = cursor + 15
          while probe < min(buffer.count, cursor + 120) {
            if ByteClass.matches(buffer, at: probe, " on "), let date = WrittenDate.parse(buffer, at: probe + 4),
              let year = date.year, let calendar = CalendarDate(year: year, month: date.month, day: date.day)
            {
              return calendar
            }
            probe += 1
          }
        }
        cursor += 1
      }
      return nil
    }
  }

  /// The title after `71/244.` (`33/44 A.`, `1514 (XV).`) and the line after it.
  private func title(of symbol: Symbol, before end: Int) -> ([UInt8], Int?) {
    let head = Array(symbol.shortForm.utf8)
    for index in 0..<min(end, scanner.lines.count) {
      let plain = scanner.plain(index, limit: 400)
      let headEnd = plain.withUnsafeBufferPointer { buffer in
        WrittenSymbol.end(of: head, in: buffer, from: 0, limit: buffer.count)
      }
      guard let headEnd, headEnd < plain.count, plain[headEnd] == 0x2E else { continue }
      var title = Array(plain[(headEnd + 1)...])
      var next = index + 1
      while next < end, next < index + 4, !scanner.lines[next].isBlank {
        title.append(0x20)
        title.append(contentsOf: scanner.plain(next, limit: 400))
        next += 1
      }
      return (Self.collapse(title), next)
    }
    return ([], nil)
  }

  /// `bytes` with runs of white space collapsed to one space and no surrounding spaces.
  static func collapse(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for byte in bytes {
      if ByteClass.isSpace(byte) {
        if let last = out.last, last != 0x20 { out.append(0x20) }
      } else {
        out.append(byte)
      }
    }
    while let last = out.last, last == 0x20 { out.removeLast() }
    return out
  }
}
