/// An open-addressing hash table from byte strings to node ids, so a graph file's edge lines find
/// their endpoints without building a `String` per field.
///
/// Each slot holds the first 16 bytes of its key inline (every canonical symbol but the longest fits),
/// its length and its id, so a lookup touches one slot, where edge lines arrive in random target
/// order and a key stored elsewhere would cost another cache miss. Longer keys keep their tail in a
/// side array. Follows linear probing (Knuth, *TAOCP* vol. 3, §6.4, algorithm L) with FNV-1a hashing.
struct ByteStringTable {
  private struct Slot {
    var head0: UInt64 = 0
    var head1: UInt64 = 0
    var id: Int32 = 0
    /// The key's length in bytes; 0 marks an empty slot (keys are never empty).
    var length: Int32 = 0
    /// Where the bytes past the 16th start in `tails`.
    var tail: Int32 = 0
  }

  private static let inlineBytes = 16

  private var slots: [Slot]
  private var tails: [UInt8] = []
  private let mask: Int

  /// A table sized for `capacity` keys at a load factor of at most one half.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
  }

  /// The key's hash and its first 16 bytes, zero-padded, as two words.
  private static func digest(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64, UInt64) {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    var head0: UInt64 = 0
    var head1: UInt64 = 0
    var offset = 0
    for index in range {
      let byte = UInt64(buffer[index])
      value = (value ^ byte) &* 0x100_0000_01b3
      if offset < 8 {
        head0 |= byte << (8 * UInt64(offset))
      } else if offset < 16 {
        head1 |= byte << (8 * UInt64(offset - 8))
      }
      offset += 1
    }
    return (value ^ (value >> 32), head0, head1)
  }

  private func matches(
    _ slot: Slot, _ head0: UInt64, _ head1: UInt64, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    guard Int(slot.length) == range.count, slot.head0 == head0, slot.head1 == head1 else { return false }
    guard range.count > Self.inlineBytes else { return true }
    var other = Int(slot.tail)
    for index in (range.lowerBound + Self.inlineBytes)..<range.upperBound {
      if buffer[index] != tails[other] { return false }
      other += 1
    }
    return true
  }

  /// Records the bytes `range` of `buffer` as the key of `id`, unless the key is empty or already present.
  ///
  /// - Complexity: O(*k*) expected, for a key of *k* bytes.
  mutating func insert(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, id: Int32) {
    guard !range.isEmpty else { return }
    let (hash, head0, head1) = Self.digest(buffer, range)
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].length != 0 {
      if matches(slots[index], head0, head1, buffer, range) { return }
      index = (index + 1) & mask
    }
    slots[index] = Slot(head0: head0, head1: head1, id: id, length: Int32(range.count), tail: Int32(tails.count))
    if range.count > Self.inlineBytes {
      tails.append(
        contentsOf: buffer[(range.lowerBound + Self.inlineBytes)...]
          .prefix(range.count - Self.inlineBytes))
    }
  }

  /// The id recorded for the bytes `range` of `buffer`, if any.
  ///
  /// - Complexity: O(*k*) expected, for a key of *k* bytes.
  func find(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Int32? {
    let (hash, head0, head1) = Self.digest(buffer, range)
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].length != 0 {
      if matches(slots[index], head0, head1, buffer, range) { return slots[index].id }
      index = (index + 1) & mask
    }
    return nil
  }
}
