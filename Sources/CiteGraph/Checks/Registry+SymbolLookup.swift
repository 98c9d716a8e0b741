extension Registry: SymbolLookup {
  /// Whether the registry lists the document.
  public func knows(_ symbol: Symbol) -> Bool { entry(for: symbol) != nil }

  /// The adoption date, when the registry has a precise one: a date only near the adoption (the day of
  /// a recorded vote) could only make false mismatches.
  public func adoptionDate(of symbol: Symbol) -> CalendarDate? {
    guard let entry = entry(for: symbol), !entry.dateIsApproximate else { return nil }
    return entry.date
  }
}
