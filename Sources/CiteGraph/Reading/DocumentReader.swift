import Foundation

/// Reads a resolution's text (PDF-extracted plain text or markdown) into a ``Document``.
///
/// One pass over the lines classifies each as front matter, page header or footer, footnote or
/// body; body lines are joined into one cleaned text whose every byte maps back to the original.
/// Paragraphs (with their governing verb), footnotes and footnote markers are found on that text.
public enum DocumentReader {
  /// The largest document accepted, in bytes.
  public static let sizeLimit = 64 << 20

  /// Reads the file at `path`.
  public static func read(path: String) throws(CiteGraphError) -> Document {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path: path)
    }
    guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "is a directory") }
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    guard size <= sizeLimit else { throw .fileTooLarge(path: path, bytes: size, limit: sizeLimit) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    guard data.count <= sizeLimit else { throw .fileTooLarge(path: path, bytes: data.count, limit: sizeLimit) }
    return try read(bytes: [UInt8](data), file: path)
  }

  /// Reads `bytes`, reporting locations against `file`.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public static func read(bytes: [UInt8], file: String) throws(CiteGraphError) -> Document {
    guard bytes.count <= sizeLimit else { throw .fileTooLarge(path: file, bytes: bytes.count, limit: sizeLimit) }
    try validate(bytes, file: file)
    var scanner = LineScanner(bytes: bytes, file: file)
    return scanner.document()
  }

  /// Throws for binary, non-UTF-8 or blank input.
  static func validate(_ bytes: [UInt8], file: String) throws(CiteGraphError) {
    let verdict: (bad: Int?, binary: Bool, blank: Bool) = bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      var blank = true
      let raw = UnsafeRawBufferPointer(buffer)
      while index < buffer.count {
        // Eight ASCII bytes at a time, none NUL, at least one visible once the text is not blank.
        if index + 8 <= buffer.count {
          let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
          let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
          if word & 0x8080_8080_8080_8080 == 0, zero == 0, !blank {
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        if byte < 0x80 {
          if byte == 0 { return (nil, true, false) }
          if blank, byte > 0x20 { blank = false }
          index += 1
          continue
        }
        blank = false
        let length: Int
        let minimum: UInt32
        switch byte {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return (index, false, false)
        }
        guard index + length <= buffer.count else { return (index, false, false) }
        var scalar = UInt32(byte) & (0xFF >> (length + 1))
        for k in 1..<length {
          let next = buffer[index + k]
          guard next & 0xC0 == 0x80 else { return (index, false, false) }
          scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
          return (index, false, false)
        }
        index += length
      }
      return (nil, false, blank)
    }
    if verdict.binary { throw .binaryFile(path: file) }
    if let bad = verdict.bad { throw .invalidUTF8(path: file, offset: bad) }
    if verdict.blank { throw .emptyFile(path: file) }
  }
}
