/// Maps offsets of a cleaned text back to the original file, as runs of contiguous bytes.
///
/// Cleaning copies long runs of the original unchanged, so a run list is far smaller than one
/// offset per byte: a 50 MB line is one run.
public struct OffsetMap: Sendable {
  private var starts: [Int32] = []
  private var origins: [Int32] = []
  private var end: Int32 = 0

  /// An empty map.
  public init() {}

  /// Records that the next `count` cleaned bytes come from `origin…`.
  ///
  /// - Complexity: amortized O(1).
  mutating func append(origin: Int, count: Int) {
    guard count > 0 else { return }
    if let lastStart = starts.last, let lastOrigin = origins.last,
      Int(lastOrigin) + Int(end - lastStart) == origin
    {
      end += Int32(count)
      return
    }
    starts.append(end)
    origins.append(Int32(origin))
    end += Int32(count)
  }

  /// Forgets the last cleaned byte.
  mutating func removeLast() {
    guard let lastStart = starts.last, end > 0 else { return }
    end -= 1
    if lastStart == end {
      starts.removeLast()
      origins.removeLast()
    }
  }

  /// The original offset of cleaned offset `offset`.
  ///
  /// - Complexity: O(log *r*) for *r* runs.
  public func origin(of offset: Int) -> Int {
    guard !starts.isEmpty else { return 0 }
    var low = 0
    var high = starts.count
    while low + 1 < high {
      let mid = (low + high) / 2
      if Int(starts[mid]) <= offset { low = mid } else { high = mid }
    }
    return Int(origins[low]) + offset - Int(starts[low])
  }

  /// The runs in order: each maps `count` cleaned bytes to the original bytes from `origin`.
  var runs: [(origin: Int, count: Int)] {
    starts.indices.map { index in
      let next = index + 1 < starts.count ? starts[index + 1] : end
      return (Int(origins[index]), Int(next - starts[index]))
    }
  }
}
