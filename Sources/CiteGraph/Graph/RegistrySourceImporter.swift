/// Turns the metadata tables of the project's corpus into registry entries and coverage: the Security
/// Council list, the General Assembly index, the decisions list and the recorded votes.
///
/// Each function takes a table's text and returns what it establishes; rows that cannot be read are
/// skipped and counted, since these tables are third-party data with known blemishes.
public enum RegistrySourceImporter {
  /// Entries and coverage read from one table, with the count of rows skipped.
  public struct Result: Sendable {
    public var entries: [Registry.Entry] = []
    public var coverage: [Registry.CoverageRange] = []
    public var skippedRows = 0
    /// Whether the dates are near the adoption rather than on it.
    public var datesAreApproximate = false
  }

  /// `res_no year date meeting topic` (Security Council, 1946–2022). Numbers missing from the table
  /// between two of the same year are added without date or title (the Council numbers its
  /// resolutions consecutively); the others are left out of coverage.
  public static func securityCouncil(tsv text: String) -> Result {
    var result = Result()
    var byNumber: [Int: Registry.Entry] = [:]
    for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() where index > 0 {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
      guard fields.count >= 5, let number = Int(fields[0]), let year = Int(fields[1]),
        let symbol = Symbol(body: .securityCouncil, series: .year(year), number: number)
      else {
        result.skippedRows += 1
        continue
      }
      byNumber[number] = Registry.Entry(
        symbol: symbol, date: CalendarDate(iso: fields[2]), title: fields[4].isEmpty ? nil : fields[4])
    }
    let numbers = byNumber.keys.sorted()
    if let last = numbers.last {
      var previousYear: Int? = nil
      for number in 1...last {
        if let entry = byNumber[number] {
          previousYear = entry.symbol.series.year
          continue
        }
        let nextYear = (number...last).lazy.compactMap { byNumber[$0]?.symbol.series.year }.first
        if let year = previousYear, year == nextYear,
          let symbol = Symbol(body: .securityCouncil, series: .year(year), number: number)
        {
          byNumber[number] = Registry.Entry(symbol: symbol)
        }
      }
    }
    result.entries = byNumber.keys.sorted().compactMap { byNumber[$0] }
    result.coverage = [
      Registry.CoverageRange(
        body: .securityCouncil, kind: .resolution, numbers: compress(result.entries.map(\.symbol.number)))
    ]
    return result
  }

  /// `symbol session adoption_date chars title` (General Assembly index); titles lose their
  /// `78/1. ` prefix. Coverage: the numbers listed, per session.
  public static func generalAssemblyIndex(tsv text: String) -> Result {
    var result = Result()
    for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() where index > 0 {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
      guard fields.count >= 5, let symbol = Symbol(parsing: fields[0]) else {
        result.skippedRows += 1
        continue
      }
      var title = Substring(fields[4])
      if let dot = title.firstIndex(of: "."), title[..<dot].contains("/"), !title[..<dot].contains(" ") {
        title = title[title.index(after: dot)...]
      }
      result.entries += withParts(
        Registry.Entry(symbol: symbol, date: CalendarDate(iso: fields[2]), title: title.trimmingWhitespace()),
        parts: [])
    }
    result.coverage = sessionCoverage(
      result.entries, body: .generalAssembly, kind: .resolution, closedSessions: closedSessions(result.entries))
    return result
  }

  /// The sessions whose listed resolutions reach the session's final month (September of 1946 + N):
  /// the table then holds the session through its end, so no higher number exists.
  private static func closedSessions(_ entries: [Registry.Entry]) -> Set<Int> {
    var closed: Set<Int> = []
    for entry in entries {
      guard case .session(let session) = entry.symbol.series, let date = entry.date else { continue }
      if date.year == 1946 + session && date.month >= 9 { closed.insert(session) }
    }
    return closed
  }

  /// `decision type title` (General Assembly decisions, no dates); `71/405 A and B`, `73/408 A-C`
  /// give the decision and each part.
  public static func generalAssemblyDecisions(tsv text: String) -> Result {
    var result = Result()
    for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() where index > 0 {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
      let written = fields.first.map { $0.filter { $0 != "." } } ?? ""
      let head = written.prefix { $0 != " " }
      guard fields.count >= 3, let symbol = Symbol(parsing: "A/DEC/" + head) else {
        result.skippedRows += 1
        continue
      }
      let parts = partLetters(written.dropFirst(head.count))
      result.entries += withParts(
        Registry.Entry(symbol: symbol, title: fields[2].isEmpty ? nil : fields[2]), parts: parts)
    }
    result.coverage = sessionCoverage(result.entries, body: .generalAssembly, kind: .decision)
    return result
  }

