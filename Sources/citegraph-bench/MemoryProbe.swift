import Foundation

/// The process's memory as Linux reports it in `/proc/self/status`.
enum MemoryProbe {
  /// Resident set size now, in bytes; 0 where `/proc` is absent.
  static var residentBytes: Int { field("VmRSS:") }

  /// The peak resident set size since the start or the last ``resetPeak()``, in bytes.
  static var peakResidentBytes: Int { field("VmHWM:") }

  /// Starts a new peak measurement (writing 5 to `/proc/self/clear_refs`, Linux 4.0+).
  static func resetPeak() {
    try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
  }

  private static func field(_ name: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) })
    else { return 0 }
    let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
    return kilobytes * 1024
  }
}
