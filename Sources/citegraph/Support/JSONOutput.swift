import CiteGraph
import Foundation

/// Prints `value` as pretty, key-sorted JSON on standard output.
func printJSONValue(_ value: some Encodable) {
  print(String(decoding: JSONText.encoded(value, pretty: true), as: UTF8.self))
}
