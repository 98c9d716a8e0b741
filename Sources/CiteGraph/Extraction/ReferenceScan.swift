/// The state of one pass of ``ReferenceExtractor`` over a document: the open reference list,
/// the council named last, and the references and findings found so far.
struct ReferenceScan {
  /// A list opened by "resolution(s)"/"decision(s)": its members share kind and body.
  struct List {
    var kind: DocumentKind
    var qualifier: BodyTable.Qualifier?
    var citing: Bool
    var lastEnd: Int
    var last: (candidate: Candidate, symbol: Symbol)?
  }

  /// A mention found in a region, before its relation is known.
  struct Mention {
    var symbol: Symbol
    var range: Range<Int>
    var date: CalendarDate?
  }

  let document: Document
  let maximumGap: Int
  var references: [Reference] = []
  var findings: [Finding] = []
  var lastCouncil: Body? = nil
  var namedCommissionOnHumanRights = false
  var namedHumanRightsCouncil = false
  var recordsBody: BodyTable.Qualifier? = nil

  /// Footnote markers glued onto digits (`55/2831`): a number read there ends at the marker.
  let stops: [Int]

  init(document: Document, maximumGap: Int) {
    self.document = document
    self.maximumGap = maximumGap
    stops = document.text.withUnsafeBufferPointer { buffer in
      document.markers.map(\.position).filter { $0 > 0 && $0 < buffer.count && ByteClass.isDigit(buffer[$0 - 1]) }
    }
  }

  /// Where a number starting at `index` must end: at `end`, or at a glued marker before it.
  ///
  /// - Complexity: O(log *m*) in the number of glued markers.
  func limit(from index: Int, _ end: Int) -> Int {
    var low = 0
    var high = stops.count
    while low < high {
      let mid = (low + high) / 2
      if stops[mid] <= index { low = mid + 1 } else { high = mid }
    }
    return low < stops.count ? min(end, stops[low]) : end
  }

  mutating func run() {
    let source = document.identity.symbol
    for paragraph in document.paragraphs {
      for mention in mentions(in: paragraph.range, footnote: false) {
        append(mention, relation: paragraph.relation, source: source, viaFootnote: false)
      }
    }
    for note in document.footnotes {
      let findingCount = findings.count
      let found = mentions(in: note.range, footnote: true)
      guard !found.isEmpty else { continue }
      if found.contains(where: { isLaterCouncilResolution($0.symbol, than: source) }) {
        // "By its resolution 47 (1948), the Council decided to increase the membership": a note the
        // editors of the Council's volumes added afterwards, not part of the text, which cannot cite
        // its own future.
        findings.removeSubrange(findingCount...)
        continue
      }
      var relations: [Relation] = []
      for marker in document.markers where marker.number == note.number {
        let relation = document.paragraph(containing: marker.position)?.relation ?? .cites
        if !relations.contains(relation) { relations.append(relation) }
      }
      if relations.isEmpty { relations = [.cites] }
      for mention in found {
        for relation in relations { append(mention, relation: relation, source: source, viaFootnote: true) }
      }
    }
  }

  /// Whether `symbol` is a Security Council resolution numbered after the Council's text `source`.
  private func isLaterCouncilResolution(_ symbol: Symbol, than source: Symbol?) -> Bool {
    guard let source, source.body == .securityCouncil, symbol.body == .securityCouncil else { return false }
    return symbol.number > source.number
  }

  private mutating func append(_ mention: Mention, relation: Relation, source: Symbol?, viaFootnote: Bool) {
    references.append(
      Reference(
        source: source, target: mention.symbol, relation: relation, location: document.location(of: mention.range),
        text: document.collapsedString(mention.range), date: mention.date, viaFootnote: viaFootnote))
  }

