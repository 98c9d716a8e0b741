extension ReferenceChecker {
  /// Checks what the resolver made of each file: the report a CI gate prints, before any baseline.
  ///
  /// Files the resolver could not read become ``CheckReport/InputFailure``s and the others are still
  /// checked; findings of an ignored code are dropped.
  ///
  /// - Parameters:
  ///   - results: each path as given, with the resolved document or why it could not be read.
  ///   - ignoring: codes not to report (`CG205`).
  /// - Returns: the report, findings sorted.
  /// - Complexity: that of ``check(_:)`` plus O(*n*) for the filter.
  public func report(
    for results: [(path: String, result: Result<ResolvedDocument, CiteGraphError>)], ignoring: Set<String> = []
  ) -> CheckReport {
    var documents: [ResolvedDocument] = []
    var failures: [CheckReport.InputFailure] = []
    for (path, result) in results {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let error): failures.append(.init(file: path, message: error.localizedDescription))
      }
    }
    let findings = check(documents).filter { !ignoring.contains($0.code) }
    return CheckReport(documents: documents.map(\.file), findings: findings, failures: failures)
  }
}
