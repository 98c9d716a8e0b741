/// Writes one synthetic resolution: cover page, preamble of participle paragraphs, numbered operative
/// paragraphs, footnotes, and the citations it places in them, recorded as it writes them.
struct SyntheticResolutionComposer {
  /// A document to cite, with the words a text uses for it.
  private struct Item {
    var symbol: Symbol
    /// The number as written: `45/12`, `57/270 B`, `1514 (XV)`, `1325 (2000)`.
    var written: String
    /// The organ's name as a text writes it before the number.
    var bodyPhrase: String
    var date: CalendarDate?
    /// The title of an internal document, for `entitled “…”`.
    var title: String?
  }

  private let corpus: SyntheticCorpus
  private let index: Int
  private let symbol: Symbol
  private let date: CalendarDate
  private let title: String
  private let ownBodyPhrase: String
  private var random: SeededGenerator
  private var layout: SyntheticPageLayout
  private var citations: [SyntheticCorpus.Citation] = []
  private var nextMarker = 1

  init(corpus: SyntheticCorpus, index: Int) {
    self.corpus = corpus
    self.index = index
    symbol = corpus.symbol(at: index)
    date = corpus.date(at: index)
    title = corpus.title(at: index)
    ownBodyPhrase = symbol.body == .securityCouncil ? "Security Council" : "General Assembly"
    random = SeededGenerator(seed: corpus.seed, stream: UInt64(index))
    layout = SyntheticPageLayout(random: SeededGenerator(seed: corpus.seed ^ 0x6C61_796F_7574, stream: UInt64(index)))
  }

  private var isCouncil: Bool { symbol.body == .securityCouncil }

  /// The document, with the citations placed in it.
  mutating func compose() -> SyntheticCorpus.Document {
    var preambleGroups: [[Item]] = []
    var operativeGroups: [[Item]] = []
    for group in citationGroups() {
      if random.chance(0.75) { preambleGroups.append(group) } else { operativeGroups.append(group) }
    }

    if !isCouncil && random.chance(0.5) {
      var paragraph = SyntheticPageLayout.Paragraph()
      paragraph.append("Having considered the report of the Secretary-General,")
      glueNoiseFootnote(to: &paragraph)
      paragraph.append("and " + random.pick(SyntheticPhrases.clauses.filter { $0.hasPrefix("the ") }) + ",")
      layout.add(paragraph)
    }
    var plainPreamble = 3 + random.below(12)
    for group in preambleGroups {
      addPreambular(group)
      if plainPreamble > 0 && random.chance(0.4) {
        addPlainPreambular()
        plainPreamble -= 1
      }
    }
    for _ in 0..<plainPreamble { addPlainPreambular() }

    var number = 0
    var plainOperative = 5 + random.below(24)
    for group in operativeGroups {
      while plainOperative > 0 && random.chance(0.5) {
        number += 1
        addPlainOperative(number: number)
        plainOperative -= 1
      }
      number += 1
      addOperative(group, number: number)
    }
    for _ in 0..<plainOperative {
      number += 1
      addPlainOperative(number: number)
    }
    var closing = SyntheticPageLayout.Paragraph()
    closing.number = number + 1
    if isCouncil {
      closing.append("Decides to remain actively seized of the matter.")
    } else {
      let session = symbol.series.sessionNumber ?? 31
      closing.append(
        "Decides to include in the provisional agenda of its \(SyntheticPhrases.ordinalWords(session + 1).lowercased())"
          + " session the item entitled “\(title)”.")
    }
    layout.add(closing)
    if !isCouncil {
      layout.raw("\(SyntheticPhrases.ordinalNumber(40 + random.below(40))) plenary meeting \n\(date.written) ")
    }
    let job = "\(twoDigits(date.year % 100))-\(10000 + random.below(89999))"
    let text = layout.text(
      cover: cover(job: job), symbol: headerSymbol, shortTitle: isCouncil ? nil : shortTitle, job: job)
    return SyntheticCorpus.Document(
      name: fileName, symbol: symbol, date: date, title: title, text: text, citations: citations)
  }

  // MARK: - What to cite

