import CiteGraph

/// The words on a lineage map: short symbols, wrapped titles, tooltips, ranking years and legend
/// entries. Plain text only; ``DOTWriter`` escapes it.
enum MapLabels {
  /// Characters per line of a wrapped title, and the most lines shown.
  static let titleWidth = 24
  static let titleLines = 3
  /// The longest title a tooltip repeats in full.
  static let tooltipTitleLimit = 600

  /// The symbol as texts write it: General Assembly and Security Council resolutions by their
  /// number alone (`71/244`, `57/270 B`, `1514 (XV)`, `1325 (2000)`), which their shapes keep
  /// apart; everything else by its full symbol, so no body is mistaken for another.
  static func label(of symbol: Symbol) -> String {
    let part = symbol.part.isEmpty ? "" : " \(symbol.part)"
    switch (symbol.body, symbol.kind, symbol.series) {
    case (.generalAssembly, .resolution, .session(let n)): return "\(n)/\(symbol.number)\(part)"
    case (.generalAssembly, .resolution, .specialSession(let n)): return "S-\(n)/\(symbol.number)\(part)"
    case (.generalAssembly, .resolution, .emergencySpecialSession(let n)): return "ES-\(n)/\(symbol.number)\(part)"
    case (.generalAssembly, .resolution, .romanSession):
      let session = symbol.shortForm.firstIndex(of: "(").map { symbol.shortForm[$0...] } ?? ""
      return "\(symbol.number)\(part) \(session)"
    case (.securityCouncil, _, .year(let year)): return "\(symbol.number)\(part) (\(year))"
    default: return symbol.canonical
    }
  }

  /// The year a document is ranked in: its adoption year, else the one its symbol implies.
  ///
  /// A General Assembly session *N* opens in September 1945 + *N* and adopts most of its
  /// resolutions by December; the Human Rights Council has held three sessions a year since 2006.
  /// Special sessions follow no calendar, so they stay undated.
  static func year(of node: CitationGraph.Node) -> (year: Int, estimated: Bool)? {
    if let date = node.date { return (date.year, false) }
    let symbol = node.symbol
    if let year = symbol.series.year { return (year, true) }
    switch (symbol.body, symbol.series) {
    case (.generalAssembly, .session(let n)), (.generalAssembly, .romanSession(let n, .regular)):
      return (1945 + n, true)
    case (.humanRightsCouncil, .session(let n)): return (2006 + (n - 1) / 3, true)
    default: return nil
    }
  }

  /// The title without the symbol the corpus prefixes it with (`71/244. South-South cooperation`).
  static func title(of node: CitationGraph.Node) -> String? {
    guard let title = node.title else { return nil }
    var words = title.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
    if let first = words.first, first.hasSuffix("."),
      [node.symbol.shortForm, node.symbol.canonical].contains(String(first.dropLast()))
    {
      words.removeFirst()
    }
    let cleaned = words.joined(separator: " ")
    return cleaned.isEmpty ? nil : cleaned
  }

  /// The title wrapped into at most ``titleLines`` lines of about ``titleWidth`` characters, the
  /// last one ending in an ellipsis when words were left out.
  static func wrappedTitle(of node: CitationGraph.Node) -> [String] {
    guard let title = title(of: node) else { return [] }
    var lines: [String] = []
    var current = ""
    var truncated = false
    for word in title.split(separator: " ") {
      let word = word.count > titleWidth ? String(word.prefix(titleWidth - 1)) + "…" : String(word)
      if current.isEmpty {
        current = word
      } else if current.count + 1 + word.count <= titleWidth {
        current += " " + word
      } else {
        lines.append(current)
        current = word
        if lines.count == titleLines {
          truncated = true
          break
        }
      }
    }
    if !truncated && !current.isEmpty { lines.append(current) }
    if truncated, let last = lines.popLast() {
      let room = titleWidth - 1
      lines.append((last.count > room ? String(last.prefix(room)) : last) + "…")
    }
    return lines
  }

  /// The full symbol, the full title and the adoption date, one per line.
  static func tooltip(of node: CitationGraph.Node, year: (year: Int, estimated: Bool)?) -> String {
    var lines = [node.symbol.canonical]
    if let title = title(of: node) {
      lines.append(title.count > tooltipTitleLimit ? String(title.prefix(tooltipTitleLimit)) + "…" : title)
    }
    if let date = node.date {
      lines.append("adopted \(date.written)")
    } else if let year {
      lines.append("adoption date unknown; about \(year.year) by its symbol")
    } else {
      lines.append("adoption date unknown")
    }
    if !node.hasText { lines.append("text not in the corpus") }
    return lines.joined(separator: "\n")
  }

  /// Who cites whom and under which relations: `A/RES/71/244 reaffirms, recalls A/RES/64/222 (3 mentions)`.
  static func tooltip(citing: Symbol, cited: Symbol, relations: RelationSet, mentions: Int) -> String {
    let verbs = relations.isEmpty ? "cites" : relations.sorted.map(\.rawValue).joined(separator: ", ")
    return "\(citing.canonical) \(verbs) \(cited.canonical) (\(mentions) mention\(mentions == 1 ? "" : "s"))"
  }

  /// The legend entries for documents: each body and kind on the map, then the markings in use.
  static func nodeKeys(for nodes: [LineageMap.Node], hasFocus: Bool) -> [LineageMap.Key<NodeStyle>] {
    let kinds = Set(nodes.map { KindKey(body: $0.symbol.body, kind: $0.symbol.kind) }).sorted {
      ($0.body, $0.kind) < ($1.body, $1.kind)
    }
    var keys = kinds.map { key in
      LineageMap.Key(
        meaning: "\(key.body.name) \(key.kind.rawValue)",
        style: MapPalette.nodeStyle(body: key.body, kind: key.kind, inCorpus: true, isFocus: false))
    }
    if hasFocus {
      keys.append(
        LineageMap.Key(
          meaning: "the document mapped",
          style: MapPalette.nodeStyle(body: .generalAssembly, kind: .resolution, inCorpus: true, isFocus: true)))
    }
    if nodes.contains(where: { !$0.inCorpus && !$0.isFocus }) {
      keys.append(
        LineageMap.Key(
          meaning: "text not in the corpus",
          style: NodeStyle(shape: "box", fill: "#FFFFFF", border: "#777777", borderWidth: 1)))
    }
    return keys
  }

  private struct KindKey: Hashable {
    var body: Body
    var kind: DocumentKind
  }
}
