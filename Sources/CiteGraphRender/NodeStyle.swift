/// How a document is drawn on a lineage map.
public struct NodeStyle: Hashable, Sendable {
  /// A Graphviz shape name (`box`, `note`, …).
  public var shape: String
  /// The fill colour, `#rrggbb`.
  public var fill: String
  /// The border colour, `#rrggbb`.
  public var border: String
  /// The border width in points.
  public var borderWidth: Double

  public init(shape: String, fill: String, border: String, borderWidth: Double) {
    self.shape = shape
    self.fill = fill
    self.border = border
    self.borderWidth = borderWidth
  }
}