  /// The recorded votes CSV (`rcid,session,importantvote,date,unres,amend,para,short,descr`): for each
  /// resolution voted on as a whole (not an amendment or a paragraph), the last vote's date, which is
  /// near its adoption, and the short description as title. Coverage is partial: only resolutions
  /// adopted by recorded vote are listed.
  public static func recordedVotes(csv text: String) -> Result {
    var result = Result()
    result.datesAreApproximate = true
    var latest: [Symbol: Registry.Entry] = [:]
    var sessions: [Int] = []
    for (index, line) in CSVRows.parse(text).enumerated() where index > 0 {
      guard line.count >= 8, line[5] != "1", line[6] != "1", let date = CalendarDate(iso: line[3]),
        let symbol = recordedVoteSymbol(line[4])
      else {
        result.skippedRows += 1
        continue
      }
      if let session = symbol.series.sessionNumber { sessions.append(session) }
      let title = line[7].trimmingWhitespace()
      let entry = Registry.Entry(
        symbol: symbol, date: date, title: title.isEmpty ? nil : title, dateIsApproximate: true)
      if let known = latest[symbol], let knownDate = known.date, knownDate >= date { continue }
      latest[symbol] = entry
    }
    result.entries = latest.values.sorted { $0.symbol < $1.symbol }.flatMap { withParts($0, parts: []) }
    if let low = sessions.min(), let high = sessions.max() {
      result.coverage = [
        Registry.CoverageRange(body: .generalAssembly, kind: .resolution, sessions: low...high, partial: true)
      ]
    }
    return result
  }

  /// The symbol of a recorded vote's `unres`: `R/16/1549B`, `A/RES/56/8`, `R/1/66/C`, `ESS/10/14`,
  /// `SS/26/2`; `nil` for other forms.
  static func recordedVoteSymbol(_ written: String) -> Symbol? {
    let compact = written.uppercased().filter { !$0.isWhitespace }
    var pieces = compact.split(separator: "/").map(String.init)
    if pieces.count >= 2 && pieces[0] == "A" && pieces[1] == "RES" { pieces = ["R"] + pieces.dropFirst(2) }
    guard pieces.count == 3 || pieces.count == 4, let session = Int(pieces[1]) else { return nil }
    var numberText = pieces[2]
    if pieces.count == 4 {
      guard pieces[3].count == 1, numberText.last?.isNumber ?? false else { return nil }
      numberText += pieces[3]
    }
    let part = numberText.last.map { $0.isLetter ? String($0) : "" } ?? ""
    guard let number = Int(numberText.dropLast(part.count)) else { return nil }
    let series: Series
    switch pieces[0] {
    case "R": series = session <= 30 ? .romanSession(session, .regular) : .session(session)
    // The first five emergency special sessions (1956-1967) numbered like `1474 (ES-IV)`.
    case "ESS": series = session <= 5 ? .romanSession(session, .emergencySpecial) : .emergencySpecialSession(session)
    case "SS": series = session <= 7 ? .romanSession(session, .special) : .specialSession(session)
    default: return nil
    }
    return Symbol(body: .generalAssembly, series: series, number: number, part: part)
  }

  /// `A and B`, `A, B and C`, `A-C`, ` A` as part letters.
  static func partLetters(_ text: Substring) -> [String] {
    let letters = text.uppercased().filter { $0.isLetter && $0 != " " }
    if text.contains("-"), letters.count == 2, let first = letters.first?.asciiValue,
      let last = letters.last?.asciiValue,
      first <= last
    {
      return (first...last).map { String(UnicodeScalar($0)) }
    }
    return text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).filter {
      $0.count == 1 && $0.uppercased() == $0 && $0.first?.isLetter == true
    }
  }

  /// `entry`, and an entry for each part letter; a symbol with a part also lists its whole.
  private static func withParts(_ entry: Registry.Entry, parts: [String]) -> [Registry.Entry] {
    var result = [entry]
    let symbol = entry.symbol
    for part in parts {
      guard
        let partSymbol = Symbol(
          body: symbol.body, kind: symbol.kind, series: symbol.series, number: symbol.number, part: part)
      else { continue }
      var partEntry = entry
      partEntry.symbol = partSymbol
      result.append(partEntry)
    }
    if !symbol.part.isEmpty,
      let whole = Symbol(body: symbol.body, kind: symbol.kind, series: symbol.series, number: symbol.number)
    {
      var wholeEntry = entry
      wholeEntry.symbol = whole
      result.append(wholeEntry)
    }
    return result
  }

  /// Per-session coverage of exactly the numbers listed and, for the `closedSessions`, of every number
  /// above the last one (which therefore cannot exist).
  private static func sessionCoverage(
    _ entries: [Registry.Entry], body: Body, kind: DocumentKind, closedSessions: Set<Int> = []
  ) -> [Registry.CoverageRange] {
    var bySession: [Int: [Int]] = [:]
    for entry in entries {
      if case .session(let session) = entry.symbol.series {
        bySession[session, default: []].append(entry.symbol.number)
      }
    }
    return bySession.keys.sorted().compactMap { session in
      bySession[session].map { numbers in
        var ranges = compress(numbers)
        if closedSessions.contains(session), let last = ranges.last?.upperBound {
          ranges.append((last + 1)...Int.max)
        }
        return Registry.CoverageRange(body: body, kind: kind, session: session, numbers: ranges)
      }
    }
  }

  /// Sorted, merged ranges of `numbers`: `[1, 2, 3, 5]` → `[1...3, 5...5]`.
  static func compress(_ numbers: [Int]) -> [ClosedRange<Int>] {
    var ranges: [ClosedRange<Int>] = []
    for number in Set(numbers).sorted() {
      if let last = ranges.last, last.upperBound + 1 == number {
        ranges[ranges.count - 1] = last.lowerBound...number
      } else {
        ranges.append(number...number)
      }
    }
    return ranges
  }
}
