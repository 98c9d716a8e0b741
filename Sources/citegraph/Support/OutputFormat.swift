import ArgumentParser

/// The output forms of commands that print results: for people, or JSON for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
