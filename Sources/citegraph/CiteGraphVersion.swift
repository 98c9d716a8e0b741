/// The version `citegraph --version` prints.
enum CiteGraphVersion {
  static let current = "0.1.0"
}
