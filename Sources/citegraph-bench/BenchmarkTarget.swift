/// A figure a row must reach, from the targets, and how far a measurement is from it.
struct BenchmarkTarget: Codable, Sendable {
  /// Which way the figure must go.
  enum Direction: String, Codable, Sendable {
    /// Time, bytes or a ratio to a peer: lower is better.
    case atMost
    /// A rate: higher is better.
    case atLeast
  }

  var direction: Direction
  var value: Double
  /// The target as the table prints it, `≤ 0.5 s`, `≥ 150 MB/s`.
  var text: String

  static func atMost(_ value: Double, _ text: String) -> BenchmarkTarget {
    BenchmarkTarget(direction: .atMost, value: value, text: text)
  }

  static func atLeast(_ value: Double, _ text: String) -> BenchmarkTarget {
    BenchmarkTarget(direction: .atLeast, value: value, text: text)
  }

  /// How many times better than the target `measured` is: above 1 the target is met.
  func margin(_ measured: Double) -> Double {
    switch direction {
    case .atMost: measured > 0 ? value / measured : .infinity
    case .atLeast: measured / value
    }
  }
}