  /// The documents to cite, shuffled and cut into groups of one to six.
  private mutating func citationGroups() -> [[Item]] {
    var items: [Item] = corpus.citedIndices(of: index).map { item(forDocument: Int($0)) }
    for external in SyntheticPhrases.externals where random.chance(0.05) {
      guard let target = Symbol(parsing: external.canonical), let written = external.date, written < date,
        !isCouncil || target.body == .generalAssembly || target.body == .securityCouncil
      else { continue }
      items.append(Item(symbol: target, written: external.written, bodyPhrase: external.bodyPhrase, date: written))
    }
    if !isCouncil, let session = symbol.series.sessionNumber, session > 31, random.chance(0.15) {
      let decided = 31 + random.below(session - 31)
      if let decision = Symbol(
        body: .generalAssembly, kind: .decision, series: .session(decided), number: 401 + random.below(150))
      {
        items.append(Item(symbol: decision, written: "\(decided)/\(decision.number)", bodyPhrase: "General Assembly"))
      }
    }
    for position in items.indices.reversed() where position > 0 {
      items.swapAt(position, random.below(position + 1))
    }
    var groups: [[Item]] = []
    var start = 0
    while start < items.count {
      let size = [1, 1, 1, 2, 2, 3, 3, 4, 5, 6][random.below(10)]
      let end = min(items.count, start + size)
      groups.append(items[start..<end].sorted { ($0.date ?? date, $0.symbol) < ($1.date ?? date, $1.symbol) })
      start = end
    }
    return groups
  }

  private func item(forDocument cited: Int) -> Item {
    let target = corpus.symbol(at: cited)
    return Item(
      symbol: target, written: written(target),
      bodyPhrase: target.body == .securityCouncil ? "Security Council" : "General Assembly",
      date: corpus.date(at: cited), title: corpus.title(at: cited))
  }

  /// A symbol as texts write it: `45/12`, `57/270 B`, `1325 (2000)`.
  private func written(_ symbol: Symbol) -> String {
    let part = symbol.part.isEmpty ? "" : " " + symbol.part
    switch symbol.series {
    case .year(let year) where symbol.body == .securityCouncil: return "\(symbol.number)\(part) (\(year))"
    case .session(let session): return "\(session)/\(symbol.number)\(part)"
    default: return symbol.shortForm
    }
  }

  // MARK: - Paragraphs

  /// Writes `group` as a list (`its resolutions 45/12 of 4 December 1990 and 46/3 and Security
  /// Council resolution 1234 (1999)`) and records each member as cited with `relation`.
  private mutating func appendList(
    _ group: [Item], relation: Relation, to paragraph: inout SyntheticPageLayout.Paragraph
  ) {
    let withDates = random.chance(0.65)
    var phrases: [String] = []
    for ownBody in [true, false] {
      for decisions in [false, true] {
        let members = group.filter {
          ($0.bodyPhrase == ownBodyPhrase) == ownBody && ($0.symbol.kind == .decision) == decisions
        }
        guard !members.isEmpty else { continue }
        let byBody = Dictionary(grouping: members, by: \.bodyPhrase)
        for phrase in byBody.keys.sorted() {
          guard let listed = byBody[phrase] else { continue }
          let lead = ownBody && random.chance(0.7) ? "its" : phrase
          let noun = (decisions ? "decision" : "resolution") + (listed.count > 1 ? "s" : "")
          let numbers = listed.map { item in
            withDates && item.date != nil ? "\(item.written) of \(item.date?.written ?? "")" : item.written
          }
          phrases.append("\(lead) \(noun) \(joined(numbers))")
          for item in listed {
            citations.append(
              SyntheticCorpus.Citation(target: item.symbol, relation: relation, date: withDates ? item.date : nil))
          }
        }
      }
    }
    paragraph.append(joined(phrases))
    if group.count == 1, let title = group[0].title, random.chance(0.2) {
      paragraph.words[paragraph.words.count - 1] += ","
      paragraph.append("entitled “\(title)”")
    }
  }

  /// `a`, `a and b`, `a, b and c`.
  private func joined(_ parts: [String]) -> String {
    guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + " and " + last
  }

  private mutating func addPreambular(_ group: [Item]) {
    var paragraph = SyntheticPageLayout.Paragraph()
    if let footnoted = footnotable(group) {
      let (participle, relation) = random.pick(SyntheticPhrases.participles)
      paragraph.append("\(participle) the \(instrumentName()),")
      citeThroughFootnote(footnoted, relation: relation, paragraph: &paragraph)
      paragraph.append(random.pick(SyntheticPhrases.clauses) + ",")
      layout.add(paragraph)
      return
    }
    let (participle, relation) = random.pick(SyntheticPhrases.participles)
    paragraph.append(participle + connector(for: relation))
    appendList(group, relation: relation, to: &paragraph)
    finishWithNoiseOrTail(
      group, paragraph: &paragraph,
      tails: [
        ", and all other relevant resolutions,", " on \(random.pick(SyntheticPhrases.topics)),",
        ", in which it stressed \(random.pick(SyntheticPhrases.clauses)),", ",",
      ])
    layout.add(paragraph)
  }

