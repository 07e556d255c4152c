import Foundation
import Testing

/// Compares `actual` with a golden file next to the test sources.
///
/// With `UPDATE_GOLDEN=1` the file is rewritten and the test fails ("recorded"), so a
/// recording never passes unnoticed; a missing golden is recorded and fails the same way.
public func assertGolden(
  _ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = URL(fileURLWithPath: path)
  let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil
  guard let data = FileManager.default.contents(atPath: path), !update else {
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: url)
    Issue.record("recorded golden \(url.lastPathComponent); review it with git diff and run again", sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != actual {
    Issue.record(
      "output differs from \(url.lastPathComponent):\n\(lineDiff(expected: expected, actual: actual))",
      sourceLocation: sourceLocation)
  }
}

/// A short diff: the first lines that differ, with their numbers.
public func lineDiff(expected: String, actual: String, limit: Int = 12) -> String {
  let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(expectedLines.count, actualLines.count) where out.count < limit {
    let left = index < expectedLines.count ? String(expectedLines[index]) : "<missing>"
    let right = index < actualLines.count ? String(actualLines[index]) : "<missing>"
    if left != right { out.append("line \(index + 1):\n  expected: \(left)\n  actual:   \(right)") }
  }
  return out.joined(separator: "\n")
}

/// The folder of the test file that calls this, for fixtures and goldens beside it.
public func directory(of filePath: String = #filePath) -> String {
  URL(fileURLWithPath: filePath).deletingLastPathComponent().path
}

/// The package root (the folder with Package.swift), found from a test file's path.
public func packageRoot(from filePath: String = #filePath) -> String {
  var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while url.path != "/" {
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    url = url.deletingLastPathComponent()
  }
  return FileManager.default.currentDirectoryPath
}

/// Like `assertGolden`, for a file that is partly generated: `current` is what the file holds
/// now and `expected` what it should hold. A difference fails; with `UPDATE_GOLDEN=1` the
/// file is rewritten (and the test fails once).
public func assertGolden(
  _ expected: String, path: String, currentContentsMustEqual current: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil && expected != current {
    try? Data(expected.utf8).write(to: URL(fileURLWithPath: path))
    Issue.record("rewrote \(URL(fileURLWithPath: path).lastPathComponent); review it with git diff", sourceLocation: sourceLocation)
    return
  }
  if expected != current {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let diff = lineDiff(expected: expected, actual: current)
    Issue.record("\(name) is out of date (run UPDATE_GOLDEN=1 swift test):\n\(diff)", sourceLocation: sourceLocation)
  }
}
