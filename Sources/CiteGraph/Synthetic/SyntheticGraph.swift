import Foundation

/// A seeded preferential-attachment citation DAG, the stand-in for a large citation record in
/// benchmarks and tests.
///
/// Node *i* is the *i*-th document in time and cites only earlier nodes, so the graph is acyclic and
/// every edge points back in time. Out-degrees are geometric around *M*/*N* (capped by the number of
/// earlier nodes) and adjusted to give exactly *M* distinct edges. Each citation picks its target with
/// probability proportional to in-degree + `attractiveness`, the linear preferential attachment of
/// Price's model (D. de S. Price, "A general theory of bibliometric and other cumulative advantage
/// processes", 1976; Dorogovtsev, Mendes & Samukhin 2000 for the additive constant), which gives the
/// heavy-tailed in-degrees seen in citation networks: a few resolutions everyone reaffirms.
public struct SyntheticGraph: Sendable {
  /// The number of nodes.
  public let nodeCount: Int
  /// The citing node of each edge; edges are grouped by citing node, in increasing order.
  public let sources: [Int32]
  /// The cited node of each edge, always smaller than its citing node.
  public let targets: [Int32]
  /// The relation of each edge, drawn from frequencies like those of General Assembly preambles.
  public let relations: [Relation]

  /// Generates a graph of `nodes` nodes and exactly `edges` distinct edges.
  ///
  /// `edges` is clamped to the number of pairs a DAG on `nodes` nodes can hold; `attractiveness` is
  /// clamped to at least 0.01 so that a node with few distinct earlier choices can always finish.
  ///
  /// - Complexity: O(*N* + *M*) expected time and memory.
  public init(nodes: Int, edges: Int, seed: UInt64, attractiveness: Double = 1) {
    let n = max(0, nodes)
    let capacity = n < 2 ? 0 : n * (n - 1) / 2
    let m = min(max(0, edges), capacity)
    var random = SeededGenerator(seed: seed)
    let degrees = Self.outDegrees(nodes: n, edges: m, random: &random)
    var sources: [Int32] = []
    var targets: [Int32] = []
    var relations: [Relation] = []
    sources.reserveCapacity(m)
    targets.reserveCapacity(m)
    relations.reserveCapacity(m)
    var stamp = [Int32](repeating: -1, count: n)
    var scratch: [Int32] = []
    for citing in 0..<n {
      let degree = degrees[citing]
      guard degree > 0 else { continue }
      if degree * 2 >= citing {
        // Few earlier nodes: a partial Fisher–Yates shuffle draws distinct targets without rejection.
        scratch = (0..<Int32(citing)).map { $0 }
        for k in 0..<degree {
          let j = k + random.below(citing - k)
          scratch.swapAt(k, j)
          targets.append(scratch[k])
        }
      } else {
        var chosen = 0
        let uniformWeight = max(attractiveness, 0.01) * Double(citing)
        while chosen < degree {
          let pool = targets.count
          let uniform = random.unit() * (uniformWeight + Double(pool)) < uniformWeight
          let cited = uniform ? Int32(random.below(citing)) : targets[random.below(pool)]
          guard stamp[Int(cited)] != Int32(citing) else { continue }
          stamp[Int(cited)] = Int32(citing)
          targets.append(cited)
          chosen += 1
        }
      }
      for _ in 0..<degree {
        sources.append(Int32(citing))
        relations.append(Self.relation(random.unit()))
      }
    }
    self.nodeCount = n
    self.sources = sources
    self.targets = targets
    self.relations = relations
  }

  /// The number of edges.
  public var edgeCount: Int { targets.count }

  /// Out-degrees summing to `edges`, each at most the number of earlier nodes.
  private static func outDegrees(nodes n: Int, edges m: Int, random: inout SeededGenerator) -> [Int] {
    var degrees = [Int](repeating: 0, count: n)
    guard n > 1, m > 0 else { return degrees }
    let mean = Double(m) / Double(n - 1)
    let stop = 1 / mean
    var total = 0
    for citing in 1..<n {
      // A geometric law with mean `mean`, at least one citation, capped at 20 times the mean.
      var degree = 1
      if stop < 1 {
        degree += Int(log(1 - random.unit()) / log(1 - stop))
      }
      degree = min(degree, citing, Int(20 * mean) + 1)
      degrees[citing] = degree
      total += degree
    }
    while total < m {
      let citing = 1 + random.below(n - 1)
      if degrees[citing] < citing {
        degrees[citing] += 1
        total += 1
      } else if let free = (1..<n).reversed().first(where: { degrees[$0] < $0 }) {
        degrees[free] += 1
        total += 1
      }
    }
    while total > m {
      let citing = 1 + random.below(n - 1)
      if degrees[citing] > 0 {
        degrees[citing] -= 1
        total -= 1
      }
    }
    return degrees
  }

  /// A relation by cumulative frequency: recalls and reaffirms dominate real preambles.
  private static func relation(_ u: Double) -> Relation {
    switch u {
    case ..<0.34: .recalls
    case ..<0.58: .reaffirms
    case ..<0.74: .cites
    case ..<0.83: .notes
    case ..<0.90: .welcomes
    case ..<0.94: .reiterates
    case ..<0.97: .endorses
    default: .acknowledges
    }
  }

  /// The symbol of node `index` in a graph of `nodeCount` nodes: General Assembly resolutions from
  /// session 31 on, numbered within sessions, so that symbol order is node order.
  public static func symbol(ofNode index: Int, nodeCount: Int) -> Symbol {
    let perSession = max(1000, (nodeCount + 899) / 900)
    let session = 31 + index / perSession
    guard let symbol = Symbol(body: .generalAssembly, series: .session(session), number: index % perSession + 1)
    else { preconditionFailure("sessions stay within 31…931 and numbers above zero by construction") }
    return symbol
  }

  /// The adoption date of node `index`: sessions open on 15 September and their resolutions are
  /// spread evenly over the year, so dates grow with the node.
  public static func date(ofNode index: Int, nodeCount: Int) -> CalendarDate {
    let perSession = max(1000, (nodeCount + 899) / 900)
    let session = 31 + index / perSession
    let opening = Self.daysFromEpoch(toSeptember15Of: 1945 + session)
    return CalendarDate(dayNumber: opening + (index % perSession) * 365 / perSession)
  }

  private static func daysFromEpoch(toSeptember15Of year: Int) -> Int {
    guard let date = CalendarDate(year: year, month: 9, day: 15) else { preconditionFailure("15 September exists") }
    return date.dayNumber
  }

  /// The graph's nodes and edges as ``CitationGraph`` input, node *i* keeping id *i*.
  public var records: (nodes: [CitationGraph.Node], edges: [CitationGraph.EdgeRecord]) {
    let nodes = (0..<nodeCount).map { index in
      CitationGraph.Node(
        symbol: Self.symbol(ofNode: index, nodeCount: nodeCount), date: Self.date(ofNode: index, nodeCount: nodeCount),
        hasText: true)
    }
    let edges = (0..<edgeCount).map { edge in
      CitationGraph.EdgeRecord(source: sources[edge], target: targets[edge], relations: RelationSet(relations[edge]))
    }
    return (nodes, edges)
  }

  /// The graph as a ``CitationGraph``.
  ///
  /// - Complexity: O(*N* log *N* + *M* log *d*), the cost of building the CSR arrays.
  public func citationGraph() -> CitationGraph {
    let (nodes, edges) = records
    return CitationGraph(nodes: nodes, edges: edges)
  }
}
