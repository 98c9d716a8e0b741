/// An open-addressing hash table from byte strings (ranges of one buffer) to node ids, so a graph file's
/// edge lines find their endpoints without building a `String` per field.
///
/// Follows linear probing (Knuth, *TAOCP* vol. 3, §6.4, algorithm L) with FNV-1a hashing.
struct ByteStringTable {
  private var slots: [Int32]
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var ids: [Int32] = []
  private let mask: Int

  /// A table sized for `capacity` keys at a load factor of at most one half.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
    starts.reserveCapacity(capacity)
    lengths.reserveCapacity(capacity)
    ids.reserveCapacity(capacity)
  }

  private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      value = (value ^ UInt64(buffer[index])) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: value ^ (value >> 29))
  }

  private func equal(_ entry: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard lengths[entry] == range.count else { return false }
    var other = starts[entry]
    for index in range {
      if buffer[index] != buffer[other] { return false }
      other += 1
    }
    return true
  }

  /// Records `range` of `buffer` as the key of `id`, unless the key is already present.
  ///
  /// - Complexity: O(*k*) expected, for a key of *k* bytes.
  mutating func insert(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, id: Int32) {
    var slot = Self.hash(buffer, range) & mask
    while slots[slot] >= 0 {
      if equal(Int(slots[slot]), buffer, range) { return }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(ids.count)
    starts.append(range.lowerBound)
    lengths.append(range.count)
    ids.append(id)
  }

  /// The id recorded for the bytes `range` of `buffer`, if any.
  ///
  /// - Complexity: O(*k*) expected, for a key of *k* bytes.
  func find(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Int32? {
    var slot = Self.hash(buffer, range) & mask
    while slots[slot] >= 0 {
      let entry = Int(slots[slot])
      if equal(entry, buffer, range) { return ids[entry] }
      slot = (slot + 1) & mask
    }
    return nil
  }
}
