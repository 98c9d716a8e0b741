/// Parses one registry TSV file: coverage headers, an optional `symbol date title` heading, entries.
struct RegistryFileParser {
  /// The path named in error messages.
  let path: String

  /// Adds the file's entries and declared coverage.
  ///
  /// - Throws: ``CiteGraphError/malformedFile(path:line:reason:)`` naming the first bad line.
  /// - Complexity: O(*n*) in the file's length.
  func parse(_ bytes: [UInt8], entries: inout [Registry.Entry], coverage: inout [Registry.CoverageRange])
    throws(CiteGraphError)
  {
    var approximate = false
    var fields: [Range<Int>] = []
    try bytes.withUnsafeBufferPointer { (buffer) throws(CiteGraphError) in
      try ByteLines.forEach(in: buffer) { (number, line) throws(CiteGraphError) -> Bool in
        guard !line.isEmpty else { return true }
        if buffer[line.lowerBound] == UInt8(ascii: "#") {
          let text = ByteLines.string(line.dropFirst(), of: buffer).trimmingWhitespace()
          if text.lowercased() == "dates: approximate" {
            approximate = true
          } else if let declared = try coverageRange(text, line: number) {
            coverage.append(declared)
          }
          return true
        }
        ByteLines.split(line, of: buffer, by: 9, into: &fields)
        if ByteLines.equals(fields[0], of: buffer, "symbol") { return true }
        entries.append(try entry(fields, line: number, of: buffer, approximate: approximate))
        return true
      }
    }
  }

  private func malformed(_ line: Int, _ reason: String) -> CiteGraphError {
    .malformedFile(path: path, line: line, reason: reason)
  }

  private func entry(
    _ fields: [Range<Int>], line: Int, of buffer: UnsafeBufferPointer<UInt8>, approximate: Bool
  ) throws(CiteGraphError) -> Registry.Entry {
    guard fields.count <= 3 else {
      throw malformed(line, "a registry line has at most 3 tab-separated fields (symbol, date, title)")
    }
    let text = ByteLines.string(fields[0], of: buffer)
    guard let symbol = Symbol.parseCanonical(fields[0], of: buffer) ?? Symbol(parsing: text) else {
      throw malformed(line, "'\(text)' is not a resolution or decision symbol")
    }
    var date: CalendarDate? = nil
    if fields.count > 1, !fields[1].isEmpty, !ByteLines.equals(fields[1], of: buffer, "-") {
      guard let parsed = ByteLines.date(fields[1], of: buffer) else {
        throw malformed(line, "'\(ByteLines.string(fields[1], of: buffer))' is not a date (YYYY-MM-DD, - or empty)")
      }
      date = parsed
    }
    var title: String? = nil
    if fields.count > 2, !fields[2].isEmpty, !ByteLines.equals(fields[2], of: buffer, "-") {
      guard let decoded = GraphFieldCoding.unescape(UnsafeBufferPointer(rebasing: buffer[fields[2]])) else {
        throw malformed(line, "bad escape in the title (use \\\\, \\t, \\n, \\r or \\-)")
      }
      title = decoded
    }
    return Registry.Entry(symbol: symbol, date: date, title: title, dateIsApproximate: approximate && date != nil)
  }

  /// The range a `covers:` comment declares, `nil` for any other comment.
  private func coverageRange(_ text: String, line: Int) throws(CiteGraphError) -> Registry.CoverageRange? {
    let lower = text.lowercased()
    let partial: Bool
    let rest: Substring
    if lower.hasPrefix("covers:") {
      partial = false
      rest = text.dropFirst("covers:".count)
    } else if lower.hasPrefix("covers (partial):") {
      partial = true
      rest = text.dropFirst("covers (partial):".count)
    } else {
      return nil
    }
    let words = rest.split(separator: " ").map(String.init)
    let usage =
      "expected '# covers: S/RES 1-2640', '# covers: A/RES sessions 78-79', '# covers: A/DEC/71 401-415,501-567,568-' "
      + "or '# covers: E/RES all'"
    guard let series = words.first, words.count == 2 || (words.count == 3 && words[1].lowercased() == "sessions") else {
      throw malformed(line, usage)
    }
    let kinds: [(String, Body, DocumentKind)] = [
      ("A/RES", .generalAssembly, .resolution), ("A/DEC", .generalAssembly, .decision),
      ("S/RES", .securityCouncil, .resolution), ("E/RES", .economicAndSocialCouncil, .resolution),
      ("E/DEC", .economicAndSocialCouncil, .decision), ("A/HRC/RES", .humanRightsCouncil, .resolution),
      ("A/HRC/DEC", .humanRightsCouncil, .decision), ("E/CN.4/RES", .commissionOnHumanRights, .resolution),
    ]
    var session: Int? = nil
    var prefix = series.uppercased()
    if let slash = prefix.lastIndex(of: "/"), let number = Int(prefix[prefix.index(after: slash)...]) {
      session = number
      prefix = String(prefix[..<slash])
    }
    guard let (_, body, kind) = kinds.first(where: { $0.0 == prefix }) else { throw malformed(line, usage) }
    let last = words[words.count - 1]
    let ranges = last.lowercased() == "all" ? nil : numberRanges(last)
    guard ranges != nil || (last.lowercased() == "all" && words.count == 2) else { throw malformed(line, usage) }
    if words.count == 3 {
      guard session == nil, let ranges, ranges.count == 1, let sessions = ranges.first else {
        throw malformed(line, usage)
      }
      return Registry.CoverageRange(body: body, kind: kind, sessions: sessions, partial: partial)
    }
    return Registry.CoverageRange(body: body, kind: kind, session: session, numbers: ranges, partial: partial)
  }

  /// `1-17,19,21-30,32-` as ranges; a range open at the top (`32-`) runs to `Int.max`.
  private func numberRanges(_ text: String) -> [ClosedRange<Int>]? {
    var ranges: [ClosedRange<Int>] = []
    for piece in text.split(separator: ",") {
      let bounds = piece.split(separator: "-", omittingEmptySubsequences: false)
      let upper = bounds.count == 2 && bounds[1].isEmpty ? Int.max : Int(bounds[bounds.count - 1])
      guard bounds.count <= 2, let low = Int(bounds[0]), let high = upper, low <= high else {
        return nil
      }
      ranges.append(low...high)
    }
    return ranges.isEmpty ? nil : ranges
  }
}
