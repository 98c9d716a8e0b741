/// Who a document is, as read from its own text: symbol, adopting body, adoption date and title.
public struct DocumentIdentity: Hashable, Sendable {
  /// The document's own symbol (`A/RES/78/100`), when its text gives it.
  public var symbol: Symbol?
  /// The adopting body, which gives "its resolution" its meaning.
  public var body: Body?
  /// The adoption date ("Resolution adopted by the General Assembly on 7 December 2023").
  public var date: CalendarDate?
  /// The title, without the symbol (`Dissemination of information on decolonization`).
  public var title: String?

  public init(symbol: Symbol? = nil, body: Body? = nil, date: CalendarDate? = nil, title: String? = nil) {
    self.symbol = symbol
    self.body = body
    self.date = date
    self.title = title
  }
}
