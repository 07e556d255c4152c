import Compiler
import Diagnostics
import Foundation
import Rules
import TestSupport

/// Writes an example into a temporary tree, checks it, and returns the diagnostics of one
/// code with the places the markers asked for.
struct ExampleRun {
  var found: [Diagnostic]
  /// `line:column` of each marker, in the example's file.
  var expected: [String]
  var examplePath: String
  var rendered: String
  /// How many lines the example itself has (the base entries added after it are not its own).
  var exampleLines: Int

  init(_ example: Example, code: DiagnosticCode) throws {
    let (text, markers) = Self.stripMarkers(BaseDefinitions.complete(example.yaml))
    expected = markers
    exampleLines = example.yaml.split(separator: "\n", omittingEmptySubsequences: false).count
    var files: [String: String] = [
      "catalog.yaml": BaseDefinitions.catalog, "agencies.yaml": BaseDefinitions.agencies, "sectors.yaml": BaseDefinitions.sectors,
    ]
    for name in example.omitting { files[name] = nil }
    for (path, content) in example.otherFiles {
      files[path] = path.hasSuffix("/") || path.contains("/") ? BaseDefinitions.complete(content) : content
    }
    let relative = example.file == .procedure ? "ho_tich/vi_du.yaml" : "\(example.file.rawValue).yaml"
    let tree = try TemporaryTree(files)
    defer { tree.remove() }
    try tree.write(relative, bytes: Self.expandBytes(text))
    examplePath = tree.path(relative)
    let result = try Compiler.check(paths: [tree.root])
    found = result.diagnostics.filter { $0.code == code }
    rendered = TextRenderer(colored: false).render(
      result.diagnostics, context: RenderContext(language: .en, filesChecked: result.filesChecked, sources: result.sources))
      .replacingOccurrences(of: tree.root + "/", with: "")
  }

  /// The text without `↓`, and the `line:column` (in Characters) after each one.
  static func stripMarkers(_ text: String) -> (String, [String]) {
    var out = ""
    var markers: [String] = []
    var line = 1
    var column = 1
    var template: String?
    for character in text {
      if character == "↓" {
        markers.append("\(line):\(column)")
        continue
      }
      out.append(character)
      // A «…» template stands for bytes written later; it counts as what it expands to.
      if character == "«" {
        template = ""
        continue
      }
      if var inner = template {
        if character == "»" {
          let words = inner.split(separator: " ")
          column += words.count == 3 && words[0] == "repeat" ? (Int(words[1]) ?? 0) * words[2].count : 1
          template = nil
        } else {
          inner.append(character)
          template = inner
        }
        continue
      }
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (out, markers)
  }

  /// Expands `«D2»` (a raw byte) and `«repeat N x»` (x written N times).
  static func expandBytes(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "«") {
      bytes += Array(rest[..<open].utf8)
      guard let close = rest[open...].firstIndex(of: "»") else { break }
      let inner = rest[rest.index(after: open)..<close]
      let words = inner.split(separator: " ")
      if words.count == 3, words[0] == "repeat", let count = Int(words[1]) {
        for _ in 0..<count { bytes += Array(words[2].utf8) }
      } else if let byte = UInt8(inner, radix: 16) {
        bytes.append(byte)
      }
      rest = rest[rest.index(after: close)...]
    }
    return bytes + Array(rest.utf8)
  }
}
