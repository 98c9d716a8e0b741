/// A seeded corpus of synthetic United Nations resolutions whose every citation is known: the
/// benchmark's corpus at sizes the real one does not reach, and a resolver's answer key.
///
/// Document *i* is adopted on the *i*-th day of an even spread from September 1976 to June 2025; about
/// one in eight is a Security Council resolution (`S/RES/N (YYYY)`), the rest General Assembly
/// resolutions numbered within their session (`45/12`, now and then with a part letter: `57/270 B`).
/// Which earlier documents each one cites comes from a ``SyntheticGraph`` (preferential attachment);
/// a few documents outside the corpus (old-style, special-session, Security Council, Human Rights
/// Council, ECOSOC, Commission on Human Rights resolutions, and General Assembly decisions) are cited
/// too. ``SyntheticResolutionComposer`` writes each text as a PDF extraction looks.
///
/// Documents are made on demand and depend only on the seed and their index, so workers may make
/// them in parallel and get the same texts.
public struct SyntheticCorpus: Sendable {
  /// One citation the generator wrote, as a resolver should report it.
  public struct Citation: Hashable, Sendable {
    /// The cited document.
    public var target: Symbol
    /// The relation of the paragraph that holds the mention or the footnote's marker.
    public var relation: Relation
    /// The adoption date written next to the mention, if any.
    public var date: CalendarDate?
    /// Whether the citation is made by a footnote reached through a marker.
    public var viaFootnote: Bool

    public init(target: Symbol, relation: Relation, date: CalendarDate? = nil, viaFootnote: Bool = false) {
      self.target = target
      self.relation = relation
      self.date = date
      self.viaFootnote = viaFootnote
    }
  }

  /// One synthetic text with its identity and its citations.
  public struct Document: Sendable {
    /// A file name in the corpus's style: `A_RES_45_12.txt`, `S_RES_0912_1994.txt`.
    public var name: String
    /// The document's own symbol.
    public var symbol: Symbol
    /// Its adoption date.
    public var date: CalendarDate
    /// Its title (for a Security Council resolution, its topic).
    public var title: String
    /// The text, laid out as extracted from a PDF.
    public var text: String
    /// Every citation in the text, in no particular order; a target may appear more than once.
    public var citations: [Citation]
  }

  /// The number of documents.
  public let count: Int
  /// The seed that fixes every text.
  public let seed: UInt64
  let symbols: [Symbol]
  let dayNumbers: [Int32]
  let citationOffsets: [Int32]
  let citationTargets: [Int32]

  /// The first adoption day of the corpus.
  static let firstDay = CalendarDate(dayNumber: 2454)  // 20 September 1976
  /// The last adoption day of the corpus.
  static let lastDay = CalendarDate(dayNumber: 20269)  // 30 June 2025

  /// A corpus of `documents` texts citing about `citationsPerDocument` earlier ones each.
  ///
  /// - Complexity: O(*N* · `citationsPerDocument`); texts are made later, by ``document(at:)``.
  public init(documents: Int, seed: UInt64, citationsPerDocument: Double = 7) {
    let n = max(0, documents)
    var random = SeededGenerator(seed: seed)
    var symbols: [Symbol] = []
    var days: [Int32] = []
    symbols.reserveCapacity(n)
    days.reserveCapacity(n)
    var numberInSession: [Int: Int] = [:]
    var councilNumber = 300
    let first = Self.firstDay.dayNumber
    let span = Self.lastDay.dayNumber - first
    for index in 0..<n {
      let day = first + (n > 1 ? index * span / (n - 1) : 0)
      let date = CalendarDate(dayNumber: day)
      days.append(Int32(day))
      let symbol: Symbol?
      if random.chance(0.12) {
        councilNumber += 1
        symbol = Symbol(body: .securityCouncil, series: .year(date.year), number: councilNumber)
      } else {
        let session = Self.session(of: date)
        let number = (numberInSession[session] ?? 0) + 1
        numberInSession[session] = number
        let part = random.chance(0.03) ? (random.chance(0.5) ? "A" : "B") : ""
        symbol = Symbol(body: .generalAssembly, series: .session(session), number: number, part: part)
      }
      guard let symbol else { preconditionFailure("sessions 31…79, years 1976…2025 and positive numbers are valid") }
      symbols.append(symbol)
    }
    let graph = SyntheticGraph(
      nodes: n, edges: Int((Double(n) * citationsPerDocument).rounded()), seed: seed ^ 0x6772_6170_68)
    var offsets = [Int32](repeating: 0, count: n + 1)
    for source in graph.sources { offsets[Int(source) + 1] += 1 }
    for index in 0..<n { offsets[index + 1] += offsets[index] }
    self.count = n
    self.seed = seed
    self.symbols = symbols
    self.dayNumbers = days
    self.citationOffsets = offsets
    self.citationTargets = graph.targets
  }

  /// The General Assembly session in progress on `date` (sessions open in mid-September).
  static func session(of date: CalendarDate) -> Int {
    date.month > 9 || (date.month == 9 && date.day >= 15) ? date.year - 1945 : date.year - 1946
  }

  /// The symbol of document `index`.
  public func symbol(at index: Int) -> Symbol { symbols[index] }

  /// The adoption date of document `index`.
  public func date(at index: Int) -> CalendarDate { CalendarDate(dayNumber: Int(dayNumbers[index])) }

  /// The earlier documents that document `index` cites, by index.
  public func citedIndices(of index: Int) -> ArraySlice<Int32> {
    citationTargets[Int(citationOffsets[index])..<Int(citationOffsets[index + 1])]
  }

  /// The title of document `index`, fixed by the seed so that citing texts can quote it.
  public func title(at index: Int) -> String {
    var random = SeededGenerator(seed: seed ^ 0x7469_746C_65, stream: UInt64(index))
    return random.pick(SyntheticPhrases.titleOpenings) + " " + random.pick(SyntheticPhrases.topics)
  }

  /// Makes document `index`.
  ///
  /// - Complexity: O(length of the text).
  public func document(at index: Int) -> Document {
    var composer = SyntheticResolutionComposer(corpus: self, index: index)
    return composer.compose()
  }
}
