/// Writes a registry TSV file that ``Registry/load(paths:)`` reads: `#` comment lines describing the
/// source, the coverage lines, a heading, then one sorted `symbol date title` line per entry.
public struct RegistryFileWriter {
  public init() {}

  /// The file's text.
  ///
  /// - Parameters:
  ///   - entries: the documents to list (merged by symbol).
  ///   - coverage: the declared coverage.
  ///   - description: comment lines saying what the file holds and where it comes from.
  ///   - datesAreApproximate: whether to mark the dates as near the adoption only.
  /// - Returns: the TSV text.
  /// - Complexity: O(*n* log *n*) for *n* entries.
  public func text(
    entries: [Registry.Entry], coverage: [Registry.CoverageRange], description: [String], datesAreApproximate: Bool
  ) -> String {
    var out = description.map { "# \($0)\n" }.joined()
    for range in coverage { out += "# \(Self.describe(range))\n" }
    if datesAreApproximate { out += "# dates: approximate\n" }
    out += "symbol\tdate\ttitle\n"
    for entry in Registry(entries: entries).entries {
      out += "\(entry.symbol.canonical)\t\(entry.date?.iso ?? "-")\t\(GraphFieldCoding.escape(optional: entry.title))\n"
    }
    return out
  }

  /// The `covers:` line for `range`.
  static func describe(_ range: Registry.CoverageRange) -> String {
    let prefix: String =
      switch (range.body, range.kind) {
      case (.generalAssembly, .resolution): "A/RES"
      case (.generalAssembly, .decision): "A/DEC"
      case (.securityCouncil, _): "S/RES"
      case (.economicAndSocialCouncil, .resolution): "E/RES"
      case (.economicAndSocialCouncil, .decision): "E/DEC"
      case (.humanRightsCouncil, .resolution): "A/HRC/RES"
      case (.humanRightsCouncil, .decision): "A/HRC/DEC"
      case (.commissionOnHumanRights, _): "E/CN.4/RES"
      }
    let head = range.partial ? "covers (partial):" : "covers:"
    func ranges(_ list: [ClosedRange<Int>]) -> String {
      list.map {
        switch $0.upperBound {
        case $0.lowerBound: "\($0.lowerBound)"
        case Int.max: "\($0.lowerBound)-"
        default: "\($0.lowerBound)-\($0.upperBound)"
        }
      }.joined(separator: ",")
    }
    if let sessions = range.sessions { return "\(head) \(prefix) sessions \(ranges([sessions]))" }
    let series = range.session.map { "\(prefix)/\($0)" } ?? prefix
    return "\(head) \(series) \(range.numbers.map(ranges) ?? "all")"
  }
}
