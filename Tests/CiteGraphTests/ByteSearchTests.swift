import Testing

@testable import CiteGraph

@Suite("Eight-bytes-at-a-time search")
struct ByteSearchTests {
  /// Buffers of every length up to 40 from a fixed pseudo-random stream mixing ASCII, digits, line
  /// breaks and bytes of 0x80 or more, compared with a plain loop at every start and end.
  @Test("line breaks and digits are found where a byte-by-byte loop finds them")
  func agreesWithLoop() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let alphabet: [UInt8] = Array("ab 0.9/\n:;".utf8) + [0x2F, 0x3A, 0xB0, 0xB9, 0xC2, 0xA0, 0xFF, 0x00]
    for length in 0...40 {
      let bytes = (0..<length).map { _ -> UInt8 in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return alphabet[Int(state >> 33) % alphabet.count]
      }
      bytes.withUnsafeBufferPointer { buffer in
        for start in 0...length {
          for end in start...length {
            let newline = (start..<end).first { buffer[$0] == 0x0A } ?? end
            let digit = (start..<end).first { (0x30...0x39).contains(buffer[$0]) } ?? end
            #expect(ByteSearch.index(of: 0x0A, in: buffer, from: start, to: end) == newline)
            #expect(ByteSearch.indexOfDigit(in: buffer, from: start, to: end) == digit)
          }
        }
      }
    }
  }
}
