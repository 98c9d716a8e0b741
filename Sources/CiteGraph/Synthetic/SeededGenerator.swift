/// A seeded pseudo-random generator (SplitMix64; Steele, Lea & Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014) that gives the same sequence for a seed on every platform.
///
/// The synthetic generators draw through ``below(_:)`` and ``unit()`` rather than the standard
/// library's `random(in:using:)`, whose reduction of the raw bits is not promised to stay the same
/// across Swift releases; a benchmark or test corpus must not change under a toolchain update.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) { state = seed }

  /// A generator for the `stream`-th independent stream of `seed`, so that parallel workers (one per
  /// document) draw the same numbers whatever the scheduling.
  public init(seed: UInt64, stream: UInt64) {
    var mixer = SeededGenerator(seed: seed ^ (stream &* 0xD6E8_FEB8_6659_FD93))
    state = mixer.next()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0), by Lemire's multiply-shift reduction; the bias is below
  /// 2⁻³² for the bounds the generators use.
  public mutating func below(_ bound: Int) -> Int {
    Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`.
  public mutating func within(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// A number in [0, 1) with 53 random bits.
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// Whether an event of probability `probability` happens.
  public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  /// A random element of a non-empty collection.
  public mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element where C.Index == Int {
    elements[elements.startIndex + below(elements.count)]
  }
}
