import Foundation

/// The resolutions and decisions known to exist, with adoption dates and titles, and the ranges of
/// symbols whose list is complete.
///
/// Loaded from TSV files (`symbol<TAB>date<TAB>title`, `-` or empty for an unknown date) whose `#`
/// header lines declare coverage:
/// ```text
/// # covers: S/RES 1-17,19-2640          Security Council numbers, any year
/// # covers: A/RES sessions 78-79        every resolution of regular sessions 78 and 79
/// # covers: A/DEC/71 401-415,501-567    decisions of session 71 with these numbers
/// # covers (partial): A/RES sessions 1-75
/// # dates: approximate
/// ```
/// Within complete coverage a symbol the registry lacks does not exist (a dangling reference); outside
/// it, or under partial coverage, it is merely unverified. `# dates: approximate` marks a file whose
/// dates are near the adoption (a recorded vote) rather than the adoption itself.
public struct Registry: Sendable {
  /// What the registry knows of one document.
  public struct Entry: Hashable, Sendable {
    /// The document.
    public var symbol: Symbol
    /// Its adoption date, when known.
    public var date: CalendarDate?
    /// Its title (or, for the Security Council, its topic), when known.
    public var title: String?
    /// Whether ``date`` is only near the adoption date.
    public var dateIsApproximate: Bool

    public init(symbol: Symbol, date: CalendarDate? = nil, title: String? = nil, dateIsApproximate: Bool = false) {
      self.symbol = symbol
      self.date = date
      self.title = title
      self.dateIsApproximate = dateIsApproximate
    }
  }

  /// How completely the registry lists the documents of some range.
  public enum Coverage: Sendable, Equatable {
    /// Every document of the range is listed.
    case complete
    /// Some documents of the range are listed.
    case partial
    /// The registry says nothing of the range.
    case none
  }

  /// One declared coverage: a body and kind, optionally sessions or one session, and optionally numbers.
  public struct CoverageRange: Hashable, Sendable {
    public var body: Body
    public var kind: DocumentKind
    /// Regular sessions covered whole (`A/RES sessions 78-79`).
    public var sessions: ClosedRange<Int>?
    /// The one regular session the numbers belong to (`A/DEC/71 401-415`).
    public var session: Int?
    /// The numbers covered; `nil` for all.
    public var numbers: [ClosedRange<Int>]?
    /// Whether the range is only partly listed.
    public var partial: Bool

    public init(
      body: Body, kind: DocumentKind, sessions: ClosedRange<Int>? = nil, session: Int? = nil,
      numbers: [ClosedRange<Int>]? = nil, partial: Bool = false
    ) {
      self.body = body
      self.kind = kind
      self.sessions = sessions
      self.session = session
      self.numbers = numbers
      self.partial = partial
    }

    /// Whether `symbol` falls in the range.
    public func contains(_ symbol: Symbol) -> Bool {
      guard symbol.body == body, symbol.kind == kind else { return false }
      let regularSession: Int? =
        switch symbol.series {
        case .session(let n), .romanSession(let n, .regular): n
        default: nil
        }
      if let sessions, !(regularSession.map(sessions.contains) ?? false) { return false }
      if let session, regularSession != session { return false }
      if let numbers, !numbers.contains(where: { $0.contains(symbol.number) }) { return false }
      return true
    }
  }

  private var bySymbol: [Symbol: Entry]
  /// The declared coverage, in file order.
  public let coverage: [CoverageRange]

  /// A registry of `entries` (the first entry with a precise date wins, titles fill in) and `coverage`.
  public init(entries: [Entry] = [], coverage: [CoverageRange] = []) {
    var bySymbol: [Symbol: Entry] = [:]
    bySymbol.reserveCapacity(entries.count)
    for entry in entries {
      guard var known = bySymbol[entry.symbol] else {
        bySymbol[entry.symbol] = entry
        continue
      }
      if let date = entry.date, known.date == nil || (known.dateIsApproximate && !entry.dateIsApproximate) {
        known.date = date
        known.dateIsApproximate = entry.dateIsApproximate
      }
      if known.title == nil { known.title = entry.title }
      bySymbol[entry.symbol] = known
    }
    self.bySymbol = bySymbol
    self.coverage = coverage
  }

  /// The number of documents listed.
  public var count: Int { bySymbol.count }

  /// Every entry, in symbol order.
  public var entries: [Entry] { bySymbol.values.sorted { $0.symbol < $1.symbol } }

  /// What the registry knows of `symbol`, if it lists it.
  ///
  /// - Complexity: O(1) on average.
  public func entry(for symbol: Symbol) -> Entry? { bySymbol[symbol] }

  /// Whether the registry lists every document of a range holding `symbol`, so that its absence means
  /// the document does not exist.
  public func covers(_ symbol: Symbol) -> Bool { coverage(of: symbol) == .complete }

  /// How completely the registry lists the documents of the ranges holding `symbol`.
  ///
  /// - Complexity: O(*r*) for *r* declared ranges.
  public func coverage(of symbol: Symbol) -> Coverage {
    var result = Coverage.none
    for range in coverage where range.contains(symbol) {
      if !range.partial { return .complete }
      result = .partial
    }
    return result
  }

  /// The registry the files at `paths` hold together.
  ///
  /// - Throws: ``CiteGraphError`` for a missing file or a malformed line (naming it).
  public static func load(paths: [String]) throws(CiteGraphError) -> Registry {
    var entries: [Entry] = []
    var coverage: [CoverageRange] = []
    for path in paths {
      let bytes = try FileBytes.read(path: path)
      try DocumentReader.validate(bytes, file: path)
      try RegistryFileParser(path: path).parse(bytes, entries: &entries, coverage: &coverage)
    }
    return Registry(entries: entries, coverage: coverage)
  }

  /// The registry held by every `.tsv` file of `directory`, in file-name order.
  ///
  /// - Throws: ``CiteGraphError`` for an unreadable folder or a malformed file.
  public static func load(directory: URL) throws(CiteGraphError) -> Registry {
    let names: [String]
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
      throw .notFound(path: directory.path)
    }
    guard isDirectory.boolValue else {
      throw .unreadable(
        path: directory.path, reason: "not a folder; give the folder that holds the registry's .tsv files")
    }
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .unreadable(path: directory.path, reason: "cannot list the folder")
    }
    return try load(
      paths: names.filter { $0.hasSuffix(".tsv") }.sorted().map { directory.appendingPathComponent($0).path })
  }

  /// The registry bundled with citegraph (`Graphs/registry/*.tsv`), or the one in `directory`; empty
  /// when there is none.
  ///
  /// - Throws: ``CiteGraphError`` for a malformed registry file.
  public static func bundled(in directory: URL? = nil) throws(CiteGraphError) -> Registry {
    guard let folder = directory ?? BundledGraphs.registryDirectory() else { return Registry() }
    return try load(directory: folder)
  }
}
