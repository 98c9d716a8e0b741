import Foundation

/// Times work and reduces repeated runs to their median, the figure every row of the table reports.
enum Stopwatch {
  /// The processor seconds (user and system, all threads) the process has used so far: the cores a
  /// parallel run really got are its processor seconds over its wall-clock seconds.
  static var processorSeconds: Double {
    var usage = rusage()
    #if canImport(Glibc)
      let who = RUSAGE_SELF.rawValue
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return 0 }
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

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

  /// Like ``sample(runs:warmups:_:)-swift.type.method``, with the cores the timed runs got on average
  /// (processor seconds over wall-clock seconds): below the worker count, other work shared the machine.
  static func sampleWithCores(runs: Int, _ body: () async throws -> Void) async rethrows -> (
    samples: [Double], cores: Double
  ) {
    try await body()
    let before = processorSeconds
    let samples = try await sample(runs: runs, warmups: 0, body)
    return (samples, (processorSeconds - before) / max(samples.reduce(0, +), 1e-9))
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
