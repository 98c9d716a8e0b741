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

  /// The most nodes and edges this engine is asked to lay out without `--force`.
  ///
  /// Measured on lineage-shaped maps (a few citations per document) on one core of the development
  /// machine, aiming at a few seconds at most: `dot`'s crossing minimization and the spring engines'
  /// quadratic steps grow fast past these sizes, while `sfdp` stays near-linear.
  public var limits: (nodes: Int, edges: Int) {
    switch self {
    case .dot: (1_000, 4_000)
    case .neato, .fdp: (600, 3_000)
    case .circo, .twopi: (1_500, 6_000)
    case .sfdp: (20_000, 100_000)
    }
  }

  /// Whether the engine honours ranks, so the map can put one adoption year per rank.
  public var isHierarchical: Bool { self == .dot }
}
