/// The single pass of ``DocumentReader``: splits lines, finds the identity and the body, drops page
/// headers and footers, separates footnotes, and joins body lines into the cleaned text.
struct LineScanner {
  /// A line of the original: its trimmed content `start..<end`, and the offset of its line break.
  struct Line {
    var start: Int
    var end: Int
    var breakOffset: Int
    var isBlank: Bool { start == end }
  }

  /// A body line once copied into the cleaned text.
  struct BodyLine {
    var range: Range<Int>
    var gapBefore: Bool
  }

  let bytes: [UInt8]
  let file: String
  let markdown: Bool
  var lines: [Line] = []

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    markdown = file.hasSuffix(".md") || bytes.count < 1 << 20 && bytes.starts(with: Array("**".utf8))
    lines = Self.split(bytes)
  }

  /// Splits `bytes` into lines with trimmed content ranges.
  ///
  /// - Complexity: O(*n*).
  static func split(_ bytes: [UInt8]) -> [Line] {
    var lines: [Line] = []
    // Lines of UN texts average some 60 bytes.
    lines.reserveCapacity(bytes.count / 48 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      while start <= buffer.count {
        let index = ByteSearch.index(of: 0x0A, in: buffer, from: start, to: buffer.count)
        var low = start
        var high = index
        while low < high, isTrimmable(buffer, low) { low += 1 }
        while high > low, isTrimmable(buffer, high - 1) { high -= 1 }
        if low < high, buffer[high - 1] == 0xA0, high - 1 > low, buffer[high - 2] == 0xC2 { high -= 2 }
        lines.append(Line(start: low, end: high, breakOffset: index))
        start = index + 1
      }
    }
    if let last = lines.last, last.isBlank, last.start == bytes.count { lines.removeLast() }
    return lines
  }

  private static func isTrimmable(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = buffer[index]
    return byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  /// Builds the document.
  mutating func document() -> Document {
    let front = IdentityReader(scanner: self).read()
    let headers = HeaderDetector(scanner: self, identity: front).headerLines()
    var builder = TextBuilder()
    // The cleaned text is never longer than the original (footnotes are appended to it at the end).
    builder.reserveCapacity(bytes.count)
    var footnoteBuilder = TextBuilder()
    var bodyLines: [BodyLine] = []
    var footnotes: [Footnote] = []
    var explicitMarkers: [FootnoteMarker] = []
    var inFootnotes = false
    var afterAdoption = false
    var afterText = false
    // Whether the line before (page furniture aside) was blank.
    var previousBlank = false
    var gap = false
    var pageStart = 0
    var blockEnd = 0
    var open: (number: Int, start: Int)? = nil
    var lastFootnote = 0

    func close(_ open: inout (number: Int, start: Int)?, _ footnotes: inout [Footnote], _ end: Int) {
      guard let current = open else { return }
      footnotes.append(
        Footnote(number: current.number, range: current.start..<end, pageStart: pageStart, pageEnd: blockEnd))
      open = nil
    }

    bytes.withUnsafeBufferPointer { buffer in
      for lineIndex in front.bodyStart..<lines.count {
        let line = lines[lineIndex]
        if headers[lineIndex] {
          if inFootnotes || open != nil {
            close(&open, &footnotes, footnoteBuilder.count)
            inFootnotes = false
          }
          pageStart = builder.count
          gap = true
          continue
        }
        let blankBefore = previousBlank
        previousBlank = line.isBlank
        if line.isBlank {
          gap = true
          continue
        }
        if isSeparator(buffer, line) {
          close(&open, &footnotes, footnoteBuilder.count)
          inFootnotes = true
          blockEnd = builder.count
          continue
        }
        if markdown, let (number, textStart) = markdownFootnote(buffer, line) {
          close(&open, &footnotes, footnoteBuilder.count)
          blockEnd = builder.count
          if footnoteBuilder.count > 0 { footnoteBuilder.appendSpace(origin: line.start) }
          let start = footnoteBuilder.count
          footnoteBuilder.appendLine(buffer, textStart..<line.end, markdown: true)
          footnotes.append(
            Footnote(number: number, range: start..<footnoteBuilder.count, pageStart: pageStart, pageEnd: blockEnd))
          lastFootnote = number
          continue
        }
        if afterAdoption, !inFootnotes, footnoteNumber(buffer, line, after: lastFootnote) != nil {
          inFootnotes = true
          blockEnd = builder.count
        }
        // The Security Council's volumes go on after "Adopted at the … meeting" and its footnotes with
        // the editors' account of later decisions and the next resolution's heading: not this text.
        if afterAdoption, blankBefore, inFootnotes, footnoteNumber(buffer, line, after: lastFootnote) == nil {
          close(&open, &footnotes, footnoteBuilder.count)
          inFootnotes = false
        }
        if afterAdoption, gap, !inFootnotes { afterText = true }
        if afterText, !inFootnotes { continue }
        if inFootnotes {
          if let (number, textStart) = footnoteNumber(buffer, line, after: lastFootnote) {
            close(&open, &footnotes, footnoteBuilder.count)
            if footnoteBuilder.count > 0 { footnoteBuilder.appendSpace(origin: line.start) }
            open = (number, footnoteBuilder.count)
            lastFootnote = number
            footnoteBuilder.appendLine(buffer, textStart..<line.end, markdown: markdown)
          } else if open != nil {
            footnoteBuilder.join(buffer, line, markdown: markdown)
          }
          continue
        }
        var contentStart = 0
        if builder.count > 0 {
          contentStart = builder.join(buffer, line, markdown: markdown, markers: &explicitMarkers)
        } else {
          builder.appendLine(buffer, line.start..<line.end, markdown: markdown, markers: &explicitMarkers)
        }
        bodyLines.append(BodyLine(range: contentStart..<builder.count, gapBefore: gap))
        gap = false
        // "Adopted unanimously at the 937th meeting" closes a Security Council text; a body line
        // that wraps before "adopted at the high-level forum" does not.
        if buffer[line.start] == 0x41,
          ByteClass.matches(buffer, at: line.start, "adopted ") || ByteClass.matches(buffer, at: line.start, "adopted,")
        {
          afterAdoption = true
        }
      }
    }
    close(&open, &footnotes, footnoteBuilder.count)

    let bodyCount = builder.count
    builder.append(footnoteBuilder)
    let text = builder.text
    let shifted = footnotes.map { note in
      Footnote(
        number: note.number, range: (note.range.lowerBound + bodyCount)..<(note.range.upperBound + bodyCount),
        pageStart: note.pageStart, pageEnd: note.pageEnd)
    }
    let paragraphs = ParagraphSplitter(text: text, lines: bodyLines).paragraphs()
    let markers = MarkerFinder(text: text, footnotes: shifted, explicit: explicitMarkers).markers()
    let table = LineTable(file: file, bytes: bytes, starts: lineStarts())
    return Document(
      file: file, text: text, map: builder.map, bodyRange: 0..<bodyCount, paragraphs: paragraphs,
      footnotes: shifted, markers: markers, identity: front.identity,
      identityLocation: front.symbolOffset.map { table.location(offset: $0.lowerBound, length: $0.count) },
      lines: table)
  }

  /// The offset where every line of the file starts.
  private func lineStarts() -> [Int32] {
    var starts: [Int32] = [0]
    starts.reserveCapacity(lines.count + 1)
    for line in lines where line.breakOffset < bytes.count { starts.append(Int32(line.breakOffset + 1)) }
    return starts
  }

  /// A line of underscores that opens a footnote block.
  private func isSeparator(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
    guard line.end - line.start >= 5 else { return false }
    for index in line.start..<line.end where buffer[index] != 0x5F { return false }
    return true
  }

  /// `N  text` opening a footnote, when `N` can follow footnote `previous`.
  private func footnoteNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Line, after previous: Int) -> (Int, Int)? {
    guard let (number, end) = ByteClass.number(buffer, at: line.start, maxDigits: 3), end < line.end,
      ByteClass.isSpace(buffer[end])
    else { return nil }
    guard previous == 0 ? number >= 1 : (number > previous && number <= previous + 3) else { return nil }
    var textStart = end
    while textStart < line.end, ByteClass.isSpace(buffer[textStart]) { textStart += 1 }
    guard textStart < line.end, !ByteClass.isLower(buffer[textStart]) else { return nil }
    return (number, textStart)
  }

  /// `<sup>&</sup>lt;sup>N</sup> text` (an escaped `<sup>`) or `<sup>N</sup> text` opening a markdown
  /// footnote line.
  private func markdownFootnote(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Line) -> (Int, Int)? {
    var cursor = line.start
    if ByteClass.matches(buffer, at: cursor, "<sup>&</sup>lt;sup>") {
      cursor += 19
    } else if ByteClass.matches(buffer, at: cursor, "<sup>&</sup>") {
      cursor += 12
    }
    if ByteClass.matches(buffer, at: cursor, "<sup>") { cursor += 5 }
    guard cursor > line.start, let (number, end) = ByteClass.number(buffer, at: cursor, maxDigits: 3),
      ByteClass.matches(buffer, at: end, "</sup>")
    else { return nil }
    var textStart = end + 6
    while textStart < line.end, ByteClass.isSpace(buffer[textStart]) { textStart += 1 }
    guard textStart < line.end else { return nil }
    return (number, textStart)
  }
}

extension LineScanner {
  /// The content of line `index` without markdown markup (`**`, `#`, `- `) and surrounding spaces.
  ///
  /// - Complexity: O(*k*) in the bytes copied, one allocation.
  func plain(_ index: Int, limit: Int = 4096) -> [UInt8] {
    let line = lines[index]
    var cursor = line.start
    var end = min(line.end, line.start + limit)
    if markdown {
      while cursor < end, bytes[cursor] == 0x23 || bytes[cursor] == 0x20 { cursor += 1 }
      if cursor + 1 < end, bytes[cursor] == 0x2D, bytes[cursor + 1] == 0x20 { cursor += 2 }
    }
    guard markdown else {
      while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
      while end > cursor, bytes[end - 1] == 0x20 { end -= 1 }
      return Array(bytes[cursor..<end])
    }
    var out: [UInt8] = []
    out.reserveCapacity(end - cursor)
    for byte in bytes[cursor..<end] where byte != 0x2A { out.append(byte) }
    let first = out.firstIndex { $0 != 0x20 } ?? out.count
    let last = out.lastIndex { $0 != 0x20 }.map { $0 + 1 } ?? first
    return Array(out[first..<max(first, last)])
  }
}
