/// Finds page headers and footers: the document symbol, page counters (`2/3`), job numbers
/// (`23-24979 (E)`, `*2324979*`) and the running title lines printed next to them.
struct HeaderDetector {
  let scanner: LineScanner
  let front: IdentityReader.FrontMatter

  init(scanner: LineScanner, identity front: IdentityReader.FrontMatter) {
    self.scanner = scanner
    self.front = front
  }

  /// One flag per line: whether it belongs to a page header or footer.
  ///
  /// Strong lines (counters, job numbers, bar codes, the symbol) are found first, looking at the
  /// bytes of a line only when its first or last bytes can start one; running-title fragments are
  /// then tested only on the lines next to a strong one.
  /// - Complexity: O(*l*) in the number of lines, plus O(*k*·*t*) for the *k* short lines tested
  ///   against a title of *t* bytes.
  func headerLines() -> [Bool] {
    let count = scanner.lines.count
    var strong = [Bool](repeating: false, count: count)
    let symbol = front.identity.symbol.map { Array($0.canonical.utf8) } ?? []
    scanner.bytes.withUnsafeBufferPointer { buffer in
      for index in front.bodyStart..<count {
        let line = scanner.lines[index]
        guard !line.isBlank, line.end - line.start <= 400,
          scanner.markdown || mayBeStrong(buffer, line, symbol: symbol)
        else { continue }
        let plain = scanner.plain(index, limit: 400)
        if Self.isCounter(plain) || Self.isJobNumber(plain) || Self.isBarcode(plain) {
          strong[index] = true
        } else if !symbol.isEmpty, let rest = Self.removing(symbol, from: plain) {
          strong[index] = rest.isEmpty || isTitleFragment(rest)
        }
      }
    }
    var header = strong
    // 0: not tested yet, 1: a title fragment, 2: not one.
    var fragment = [UInt8](repeating: 0, count: count)
    for index in 0..<count where strong[index] {
      for direction in [-1, 1] {
        var cursor = index + direction
        var steps = 0
        while cursor >= front.bodyStart, cursor < count, steps < 8 {
          let line = scanner.lines[cursor]
          if !(line.isBlank || strong[cursor]) {
            if fragment[cursor] == 0 {
              let short = line.end - line.start <= 400
              fragment[cursor] = short && isTitleFragment(scanner.plain(cursor, limit: 400)) ? 1 : 2
            }
            guard fragment[cursor] == 1 else { break }
            header[cursor] = true
          }
          cursor += direction
          steps += 1
        }
      }
    }
    return header
  }

  /// Whether the line's first or last bytes can open a counter, job number or bar code, or be the symbol.
  private func mayBeStrong(_ buffer: UnsafeBufferPointer<UInt8>, _ line: LineScanner.Line, symbol: [UInt8]) -> Bool {
    let first = buffer[line.start]
    let length = line.end - line.start
    // A counter is at most `999/999`; a job number reads `23-24979`.
    if ByteClass.isDigit(first) { return length <= 7 || buffer[line.start + 2] == 0x2D }
    if first == 0x2A { return true }
    guard !symbol.isEmpty else { return false }
    return WrittenSymbol.end(of: symbol, in: buffer, from: line.start, limit: line.end) != nil
      || WrittenSymbol.start(of: symbol, in: buffer, endingAt: line.end, lower: line.start) != nil
  }

  /// Whether `plain` is a piece of the running title (at least a word, never the whole body line).
  private func isTitleFragment(_ plain: [UInt8]) -> Bool {
    let title = front.title
    guard plain.count >= 3, plain.count <= title.count else { return false }
    var collapsed = IdentityReader.collapse(plain)
    // A running title cut short with an ellipsis ("Towards a comprehensive approach to the prevention of
    // arm..."): the words before it, the last one possibly cut, are the fragment.
    let truncated =
      collapsed.count > 3
      && (collapsed.suffix(3).elementsEqual([0x2E, 0x2E, 0x2E])
        || collapsed.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]))
    if truncated {
      collapsed.removeLast(3)
      while collapsed.last == 0x20 { collapsed.removeLast() }
    }
    guard collapsed.count >= 3, collapsed.count <= title.count else { return false }
    var start = 0
    while start + collapsed.count <= title.count {
      if title[start] == collapsed[0], title[start..<(start + collapsed.count)].elementsEqual(collapsed) {
        let before = start == 0 || title[start - 1] == 0x20
        let afterIndex = start + collapsed.count
        let after =
          truncated || afterIndex == title.count || title[afterIndex] == 0x20 || title[afterIndex - 1] == 0x2D
        if before && after { return true }
      }
      start += 1
    }
    return false
  }

  /// `plain` without `symbol` (written with or without spaces, see ``WrittenSymbol``) at its start
  /// or end, or `nil` when the symbol is not there.
  static func removing(_ symbol: [UInt8], from plain: [UInt8]) -> [UInt8]? {
    plain.withUnsafeBufferPointer { buffer in
      if let end = WrittenSymbol.end(of: symbol, in: buffer, from: 0, limit: buffer.count) {
        return IdentityReader.collapse(Array(plain[end...]))
      }
      if let start = WrittenSymbol.start(of: symbol, in: buffer, endingAt: buffer.count, lower: 0),
        start == 0 || plain[start - 1] == 0x20
      {
        return IdentityReader.collapse(Array(plain[..<start]))
      }
      return nil
    }
  }

  /// `2/3`, `12/12`: a page counter.
  static func isCounter(_ plain: [UInt8]) -> Bool {
    guard let slash = plain.firstIndex(of: 0x2F), slash > 0, slash <= 3, plain.count - slash - 1 >= 1,
      plain.count - slash - 1 <= 3
    else { return false }
    return plain[..<slash].allSatisfy(ByteClass.isDigit) && plain[(slash + 1)...].allSatisfy(ByteClass.isDigit)
  }

  /// `23-24979`, `23-24979 (E)    291223`: a job number.
  static func isJobNumber(_ plain: [UInt8]) -> Bool {
    guard plain.count >= 8, plain[0..<2].allSatisfy(ByteClass.isDigit), plain[2] == 0x2D,
      plain[3..<8].allSatisfy(ByteClass.isDigit)
    else { return false }
    return plain.count == 8 || plain[8] == 0x20
  }

  /// `*2324979*`: the bar code's digits.
  static func isBarcode(_ plain: [UInt8]) -> Bool {
    plain.count >= 8 && plain.first == 0x2A && plain.last == 0x2A
      && plain.dropFirst().dropLast().allSatisfy(ByteClass.isDigit)
  }
}
