/// Times work and reduces repeated runs to their median, the figure every row of the table reports.
enum Stopwatch {
  /// The seconds `body` takes once.
  static func time(_ body: () throws -> Void) rethrows -> Double {
    seconds(try ContinuousClock().measure(body))
  }

  /// The seconds `body` takes once, for work that awaits child tasks.
  static func time(_ body: () async throws -> Void) async rethrows -> Double {
    seconds(try await ContinuousClock().measure(body))
  }

  /// Runs `body` `warmups` times untimed, then `runs` times timed.
  static func sample(runs: Int, warmups: Int = 1, _ body: () throws -> Void) rethrows -> [Double] {
    for _ in 0..<warmups { try body() }
    return try (0..<max(1, runs)).map { _ in try time(body) }
  }

  /// Runs `body` `warmups` times untimed, then `runs` times timed, for asynchronous work.
  static func sample(runs: Int, warmups: Int = 1, _ body: () async throws -> Void) async rethrows -> [Double] {
    for _ in 0..<warmups { try await body() }
    var samples: [Double] = []
    for _ in 0..<max(1, runs) { samples.append(try await time(body)) }
    return samples
  }

  /// The median of `values` (the mean of the two middle ones for an even count).
  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }
}
