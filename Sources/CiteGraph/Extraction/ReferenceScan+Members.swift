extension ReferenceScan {
  /// Takes `candidate` as a member of the open list, resolving its body and date; returns where
  /// scanning resumes.
  mutating func accept(
    _ candidate: Candidate, _ list: inout List?, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ found: inout [Mention]
  ) -> Int {
    guard var current = list, candidate.start - current.lastEnd <= maximumGap else {
      list = nil
      return candidate.end
    }
    // "decision Assembly/AU/Decl. 8 (XXXII)": the keyword names another organization's symbol.
    if current.last == nil, current.lastEnd < candidate.start,
      buffer[current.lastEnd..<candidate.start].contains(0x2F)
    {
      list = nil
      return candidate.end
    }
    var afterMarker = candidate.end
    if limit(from: candidate.end - 1, range.upperBound) == candidate.end {
      while afterMarker < range.upperBound, ByteClass.isDigit(buffer[afterMarker]) { afterMarker += 1 }
    }
    let written = writtenDate(buffer, after: afterMarker, limit: range.upperBound)
    let mentionEnd = written?.end ?? candidate.end
    var qualifier = current.qualifier
    var citing = current.citing
    if qualifier == nil || citing,
      let trailing = trailingBody(
        buffer, after: listTail(buffer, from: mentionEnd, limit: range.upperBound), limit: range.upperBound)
    {
      qualifier = trailing
      citing = false
    }
    defer { list = current }
    current.lastEnd = mentionEnd
    guard var symbol = symbol(for: candidate, qualifier: qualifier, kind: current.kind, citing: citing) else {
      return mentionEnd
    }
    var date: CalendarDate? = nil
    if let written {
      let year = written.year ?? symbol.series.year
      date = year.flatMap { CalendarDate(year: $0, month: written.month, day: written.day) }
    }
    if let date, written?.year != nil, qualifier != .body(.generalAssembly) || citing {
      if let dated = redate(symbol, date) {
        symbol = dated
      } else if !citing {
        // Only the number's shape said "General Assembly", and the date says otherwise: most likely
        // another body's resolution (ESCAP's `79/8 of 19 May 2023`). No reference, and a note (CG102 at
        // note severity: usually nothing is wrong) tells the reader why the mention was left out.
        let session = symbol.series.sessionNumber ?? 0
        report(
          .dateInconsistent, candidate.start..<mentionEnd,
          "\(symbol.shortForm) of \(date.written) is left out: it cannot be \(symbol.canonical), whose session"
            + " \(session) ran from September \(1945 + session) to September \(1946 + session); if it is another"
            + " body's resolution nothing is wrong, else check the number or the date", severity: .note)
        return mentionEnd
      }
      // "its resolution": the body is explicit, so the reference stays and the check below reports the date.
    }
    if let previous = current.last, isRangeLink(buffer, previous.candidate.end, candidate.start),
      let expanded = expand(from: previous.symbol, to: symbol)
    {
      for member in expanded {
        found.append(Mention(symbol: member, range: previous.candidate.start..<candidate.end, date: nil))
      }
    }
    found.append(Mention(symbol: symbol, range: candidate.start..<mentionEnd, date: date))
    current.last = (candidate, symbol)
    if let date, written?.year != nil, let problem = Self.dateProblem(symbol, date) {
      report(.dateInconsistent, candidate.start..<mentionEnd, problem)
    }
    if let orphan = orphanDate(buffer, after: mentionEnd, limit: range.upperBound) {
      report(
        .brokenReference, orphan,
        "date '\(document.collapsedString(orphan))' after \(symbol.shortForm) has no resolution number;"
          + " a number is missing or the list is garbled", text: candidate.start..<orphan.upperBound)
      current.lastEnd = orphan.upperBound
    }
    return mentionEnd
  }

  /// Records a finding at the cleaned range `range`, quoting `text` (by default the range itself).
  private mutating func report(
    _ code: FindingCode, _ range: Range<Int>, _ message: String, text: Range<Int>? = nil,
    severity: Finding.Severity? = nil
  ) {
    findings.append(
      Finding(
        code: code.rawValue, severity: severity ?? code.severity, location: document.location(of: range),
        message: message, text: document.collapsedString(text ?? range)))
  }

  /// The symbol `candidate` names under the list's body.
  func symbol(for candidate: Candidate, qualifier: BodyTable.Qualifier?, kind: DocumentKind, citing: Bool) -> Symbol? {
    let citingBody = document.identity.body ?? .generalAssembly
    let named: BodyTable.Qualifier? = citing ? .body(citingBody) : qualifier
    if named == .other { return nil }
    let part = candidate.part
    switch candidate.shape {
    case .year(let year):
      return Symbol(
        body: .securityCouncil, kind: .resolution, series: .year(year), number: candidate.number, part: part)
    case .roman(let session, let sessionKind):
      let body: Body =
        named == .body(.economicAndSocialCouncil) && sessionKind != .emergencySpecial
        ? .economicAndSocialCouncil : .generalAssembly
      return Symbol(
        body: body, kind: kind, series: .romanSession(session, sessionKind), number: candidate.number, part: part)
    case .slash(let first) where first >= 1946:
      let body: Body
      switch named {
      case .body(.commissionOnHumanRights): body = .commissionOnHumanRights
      case .body(.humanRightsCouncil): return nil
      default: body = .economicAndSocialCouncil
      }
      return Symbol(body: body, kind: kind, series: .year(first), number: candidate.number, part: part)
    case .slash(let session):
      let body: Body
      switch named {
      case .body(.humanRightsCouncil), .council: body = .humanRightsCouncil
      case .body(.economicAndSocialCouncil), .body(.commissionOnHumanRights), .commission: return nil
      case .body(.generalAssembly), .body(.securityCouncil): body = .generalAssembly
      default: body = citingBody == .humanRightsCouncil ? .humanRightsCouncil : .generalAssembly
      }
      if body == .generalAssembly, session < Self.firstNumberedSession {
        // The Assembly numbered sessions in Roman numerals until its thirtieth: `5/14` is another body's.
        guard named == nil || citing, kind == .resolution, lastCouncil == .humanRightsCouncil else { return nil }
        return Symbol(
          body: .humanRightsCouncil, kind: kind, series: .session(session), number: candidate.number, part: part)
      }
      return Symbol(body: body, kind: kind, series: .session(session), number: candidate.number, part: part)
    case .specialSlash(let session):
      let body: Body = named == .body(.humanRightsCouncil) ? .humanRightsCouncil : .generalAssembly
      return Symbol(body: body, kind: kind, series: .specialSession(session), number: candidate.number, part: part)
    case .emergencySlash(let session):
      return Symbol(
        body: .generalAssembly, kind: kind, series: .emergencySpecialSession(session), number: candidate.number,
        part: part)
    }
  }

  /// The first General Assembly session whose symbols read `N/M` (`31/1`); earlier ones read `M (XXX)`.
  static let firstNumberedSession = 31

  /// "of 21 December 2009" (or "of 4 March") after `index`: its end, day, month and year.
  func writtenDate(_ buffer: UnsafeBufferPointer<UInt8>, after index: Int, limit: Int) -> (
    end: Int, day: Int, month: Int, year: Int?
  )? {
    var cursor = index
    while cursor < limit, buffer[cursor] == 0x20 { cursor += 1 }
    guard cursor + 3 < limit, ByteClass.matches(buffer, at: cursor, "of "), cursor > index else { return nil }
    cursor += 3
    while cursor < limit, buffer[cursor] == 0x20 { cursor += 1 }
    guard let date = WrittenDate.parse(buffer, at: cursor), date.end <= limit else { return nil }
    return (date.end, date.day, date.month, date.year)
  }

  /// A second full date right after a member's date ("of 19 December 2014 22 December 2015").
  func orphanDate(_ buffer: UnsafeBufferPointer<UInt8>, after index: Int, limit: Int) -> Range<Int>? {
    var cursor = index
    while cursor < limit, buffer[cursor] == 0x20 || buffer[cursor] == 0x2C { cursor += 1 }
    guard cursor > index, let date = WrittenDate.parse(buffer, at: cursor), date.year != nil, date.end <= limit
    else { return nil }
    return cursor..<date.end
  }

  /// "… of the Executive Board of …" after a member: a body outside the table.
  func trailingBody(_ buffer: UnsafeBufferPointer<UInt8>, after index: Int, limit: Int) -> BodyTable.Qualifier? {
    var cursor = index
    while cursor < limit, buffer[cursor] == 0x20 { cursor += 1 }
    guard ByteClass.matches(buffer, at: cursor, "of the "), cursor + 7 < limit else { return nil }
    cursor += 7
    var words = 0
    while cursor < limit, words < 8, ByteClass.isUpper(buffer[cursor]) {
      var end = cursor
      while end < limit, ByteClass.isLetter(buffer[end]) { end += 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: buffer[cursor..<end]), as: UTF8.self)
      if word == "Assembly" || word == "Council" {
        guard let (qualifier, nameStart) = BodyTable.qualifier(endingAt: end, in: buffer, from: index) else {
          return nil
        }
        if qualifier == .council || qualifier == .body(.generalAssembly), nameStart > index + 8 {
          var before = nameStart - 1
          while before > index, buffer[before] == 0x20 { before -= 1 }
          var wordStart = before
          while wordStart > index, ByteClass.isLetter(buffer[wordStart - 1]) { wordStart -= 1 }
          if ByteClass.isUpper(buffer[wordStart]), !ByteClass.matches(buffer, at: wordStart, exactly: generalWord) {
            return .other
          }
        }
        return qualifier
      }
      if Self.otherBodyHeads.contains(word) { return .other }
      words += 1
      cursor = end
      while cursor < limit, buffer[cursor] == 0x20 || buffer[cursor] == 0x2C { cursor += 1 }
      if cursor + 4 < limit,
        ByteClass.matches(buffer, at: cursor, "and ") || ByteClass.matches(buffer, at: cursor, "for ")
      {
        cursor += 4
      }
    }
    return nil
  }

  /// Where the list holding the member that ends at `index` ends: past further members, their
  /// dates, commas and "and".
  func listTail(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int, limit: Int) -> Int {
    var cursor = index
    var tail = index
    while cursor < limit {
      while cursor < limit, buffer[cursor] == 0x20 || buffer[cursor] == 0x2C { cursor += 1 }
      if ByteClass.matches(buffer, at: cursor, "and ") { cursor += 4 }
      guard cursor < limit, ByteClass.isDigit(buffer[cursor]) || buffer[cursor] == 0x53 || buffer[cursor] == 0x45,
        let candidate = Candidate.parse(buffer, at: cursor, limit: limit)
      else { return tail }
      cursor = writtenDate(buffer, after: candidate.end, limit: limit)?.end ?? candidate.end
      tail = cursor
    }
    return tail
  }

  private var generalWord: [UInt8] { Array("General".utf8) }

  private static let otherBodyHeads: Set<String> = [
    "Board", "Committee", "Conference", "Commission", "Organization", "Parties", "Fund", "Programme", "Agency",
    "Union", "Forum", "Bureau",
  ]

  /// Whether only "to" (a written range) stands between two members.
  func isRangeLink(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start <= 8 else { return false }
    let between = buffer[start..<end].filter { $0 != 0x20 }
    return between.elementsEqual([0x74, 0x6F])
  }

  /// The members strictly between `first` and `last` of one series ("resolutions 1 (1946) to 3 (1946)").
  func expand(from first: Symbol, to last: Symbol) -> [Symbol]? {
    guard first.body == last.body, first.kind == last.kind, first.series == last.series, first.part.isEmpty,
      last.number > first.number + 1, last.number - first.number <= 50
    else { return nil }
    return ((first.number + 1)..<last.number).compactMap {
      Symbol(body: first.body, kind: first.kind, series: first.series, number: $0)
    }
  }

  /// A bare `N/M` whose date puts it sessions away from General Assembly session `N` is another
  /// body's: the Human Rights Council's when its session `N` met that year and the text names the
  /// Council, else a body outside the table or a mistake (`nil`: the caller decides, by how explicit
  /// the body is). Dates after the citing text are typos, kept.
  func redate(_ symbol: Symbol, _ date: CalendarDate) -> Symbol? {
    guard symbol.body == .generalAssembly else { return symbol }
    let session: Int
    switch symbol.series {
    case .session(let number), .romanSession(let number, .regular): session = number
    default: return symbol
    }
    let implied = date.month >= 9 ? date.year - 1945 : date.year - 1946
    if abs(implied - session) < 2 { return symbol }
    if let citingDate = document.identity.date, citingDate < date { return symbol }
    let hrcYear = session < 7 ? 2006 + (session - 1) / 3 : 2008 + (session - 7) / 3
    if case .session = symbol.series, namedHumanRightsCouncil, date.year >= 2006, abs(date.year - hrcYear) <= 1 {
      return Symbol(
        body: .humanRightsCouncil, kind: symbol.kind, series: symbol.series, number: symbol.number, part: symbol.part)
    }
    return nil
  }

  /// Why `date` cannot be the adoption date of `symbol`, or `nil` when it can.
  static func dateProblem(_ symbol: Symbol, _ date: CalendarDate) -> String? {
    switch symbol.series {
    case .year(let year):
      let earliest = symbol.body == .securityCouncil ? year : year - 1
      return (earliest...year).contains(date.year)
        ? nil : "\(symbol.shortForm) is a \(year) document but is dated \(date.written); check the number or the date"
    case .session(let session) where symbol.body == .generalAssembly:
      return sessionProblem(symbol, session, date)
    case .romanSession(let session, .regular) where symbol.body == .generalAssembly:
      return sessionProblem(symbol, session, date)
    default:
      return nil
    }
  }

  private static func sessionProblem(_ symbol: Symbol, _ session: Int, _ date: CalendarDate) -> String? {
    let opens =
      session == 1 ? CalendarDate(year: 1946, month: 1, day: 1) : CalendarDate(year: 1945 + session, month: 9, day: 1)
    guard let opens, let closes = CalendarDate(year: 1946 + session, month: 9, day: 30) else { return nil }
    guard date < opens || closes < date else { return nil }
    return "\(symbol.shortForm) is dated \(date.written), outside session \(session) of the General Assembly"
      + " (September \(1945 + session) to September \(1946 + session)); check the number or the date"
  }
}
