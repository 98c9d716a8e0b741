/// One text as the resolver sees it: the cleaned body and footnotes, their paragraphs and markers,
/// and a map back to the original bytes for every location it reports.
///
/// The cleaned `text` holds the body (page headers and footers removed, lines joined by one space,
/// hyphenated line ends joined) followed by the footnote texts; ``map`` gives the byte offset in the
/// original file of every byte of `text`.
public struct Document: Sendable {
  /// The path as the user gave it.
  public let file: String
  /// The cleaned text: body, then footnotes.
  public let text: [UInt8]
  /// The original byte offset of every byte of ``text``.
  public let map: OffsetMap
  /// The body's range in ``text``; footnotes follow it.
  public let bodyRange: Range<Int>
  /// The body's paragraphs in order, each with its governing verb.
  public let paragraphs: [Paragraph]
  /// The footnotes in order of appearance.
  public let footnotes: [Footnote]
  /// The footnote markers found in the body, in text order.
  public let markers: [FootnoteMarker]
  /// Who the document says it is.
  public let identity: DocumentIdentity
  /// Where the identity's symbol stands, when it was found.
  public let identityLocation: SourceLocation?
  /// Line starts of the original file, for line and column.
  public let lines: LineTable

  /// The original location of the cleaned range `range`.
  public func location(of range: Range<Int>) -> SourceLocation {
    guard !text.isEmpty else { return lines.location(offset: 0, length: 0) }
    let first = map.origin(of: min(range.lowerBound, text.count - 1))
    let lastIndex = max(range.lowerBound, min(range.upperBound, text.count) - 1)
    let last = map.origin(of: min(lastIndex, text.count - 1))
    return lines.location(offset: first, length: max(0, last + 1 - first))
  }

  /// The cleaned text of `range` with white space collapsed to single spaces.
  public func collapsedString(_ range: Range<Int>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(range.count)
    var pendingSpace = false
    for index in range {
      let byte = text[index]
      if byte == 0x20 || byte == 0x09 {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The paragraph holding the cleaned offset `position`, if any.
  public func paragraph(containing position: Int) -> Paragraph? {
    var low = 0
    var high = paragraphs.count
    while low < high {
      let mid = (low + high) / 2
      if paragraphs[mid].range.upperBound <= position { low = mid + 1 } else { high = mid }
    }
    guard low < paragraphs.count, paragraphs[low].range.contains(position) else { return nil }
    return paragraphs[low]
  }
}
