/// How a citation is drawn on a lineage map.
public struct EdgeStyle: Hashable, Sendable {
  /// The line pattern.
  public enum Line: String, Sendable {
    case solid, dashed, dotted
  }

  /// The line colour, `#rrggbb`.
  public var color: String
  /// The line pattern.
  public var line: Line
  /// The line width in points.
  public var width: Double

  public init(color: String, line: Line, width: Double) {
    self.color = color
    self.line = line
    self.width = width
  }
}