  private mutating func addOperative(_ group: [Item], number: Int) {
    var paragraph = SyntheticPageLayout.Paragraph()
    paragraph.number = number
    if let footnoted = footnotable(group) {
      let (verb, relation) = random.pick(SyntheticPhrases.operativeVerbs)
      paragraph.append("\(verb) the \(instrumentName()),")
      citeThroughFootnote(footnoted, relation: relation, paragraph: &paragraph)
      paragraph.append("and calls upon Member States to " + random.pick(SyntheticPhrases.actions) + ";")
      layout.add(paragraph)
      return
    }
    let relation: Relation
    if random.chance(0.5) {
      let (verb, verbRelation) = random.pick(SyntheticPhrases.operativeVerbs)
      paragraph.append(verb + connector(for: verbRelation))
      relation = verbRelation
    } else {
      paragraph.append(random.pick(SyntheticPhrases.citingOperatives))
      relation = .cites
    }
    appendList(group, relation: relation, to: &paragraph)
    finishWithNoiseOrTail(
      group, paragraph: &paragraph,
      tails: [
        ", and requests the Secretary-General to \(random.pick(SyntheticPhrases.actions));", ";",
        " on \(random.pick(SyntheticPhrases.topics));",
      ])
    layout.add(paragraph)
  }

  /// Words between a verb and a list that keep the verb's relation: `Welcoming the adoption of`.
  private func connector(for relation: Relation) -> String {
    switch relation {
    case .welcomes: " the adoption of "
    case .endorses: " the outcome set out in "
    default: " "
    }
  }

  /// Ends a citing paragraph; a lone number without date or title sometimes carries a glued marker
  /// of a footnote that cites a report, not a resolution (`resolution 77/37,4`).
  private mutating func finishWithNoiseOrTail(
    _ group: [Item], paragraph: inout SyntheticPageLayout.Paragraph, tails: [String]
  ) {
    if group.count == 1, let last = paragraph.words.last, last.last?.isNumber == true || last.last == ")",
      random.chance(0.15)
    {
      paragraph.words[paragraph.words.count - 1] += ","
      glueNoiseFootnote(to: &paragraph)
      paragraph.append(random.pick(SyntheticPhrases.clauses) + (paragraph.number == nil ? "," : ";"))
      return
    }
    let tail = random.pick(tails)
    if tail.first == "," || tail.first == ";" {
      paragraph.words[paragraph.words.count - 1] += String(tail.prefix(1))
      paragraph.append(String(tail.dropFirst()))
    } else {
      paragraph.append(tail)
    }
  }

  /// The one General Assembly resolution of a group that a footnote may cite, when the dice say so.
  private mutating func footnotable(_ group: [Item]) -> Item? {
    guard !isCouncil, group.count == 1, group[0].symbol.body == .generalAssembly,
      group[0].symbol.kind == .resolution, random.chance(0.25)
    else { return nil }
    return group[0]
  }

  private mutating func instrumentName() -> String {
    "\(random.pick(SyntheticPhrases.places)) \(random.pick(SyntheticPhrases.instrumentKinds)) "
      + random.pick(SyntheticPhrases.topics)
  }

  private mutating func citeThroughFootnote(
    _ item: Item, relation: Relation, paragraph: inout SyntheticPageLayout.Paragraph
  ) {
    let marker = nextMarker
    nextMarker += 1
    paragraph.glue(marker: marker)
    let forms = [
      "Resolution \(item.written), annex.", "See resolution \(item.written).", "Resolution \(item.written).",
    ]
    layout.footnote(marker, text: random.pick(forms))
    citations.append(SyntheticCorpus.Citation(target: item.symbol, relation: relation, viaFootnote: true))
  }

