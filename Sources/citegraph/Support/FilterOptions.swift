import ArgumentParser
import CiteGraph
import Foundation

/// The `--relation` and `--body` filters of the lineage commands.
struct FilterOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Follow only these relations (comma-separated: \(Relation.allCases.map(\.rawValue).joined(separator: ", "))).",
      valueName: "r1,r2"))
  var relation: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Enter only documents of these bodies (comma-separated: \(Body.allCases.map(\.code).joined(separator: ", "))).",
      valueName: "GA,SC"))
  var body: String?

  /// The relations to follow: all without `--relation`.
  func relations() throws -> RelationSet { try Self.relations(relation) }

  /// The relations a `--relation` value names: all for `nil`.
  static func relations(_ relation: String?) throws -> RelationSet {
    guard let relation else { return .all }
    switch RelationSet.parse(relation) {
    case .success(let set) where !set.isEmpty: return set
    case .success: throw ValidationError("--relation names no relation")
    case .failure(let unknown):
      throw ValidationError(
        "unknown relation '\(unknown.word)'; use \(Relation.allCases.map(\.rawValue).joined(separator: ", "))")
    }
  }

  /// The bodies to enter: all (`nil`) without `--body`.
  func bodies() throws -> Set<Body>? {
    guard let body else { return nil }
    var bodies = Set<Body>()
    for code in body.split(separator: ",") {
      let trimmed = code.trimmingCharacters(in: .whitespaces)
      guard let parsed = Body(code: trimmed) else {
        throw ValidationError("unknown body '\(trimmed)'; use \(Body.allCases.map(\.code).joined(separator: ", "))")
      }
      bodies.insert(parsed)
    }
    guard !bodies.isEmpty else { throw ValidationError("--body names no body") }
    return bodies
  }

  func validate() throws {
    _ = try relations()
    _ = try bodies()
  }
}
