import CiteGraph

/// Small graphs written by hand for the renderer's tests.
enum MapFixtures {
  struct FixtureError: Error {}

  static func symbol(_ text: String) throws -> Symbol {
    guard let symbol = Symbol(parsing: text) else { throw FixtureError() }
    return symbol
  }

  static func date(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }

  /// A lineage shaped like that of A/RES/71/244 (South-South cooperation): symbols and dates as its
  /// preamble gives them, a few citations between the ancestors, a Security Council resolution, a
  /// decision and one document without a known date, to exercise every style.
  static func southSouth() throws -> (graph: CitationGraph, focus: Symbol) {
    let rows: [(String, String?, String?, Bool)] = [
      ("A/RES/71/244", "2016-12-21", "71/244. South-South cooperation", true),
      (
        "A/RES/64/222", "2009-12-21",
        "Nairobi outcome document of the High-level United Nations Conference on South-South Cooperation", false
      ),
      (
        "A/RES/33/134", "1978-12-19", "United Nations Conference on Technical Co-operation among Developing Countries",
        false
      ),
      (
        "A/RES/57/270B", "2003-06-23",
        "Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences and summits",
        false
      ),
      ("A/RES/60/212", "2005-12-22", "South-South cooperation", false),
      ("A/RES/62/209", "2007-12-19", "South-South cooperation", false),
      ("A/RES/64/1", "2009-10-06", "High-level United Nations Conference on South-South Cooperation", false),
      ("A/RES/69/239", "2014-12-19", "South-South cooperation", false),
      ("A/RES/70/1", "2015-09-25", "Transforming our world: the 2030 Agenda for Sustainable Development", true),
      (
        "A/RES/69/313", "2015-07-27",
        "Addis Ababa Action Agenda of the Third International Conference on Financing for Development", false
      ),
      ("A/RES/69/283", "2015-06-03", "Sendai Framework for Disaster Risk Reduction 2015–2030", false),
      ("S/RES/2282(2016)", "2016-04-27", "Post-conflict peacebuilding", false),
      ("A/DEC/70/547", nil, "Revitalization of the work of the General Assembly", false),
      ("A/RES/68/230", nil, nil, false),
    ]
    var nodes: [CitationGraph.Node] = []
    for (text, iso, title, hasText) in rows {
      nodes.append(
        CitationGraph.Node(symbol: try symbol(text), date: iso.flatMap(date), title: title, hasText: hasText))
    }
    func index(_ text: String) throws -> Int32 {
      guard let at = rows.firstIndex(where: { $0.0 == text }) else { throw FixtureError() }
      return Int32(at)
    }
    let citations: [(String, String, [Relation])] = [
      ("A/RES/71/244", "A/RES/64/222", [.reaffirms]),
      ("A/RES/71/244", "A/RES/33/134", [.reaffirms]),
      ("A/RES/71/244", "A/RES/57/270B", [.recalls]),
      ("A/RES/71/244", "A/RES/60/212", [.recalls]),
      ("A/RES/71/244", "A/RES/62/209", [.recalls]),
      ("A/RES/71/244", "A/RES/64/1", [.recalls]),
      ("A/RES/71/244", "A/RES/68/230", [.recalls]),
      ("A/RES/71/244", "A/RES/69/239", [.recalls, .reaffirms]),
      ("A/RES/71/244", "A/RES/70/1", [.reaffirms, .recalls]),
      ("A/RES/71/244", "A/RES/69/313", [.reaffirms, .endorses]),
      ("A/RES/71/244", "A/RES/69/283", [.recalls]),
      ("A/RES/71/244", "S/RES/2282(2016)", [.welcomes]),
      ("A/RES/71/244", "A/DEC/70/547", [.notes]),
      ("A/RES/69/239", "A/RES/64/222", [.reaffirms]),
      ("A/RES/69/239", "A/RES/33/134", [.reaffirms]),
      ("A/RES/64/222", "A/RES/33/134", [.reaffirms]),
      ("A/RES/64/222", "A/RES/64/1", [.recalls]),
      ("A/RES/64/1", "A/RES/62/209", [.recalls]),
      ("A/RES/62/209", "A/RES/60/212", [.recalls]),
      ("A/RES/60/212", "A/RES/57/270B", [.cites]),
      ("A/RES/70/1", "A/RES/69/313", [.endorses]),
      ("A/RES/70/1", "A/RES/69/283", [.acknowledges]),
    ]
    var edges: [CitationGraph.EdgeRecord] = []
    for (source, target, relations) in citations {
      edges.append(
        CitationGraph.EdgeRecord(
          source: try index(source), target: try index(target), relations: RelationSet(relations),
          mentions: Int32(relations.count)))
    }
    return (CitationGraph(nodes: nodes, edges: edges), try symbol("A/RES/71/244"))
  }

  /// A graph of `count` General Assembly resolutions over 40 sessions, each citing a few older ones,
  /// chosen by a fixed linear congruential sequence so every run draws the same graph.
  static func layered(count: Int, citationsPerDocument: Int = 3) throws -> CitationGraph {
    var nodes: [CitationGraph.Node] = []
    for index in 0..<count {
      let session = 40 + index * 40 / count
      let symbol = try symbol("A/RES/\(session)/\(index + 1)")
      nodes.append(
        CitationGraph.Node(
          symbol: symbol, date: CalendarDate(year: 1945 + session, month: 12, day: 1 + index % 28),
          title: "Resolution number \(index + 1) on a recurring agenda item", hasText: index % 3 == 0))
    }
    var state: UInt64 = 42
    var edges: [CitationGraph.EdgeRecord] = []
    for source in 1..<count {
      for _ in 0..<citationsPerDocument {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let target = Int(state >> 33) % source
        let relation = Relation.allCases[Int(state >> 20) % Relation.allCases.count]
        edges.append(
          CitationGraph.EdgeRecord(source: Int32(source), target: Int32(target), relations: RelationSet(relation)))
      }
    }
    return CitationGraph(nodes: nodes, edges: edges)
  }
}
