/// Renders a ``CheckReport`` in one output format.
public protocol CheckReporter: Sendable {
  /// The report as the format prints it, ending with a newline unless empty.
  func render(_ report: CheckReport) -> String
}
