@testable import Diagnostics
import Foundation
import Testing
import TestSupport

/// `SARIFRenderer` writes its JSON directly; what it writes must be exactly what Foundation's
/// `JSONSerialization` makes of the same document (the layout CI tools have been reading).
@Suite("SARIF renderer")
struct SARIFRendererTests {
  /// The same document through `JSONSerialization`: the reference the renderer is held to.
  static func reference(_ renderer: SARIFRenderer, _ diagnostics: [Diagnostic], context: RenderContext) throws -> String {
    let language = context.language
    // The words for levels and tags are the renderer's; the document around them is not.
    let level = SARIFRenderer.level
    let phase = SARIFRenderer.phase
    func location(_ range: SourceRange) -> [String: Any] {
      [
        "physicalLocation": [
          "artifactLocation": ["uri": range.file],
          "region": [
            "startLine": range.start.line, "startColumn": range.start.column, "endLine": range.end.line,
            "endColumn": max(range.end.column, range.start.column + (range.end.line == range.start.line ? 1 : 0)),
          ],
        ]
      ]
    }
    let ruleIndex = Dictionary(uniqueKeysWithValues: renderer.rules.enumerated().map { ($1.code, $0) })
    let rules: [[String: Any]] = renderer.rules.map { rule in
      let info = rule.code.info
      return [
        "id": info.code.rawValue, "name": info.name, "shortDescription": ["text": info.summary[language]],
        "fullDescription": ["text": rule.fullDescription[language]],
        "help": ["text": rule.help[language], "markdown": rule.help[language]],
        "defaultConfiguration": ["level": level(info.severity)], "properties": ["tags": [phase(info.code)]],
      ]
    }
    let results: [[String: Any]] = diagnostics.map { diagnostic in
      var message = diagnostic.message[language]
      if let help = diagnostic.help { message += "\n" + help[language] }
      var result: [String: Any] = [
        "ruleId": diagnostic.code.rawValue, "level": level(diagnostic.severity), "message": ["text": message],
        "locations": [location(diagnostic.range)],
      ]
      if let index = ruleIndex[diagnostic.code] { result["ruleIndex"] = index }
      let related = diagnostic.notes.enumerated().compactMap { index, note -> [String: Any]? in
        guard let range = note.range else { return nil }
        var related = location(range)
        related["id"] = index + 1
        related["message"] = ["text": note.message[language]]
        return related
      }
      if !related.isEmpty { result["relatedLocations"] = related }
      return result
    }
    let document: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
      "runs": [[
        "tool": ["driver": ["name": "tthc", "version": renderer.version, "informationUri": "https://github.com/tthc/tthc", "rules": rules]],
        "columnKind": "unicodeCodePoints", "results": results,
      ]],
    ]
    let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  @Test("the output is JSONSerialization's, byte for byte", arguments: [0, 1, 7, 600, 2_000])
  func sameAsSerialization(count: Int) throws {
    let diagnostics = JSONRendererTests.diagnostics(count: count, seed: UInt64(count) + 5)
    // Rules for some codes only, so that some results have no rule index; texts to escape.
    var random = SeededRandom(seed: 17)
    let rules = DiagnosticCode.allCases.filter { _ in Bool.random(using: &random) }.map { code in
      SARIFRenderer.Rule(
        code: code, fullDescription: LocalizedText(vi: JSONRendererTests.text(&random), en: JSONRendererTests.text(&random)),
        help: LocalizedText(vi: "# \(code.rawValue)\n\n```yaml\na: \"b\"\n```\n", en: JSONRendererTests.text(&random)))
    }
    let renderer = SARIFRenderer(rules: rules, version: "1.0 \"test\"")
    for language in Language.allCases {
      let context = RenderContext(language: language, filesChecked: count, sources: [:])
      let output = renderer.render(diagnostics, context: context)
      let reference = try Self.reference(renderer, diagnostics, context: context)
      if output != reference {
        let offset = zip(output.utf8, reference.utf8).prefix { $0 == $1 }.count
        func around(_ text: String) -> String {
          String(decoding: Array(text.utf8.dropFirst(max(0, offset - 60)).prefix(120)), as: UTF8.self).debugDescription
        }
        Issue.record("\(language): first difference at byte \(offset): \(around(output)) against \(around(reference))")
      }
    }
  }
}