  /// Every mention in the cleaned range `range`.
  ///
  /// - Complexity: O(*n*) in the range's bytes.
  mutating func mentions(in range: Range<Int>, footnote: Bool) -> [Mention] {
    var found: [Mention] = []
    let kinds = Self.startKinds
    let after = Self.afterKinds
    document.text.withUnsafeBufferPointer { buffer in
      if footnote {
        if !ByteClass.matches(buffer, at: range.lowerBound, "ibid") { recordsBody = nil }
      }
      var list: List? = nil
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        if index > range.lowerBound {
          // Most bytes start nothing: pass them with two table look-ups and no branch of their own.
          while index < end, kinds[buffer[index]] & after[buffer[index &- 1]] == 0 { index &+= 1 }
          guard index < end else { break }
        }
        let byte = buffer[index]
        if ByteClass.isLetter(byte), index == range.lowerBound || !ByteClass.isAlnum(buffer[index - 1]) {
          if (byte == 0x53 || byte == 0x45), index == range.lowerBound || buffer[index - 1] != 0x2F,
            let candidate = Candidate.parse(buffer, at: index, limit: limit(from: index, end))
          {
            index = accept(candidate, &list, buffer, range, &found)
            continue
          }
          var wordEnd = index
          while wordEnd < end, ByteClass.isLetter(buffer[wordEnd]) { wordEnd += 1 }
          keyword(buffer, index, wordEnd, range, footnote: footnote, &list)
          index = wordEnd
          continue
        }
        if ByteClass.isDigit(byte), index == range.lowerBound || !ByteClass.isDigit(buffer[index - 1]) {
          let previous = index > range.lowerBound ? buffer[index - 1] : 0x20
          if previous == 0x2F {
            if let (body, kind) = explicitPrefix(buffer, before: index, lower: range.lowerBound),
              let candidate = Candidate.parse(buffer, at: index, limit: limit(from: index, end))
            {
              var explicit: List? = List(
                kind: kind, qualifier: .body(body), citing: false, lastEnd: candidate.start, last: nil)
              index = accept(candidate, &explicit, buffer, range, &found)
              continue
            }
            while index < end, !ByteClass.isSpace(buffer[index]) { index += 1 }
            continue
          }
          if ByteClass.isAlnum(previous) || previous == 0x2E || previous == 0x2D {
            while index < end, ByteClass.isDigit(buffer[index]) { index += 1 }
            continue
          }
          if list != nil, let candidate = Candidate.parse(buffer, at: index, limit: limit(from: index, end)) {
            index = accept(candidate, &list, buffer, range, &found)
            continue
          }
          while index < end, ByteClass.isDigit(buffer[index]) { index += 1 }
          continue
        }
        if byte == 0x3B || (byte == 0x2E && endsSentence(buffer, index, end)) {
          list = nil
        }
        index += 1
      }
    }
    return found
  }

  /// Handles the word `start..<end`: opens a list at "resolution(s)"/"decision(s)" and remembers
  /// councils and commissions named.
  private mutating func keyword(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ range: Range<Int>, footnote: Bool,
    _ list: inout List?
  ) {
    let length = end - start
    if length == 7, ByteClass.matches(buffer, at: start, exactly: councilWord) {
      if let (qualifier, _) = BodyTable.qualifier(endingAt: end, in: buffer, from: range.lowerBound),
        case .body(let body) = qualifier
      {
        lastCouncil = body
        if body == .humanRightsCouncil { namedHumanRightsCouncil = true }
      }
      return
    }
    if length == 6, ByteClass.matches(buffer, at: start, exactly: rightsWord), end + 1 < buffer.count,
      ByteClass.matches(buffer, at: start - 20, exactly: commissionOnHumanRights)
    {
      namedCommissionOnHumanRights = true
      return
    }
    let kind: DocumentKind
    if (length == 10 || length == 11) && ByteClass.matches(buffer, at: start, "resolution") {
      kind = .resolution
    } else if (length == 8 || length == 9) && ByteClass.matches(buffer, at: start, "decision") {
      kind = .decision
    } else {
      return
    }
    if length == 11 && buffer[end - 1] != 0x73 || length == 9 && buffer[end - 1] != 0x73 { return }
    let (qualifier, citing) = qualifierBefore(buffer, start, lower: range.lowerBound, footnote: footnote)
    var carried = qualifier
    if qualifier == nil, !citing, let previous = list, end - previous.lastEnd < 120 {
      carried = previous.qualifier
    }
    list = List(kind: kind, qualifier: carried, citing: citing, lastEnd: end, last: nil)
  }

  /// What the words before the keyword at `start` say about its body, and whether they say "its".
  private mutating func qualifierBefore(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int, footnote: Bool
  ) -> (BodyTable.Qualifier?, Bool) {
    if let records = officialRecords(buffer, before: start, lower: lower) {
      if footnote { recordsBody = records }
      return (records, false)
    }
    if footnote, let recordsBody { return (recordsBody, false) }
    var cursor = start
    while cursor > lower, buffer[cursor - 1] == 0x20 { cursor -= 1 }
    let (previousWord, wordStart) = word(buffer, endingAt: cursor, lower: lower)
    if previousWord == "its" || previousWord == "their" {
      var probe = wordStart
      while probe > lower, buffer[probe - 1] == 0x20 || buffer[probe - 1] == 0x2C { probe -= 1 }
      let (link, linkStart) = word(buffer, endingAt: probe, lower: lower)
      if ["in", "by", "through", "under", "with", "via", "of"].contains(link) {
        probe = linkStart
        while probe > lower, buffer[probe - 1] == 0x20 { probe -= 1 }
        let adjacent = probe
        while probe > lower, buffer[probe - 1] == 0x20 || buffer[probe - 1] == 0x2C { probe -= 1 }
        if let (qualifier, nameStart) = BodyTable.qualifier(endingAt: probe, in: buffer, from: lower) {
          return (refine(qualifier, buffer, nameStart, lower: lower), false)
        }
        // "adopted by the Economic and Social Commission for Asia and the Pacific in its resolution":
        // a name outside the table, introduced by "by the", right before "in its" is the resolution's body.
        let (name, nameStart) = word(buffer, endingAt: adjacent, lower: lower)
        if isOtherName(name), namesAgent(buffer, before: nameStart, lower: lower) { return (.other, false) }
      }
      return (nil, true)
    }
    if let (qualifier, nameStart) = BodyTable.qualifier(endingAt: cursor, in: buffer, from: lower) {
      return (refine(qualifier, buffer, nameStart, lower: lower), false)
    }
    return (isOtherName(previousWord) ? .other : nil, false)
  }

  /// Whether "by the" opens the clause that ends at `index` (no comma, semicolon or full stop between).
  private func namesAgent(_ buffer: UnsafeBufferPointer<UInt8>, before index: Int, lower: Int) -> Bool {
    var cursor = index - 1
    let floor = max(lower, index - 150)
    while cursor >= floor {
      let byte = buffer[cursor]
      if byte == 0x2C || byte == 0x3B || byte == 0x2E { return false }
      if byte == 0x62, cursor == lower || buffer[cursor - 1] == 0x20, ByteClass.matches(buffer, at: cursor, "by the ") {
        return true
      }
      cursor -= 1
    }
    return false
  }

  /// Whether `word` is a capitalized name (of a body outside the table), not an opening verb or participle.
  private func isOtherName(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
    return
      !(BodyTable.citingWords.contains(word) || word.hasSuffix("ing")
      || VerbTable.relation(openingWords: [Substring(word.lowercased())]).relation != .cites || word.count <= 1)
  }

  /// A one-word name ("Council", "Assembly") after another capitalized word names some other body.
  private func refine(
    _ qualifier: BodyTable.Qualifier, _ buffer: UnsafeBufferPointer<UInt8>, _ nameStart: Int, lower: Int
  ) -> BodyTable.Qualifier {
    var cursor = nameStart
    while cursor > lower, buffer[cursor - 1] == 0x20 { cursor -= 1 }
    let (before, beforeStart) = word(buffer, endingAt: cursor, lower: lower)
    let single = qualifier == .council || qualifier == .commission || qualifier == .body(.generalAssembly)
    if single, let first = before.unicodeScalars.first, first.properties.isUppercase, before != "General",
      !BodyTable.citingWords.contains(before), !before.hasSuffix("ing"),
      !opensParagraph(buffer, beforeStart, lower: lower)
    {
      return .other
    }
    switch qualifier {
    case .council: return lastCouncil.map { .body($0) } ?? .council
    case .commission: return namedCommissionOnHumanRights ? .body(.commissionOnHumanRights) : .other
    default: return qualifier
    }
  }

  /// Whether the word at `start` is the first of the paragraph that starts at `lower`, after its operative
  /// number: the paragraph's verb ("2. Recalls General Assembly resolution"), capitalized but no name.
  private func opensParagraph(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, lower: Int) -> Bool {
    var cursor = start
    while cursor > lower, ByteClass.isSpace(buffer[cursor - 1]) || buffer[cursor - 1] == 0x0A { cursor -= 1 }
    if cursor > lower, buffer[cursor - 1] == 0x2E || buffer[cursor - 1] == 0x2C {
      var digits = cursor - 1
      while digits > lower, ByteClass.isDigit(buffer[digits - 1]) { digits -= 1 }
      if digits < cursor - 1 { cursor = digits }
    }
    while cursor > lower, ByteClass.isSpace(buffer[cursor - 1]) || buffer[cursor - 1] == 0x0A { cursor -= 1 }
    return cursor == lower
  }

  /// "Official Records of the …, Supplement No. 53 (…), chap. IV, sect. A, resolution 27/12".
  private func officialRecords(_ buffer: UnsafeBufferPointer<UInt8>, before start: Int, lower: Int)
    -> BodyTable.Qualifier?
  {
    var cursor = start - 1
    let floor = max(lower, start - 300)
    while cursor >= floor {
      let byte = buffer[cursor]
      if byte == 0x3B { return nil }
      if byte == 0x53, ByteClass.matches(buffer, at: cursor, exactly: supplementNo) {
        var digits = cursor + supplementNo.count
        while digits < start, buffer[digits] == 0x20 { digits += 1 }
        let number = ByteClass.number(buffer, at: digits, maxDigits: 3)?.value ?? 0
        var assembly = false
        var probe = cursor
        while probe >= max(lower, cursor - 200) {
          if ByteClass.matches(buffer, at: probe, exactly: recordsOfAssembly) {
            assembly = true
            break
          }
          probe -= 1
        }
        return assembly && BodyTable.humanRightsCouncilSupplements.contains(number)
          ? .body(.humanRightsCouncil) : .other
      }
      cursor -= 1
    }
    return nil
  }

  /// The word (letters only) ending at `end`, and where it starts.
  private func word(_ buffer: UnsafeBufferPointer<UInt8>, endingAt end: Int, lower: Int) -> (String, Int) {
    var start = end
    while start > lower, ByteClass.isLetter(buffer[start - 1]) { start -= 1 }
    return (String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self), start)
  }

  /// `A/RES/`, `S/RES/`, … ending right before `index`.
  private func explicitPrefix(_ buffer: UnsafeBufferPointer<UInt8>, before index: Int, lower: Int) -> (
    Body, DocumentKind
  )? {
    for (prefix, body, kind) in Self.prefixes {
      let start = index - prefix.count
      guard start >= lower, ByteClass.matches(buffer, at: start, exactly: prefix) else { continue }
      if start > lower, ByteClass.isAlnum(buffer[start - 1]) || buffer[start - 1] == 0x2F { continue }
      return (body, kind)
    }
    return nil
  }

  /// Whether the `.` at `index` ends a sentence (not `No.`, `para.`, `chap. I.`, `E.78.II.A.11`).
  private func endsSentence(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
    var next = index + 1
    guard next < end, buffer[next] == 0x20 else { return next >= end }
    while next < end, buffer[next] == 0x20 { next += 1 }
    guard next < end, ByteClass.isUpper(buffer[next]) else { return false }
    var start = index
    while start > 0, ByteClass.isLetter(buffer[start - 1]) { start -= 1 }
    let length = index - start
    if length <= 1 { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
    return !Self.abbreviations.contains(word)
  }

  /// What each byte can start, as bits: 1 a word the scan looks at (`S`/`E` of `S-26/2` and `ES-10/14`,
  /// the first letter of "resolution(s)", "decision(s)", "Council", "Rights"), 2 a number, 4 the end of
  /// a sentence or list (`.` `;`). A word starting with any other letter is passed over, which is what
  /// the keyword test would conclude after reading it.
  private static let startKinds = ByteTable { byte in
    ByteClass.isDigit(byte) ? 2 : "SECRrDd".utf8.contains(byte) ? 1 : byte == 0x2E || byte == 0x3B ? 4 : 0
  }

  /// Which starts a byte lets through after it: a word only after a non-alphanumeric byte, a number
  /// only after a non-digit, punctuation after anything.
  private static let afterKinds = ByteTable { byte in
    (ByteClass.isAlnum(byte) ? 0 : 1) | (ByteClass.isDigit(byte) ? 0 : 2) | 4
  }

  private static let abbreviations: Set<String> = [
    "No", "Nos", "no", "para", "paras", "vol", "sect", "chap", "art", "arts", "Corr", "Rev", "Add", "Suppl", "pp",
    "op", "cit", "etc", "Mr", "Ms", "Mrs", "Dr", "St", "annex", "Vol", "Sales", "Part",
  ]

  private let councilWord: [UInt8] = Array("Council".utf8)
  private let rightsWord: [UInt8] = Array("Rights".utf8)
  private let commissionOnHumanRights: [UInt8] = Array("Commission on Human Rights".utf8)
  private let supplementNo: [UInt8] = Array("Supplement No.".utf8)
  private let recordsOfAssembly: [UInt8] = Array("Records of the General Assembly".utf8)

  private static let prefixes: [([UInt8], Body, DocumentKind)] = [
    ("A/HRC/RES/", Body.humanRightsCouncil, DocumentKind.resolution), ("A/HRC/DEC/", .humanRightsCouncil, .decision),
    ("E/CN.4/RES/", .commissionOnHumanRights, .resolution), ("A/RES/", .generalAssembly, .resolution),
    ("A/DEC/", .generalAssembly, .decision), ("S/RES/", .securityCouncil, .resolution),
    ("E/RES/", .economicAndSocialCouncil, .resolution), ("E/DEC/", .economicAndSocialCouncil, .decision),
  ].map { (Array($0.0.utf8), $0.1, $0.2) }
}