  private mutating func glueNoiseFootnote(to paragraph: inout SyntheticPageLayout.Paragraph) {
    let marker = nextMarker
    nextMarker += 1
    paragraph.glue(marker: marker)
    let session = symbol.series.sessionNumber ?? 31
    let report = 100 + random.below(700)
    let forms =
      isCouncil
      ? ["S/\(date.year)/\(report).", "See S/\(date.year)/\(report), annex."]
      : [
        "A/\(session)/\(report).", "See A/\(session)/\(report), para. \(2 + random.below(60)).",
        "Official Records of the General Assembly, \(SyntheticPhrases.ordinalWords(session)) Session, Supplement "
          + "No. \(1 + random.below(50)) (A/\(session)/\(report)).",
        "United Nations, Treaty Series, vol. \(1000 + random.below(2000)), No. \(10000 + random.below(50000)).",
      ]
    layout.footnote(marker, text: random.pick(forms))
  }

  private mutating func addPlainPreambular() {
    var paragraph = SyntheticPageLayout.Paragraph()
    let participle = random.pick(SyntheticPhrases.plainParticiples)
    // "Aware of that …" is not English: after a preposition only noun clauses follow.
    let fitting =
      participle.hasSuffix(" of") || participle.hasSuffix(" at") || participle.hasSuffix(" about")
        || participle.hasSuffix(" promote")
      ? SyntheticPhrases.clauses.filter { !$0.hasPrefix("that ") } : SyntheticPhrases.clauses
    var clauses: [String] = []
    for _ in 0..<(1 + random.below(3)) {
      let clause = random.pick(fitting)
      if !clauses.contains(clause) { clauses.append(clause) }
    }
    paragraph.append(participle + " " + clauses.joined(separator: ", and ") + ",")
    layout.add(paragraph)
  }

  private mutating func addPlainOperative(number: Int) {
    var paragraph = SyntheticPageLayout.Paragraph()
    paragraph.number = number
    var text = random.pick(SyntheticPhrases.plainOperatives) + " " + random.pick(SyntheticPhrases.actions)
    if random.chance(0.7) { text += ", bearing in mind " + random.pick(SyntheticPhrases.clauses) }
    if random.chance(0.4) { text += ", and to " + random.pick(SyntheticPhrases.actions) }
    if random.chance(0.3) { text += ", in the period from \(date.year + 1) to \(date.year + 4)" }
    paragraph.append(text + ";")
    layout.add(paragraph)
  }

  // MARK: - Cover and running headers

  private var headerSymbol: String {
    isCouncil ? "S/RES/\(written(symbol))" : "A/RES/\(written(symbol))"
  }

  private var shortTitle: String {
    title.count <= 60 ? title : String(title.prefix(57)) + "..."
  }

  private var fileName: String {
    switch symbol.series {
    case .year(let year):
      let digits = String(symbol.number)
      return "S_RES_\(String(repeating: "0", count: max(0, 4 - digits.count)) + digits)_\(year).txt"
    default:
      return "A_RES_\(symbol.series.sessionNumber ?? 0)_\(symbol.number)\(symbol.part).txt"
    }
  }

  private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  private mutating func cover(job: String) -> String {
    let issued = CalendarDate(dayNumber: date.dayNumber + 3 + random.below(10))
    let stamp = "*" + job.replacingOccurrences(of: "-", with: "") + "*"
    let distribution =
      "United Nations \n\(headerSymbol)\n \n \n\(ownBodyPhrase) \nDistr.: General \n\(issued.written) \n \n"
    if isCouncil {
      return distribution
        + "\(job) (E) \n\(stamp) \n \n \nResolution \(written(symbol)) \n \n \nAdopted by the Security Council at its "
        + "\(SyntheticPhrases.ordinalNumber(2000 + symbol.number)) meeting, on \(date.written) \n \n \n \n"
        + "The Security Council, \n \n"
    }
    let session = symbol.series.sessionNumber ?? 31
    let day = "\(twoDigits(issued.day))\(twoDigits(issued.month))\(twoDigits(issued.year % 100))"
    return distribution
      + "\(job) (E)    \(day) \n\(stamp) \n \n \n\(SyntheticPhrases.ordinalWords(session)) session \nAgenda item "
      + "\(10 + random.below(150)) \n\(title) \n \n \n \n \n Resolution adopted by the General Assembly \non "
      + "\(date.written) \n \n \n \n \n[on the report of the \(random.pick(SyntheticPhrases.committees)) "
      + "(A/\(session)/\(400 + random.below(300)), para. \(5 + random.below(40)))] \n \n \n \(written(symbol)). "
      + "\(title) \n \n \n \nThe General Assembly, \n \n"
  }
}
