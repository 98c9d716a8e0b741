/// A Graphviz layout engine, with the largest map it lays out in reasonable time.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
  /// Hierarchical layers; the only engine that draws the year axis.
  case dot
  /// Spring model (stress majorization).
  case neato
  /// Spring model (force-directed placement).
  case fdp
  /// Multiscale force-directed placement, for large maps.
  case sfdp
  /// Circular layout.
  case circo
  /// Radial layout around a root.
  case twopi

  /// The most documents and citations this engine is asked to lay out without `--force`.
  ///
  /// Chosen from SVG render times of generated maps with two citations per document (Graphviz
  /// 2.43, one core): `dot` 6 s at 500 documents and 22 s at 1,000; `neato` 6 s at 800; `fdp` 2 s at
  /// 800; `sfdp` 10 s at 5,000 with overlap removal; `circo` 3 s at 100 but 35 s at 200; `twopi` 1 s
  /// at 800. Past these sizes the layouts take minutes.
  public var limits: (nodes: Int, edges: Int) {
    switch self {
    case .dot: (600, 1_500)
    case .neato: (800, 2_000)
    case .fdp: (1_000, 2_500)
    case .sfdp: (5_000, 15_000)
    case .circo: (120, 400)
    case .twopi: (2_000, 5_000)
    }
  }

  /// Whether the engine honours ranks, so the map can put one adoption year per rank.
  public var isHierarchical: Bool { self == .dot }
}
