/// A footnote's text, numbered as the document numbers it.
public struct Footnote: Hashable, Sendable {
  /// The footnote number.
  public var number: Int
  /// The footnote text's range in ``Document/text`` (without its number).
  public var range: Range<Int>
  /// The end of the body text when the footnote's block began: its marker stands before this offset.
  public var pageEnd: Int
  /// The start of the body text of the page that holds the footnote.
  public var pageStart: Int

  public init(number: Int, range: Range<Int>, pageStart: Int, pageEnd: Int) {
    self.number = number
    self.range = range
    self.pageStart = pageStart
    self.pageEnd = pageEnd
  }
}

/// A footnote marker in the body: `<sup>8</sup>` in markdown, digits glued to a word in PDF text.
public struct FootnoteMarker: Hashable, Sendable {
  /// The footnote number the marker points to.
  public var number: Int
  /// The marker's offset in ``Document/text``.
  public var position: Int

  public init(number: Int, position: Int) {
    self.number = number
    self.position = position
  }
}
