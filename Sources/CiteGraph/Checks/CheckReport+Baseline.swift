extension CheckReport {
  /// The report without the findings `baseline` accepts, which it counts in ``baselined``.
  public func applying(_ baseline: Baseline, relativeTo directory: String) -> CheckReport {
    let (new, held) = baseline.filter(findings, relativeTo: directory)
    return CheckReport(documents: documents, findings: new, failures: failures, baselined: baselined + held)
  }
}
