import Testing

@testable import CiteGraph

@Suite("Graph builder")
struct GraphBuilderTests {
  private func symbol(_ text: String) throws -> Symbol { try #require(Symbol(parsing: text)) }

  private func reference(
    _ target: String, _ relation: Relation, file: String, line: Int, column: Int = 1, date: CalendarDate? = nil
  ) throws -> Reference {
    Reference(
      source: nil, target: try symbol(target), relation: relation,
      location: SourceLocation(file: file, line: line, column: column, offset: 0, length: 1), text: target, date: date)
  }

  private let day = { (year: Int, month: Int, day: Int) in CalendarDate(year: year, month: month, day: day) }

  private func documents() throws -> [ResolvedDocument] {
    [
      ResolvedDocument(
        file: "b.txt",
        identity: DocumentIdentity(
          symbol: try symbol("71/244"), body: .generalAssembly, date: day(2016, 12, 21), title: "South-South"),
        references: [
          try reference("64/222", .reaffirms, file: "b.txt", line: 9, column: 28, date: day(2009, 12, 21)),
          try reference("64/222", .welcomes, file: "b.txt", line: 13, column: 39),
          try reference("64/222", .welcomes, file: "b.txt", line: 20),
          try reference("71/244", .cites, file: "b.txt", line: 1),
          try reference("1325 (2000)", .notes, file: "b.txt", line: 30, date: day(2000, 10, 30)),
          try reference("60/1", .recalls, file: "b.txt", line: 31, date: day(2005, 9, 16)),
          try reference("60/1", .recalls, file: "b.txt", line: 32, date: day(2005, 9, 16)),
          try reference("60/1", .recalls, file: "b.txt", line: 33, date: day(2005, 9, 15)),
        ]),
      ResolvedDocument(
        file: "a.txt", identity: DocumentIdentity(symbol: try symbol("64/222"), body: .generalAssembly),
        references: [try reference("33/134", .recalls, file: "a.txt", line: 4)]),
      ResolvedDocument(
        file: "c.txt", identity: DocumentIdentity(), references: [try reference("1/1", .cites, file: "c.txt", line: 2)]),
    ]
  }

  private func registry() throws -> Registry {
    Registry(entries: [
      .init(symbol: try symbol("64/222"), date: day(2009, 12, 21), title: "Nairobi outcome"),
      .init(symbol: try symbol("1325 (2000)"), date: day(2000, 10, 31), title: "Women and peace and security"),
      .init(symbol: try symbol("60/1"), date: day(2005, 10, 1), title: "World Summit Outcome", dateIsApproximate: true),
      .init(symbol: try symbol("71/244"), date: day(2016, 12, 20), title: "Registry title"),
    ])
  }

  @Test("nodes carry text, dates and titles in order of trust; edges merge mentions; no self-citation")
  func build() throws {
    let graph = GraphBuilder(registry: try registry()).build(try documents())
    let nodes = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.symbol.canonical, $0) })
    #expect(
      nodes.keys.sorted() == [
        "A/RES/33/134", "A/RES/60/1", "A/RES/64/222", "A/RES/71/244", "S/RES/1325(2000)",
      ])
    #expect(nodes["A/RES/71/244"]?.hasText == true)
    #expect(nodes["A/RES/71/244"]?.date == day(2016, 12, 21), "the text's own date beats the registry")
    #expect(nodes["A/RES/71/244"]?.title == "South-South")
    #expect(nodes["A/RES/64/222"]?.hasText == true)
    #expect(nodes["A/RES/64/222"]?.title == "Nairobi outcome", "the registry fills what the text lacks")
    #expect(nodes["S/RES/1325(2000)"]?.date == day(2000, 10, 31), "an exact registry date beats a written one")
    #expect(nodes["S/RES/1325(2000)"]?.hasText == false)
    #expect(nodes["A/RES/60/1"]?.date == day(2005, 9, 16), "the most written date beats an approximate one")
    #expect(nodes["A/RES/33/134"]?.date == nil)
    #expect(graph.files == ["a.txt", "b.txt", "c.txt"])
    let rows = graph.edgeRecords.map { edge -> String in
      let location = edge.location.map { "\(graph.files[Int($0.file)]):\($0.line):\($0.column)" } ?? "-"
      return "\(graph[edge.source].symbol)>\(graph[edge.target].symbol) \(edge.relations) \(edge.mentions) \(location)"
    }
    #expect(
      rows == [
        "A/RES/64/222>A/RES/33/134 recalls 1 a.txt:4:1", "A/RES/71/244>A/RES/60/1 recalls 3 b.txt:31:1",
        "A/RES/71/244>A/RES/64/222 reaffirms,welcomes 3 b.txt:9:28",
        "A/RES/71/244>S/RES/1325(2000) notes 1 b.txt:30:1",
      ])
  }

  @Test("the built graph survives the native file round trip")
  func roundTrip() throws {
    let graph = GraphBuilder(registry: try registry()).build(try documents())
    let read = try GraphFile.read(GraphFile.encode(graph, format: .native), path: "memory", format: .native)
    #expect(read.nodes == graph.nodes)
    #expect(read.edgeRecords == graph.edgeRecords)
    #expect(read.files == graph.files)
  }
}
