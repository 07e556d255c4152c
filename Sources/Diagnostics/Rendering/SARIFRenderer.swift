import Foundation

/// `--format sarif`: SARIF 2.1.0, the format code-scanning services read, with every rule's
/// metadata and help so a result can be understood without tthc.
///
/// Columns count Unicode code points (`columnKind: unicodeCodePoints`); tthc's columns count
/// characters, which is the same for text in NFC, as definitions are.
public struct SARIFRenderer: DiagnosticRenderer {
  /// What SARIF shows of a rule.
  public struct Rule: Sendable {
    public var code: DiagnosticCode
    public var fullDescription: LocalizedText
    public var help: LocalizedText

    public init(code: DiagnosticCode, fullDescription: LocalizedText, help: LocalizedText) {
      self.code = code
      self.fullDescription = fullDescription
      self.help = help
    }
  }

  public var rules: [Rule]
  public var version: String

  public init(rules: [Rule], version: String) {
    self.rules = rules
    self.version = version
  }

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    let language = context.language
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.code, $0) })
    let ruleObjects: [[String: Any]] = rules.map { rule in
      let info = rule.code.info
      return [
        "id": info.code.rawValue,
        "name": info.name,
        "shortDescription": ["text": info.summary[language]],
        "fullDescription": ["text": rule.fullDescription[language]],
        "help": ["text": rule.help[language], "markdown": rule.help[language]],
        "defaultConfiguration": ["level": level(info.severity)],
        "properties": ["tags": [phase(info.code)]],
      ]
    }
    let results: [[String: Any]] = diagnostics.map { diagnostic in
      var message = diagnostic.message[language]
      if let help = diagnostic.help { message += "\n" + help[language] }
      var result: [String: Any] = [
        "ruleId": diagnostic.code.rawValue,
        "level": level(diagnostic.severity),
        "message": ["text": message],
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
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [[
        "tool": ["driver": [
          "name": "tthc", "version": version, "informationUri": "https://github.com/tthc/tthc",
          "rules": ruleObjects,
        ]],
        "columnKind": "unicodeCodePoints",
        "results": results,
      ]],
    ]
    guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func location(_ range: SourceRange) -> [String: Any] {
    [
      "physicalLocation": [
        "artifactLocation": ["uri": range.file],
        "region": [
          "startLine": range.start.line, "startColumn": range.start.column,
          "endLine": range.end.line, "endColumn": max(range.end.column, range.start.column + (range.end.line == range.start.line ? 1 : 0)),
        ],
      ]
    ]
  }

  private func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  private func phase(_ code: DiagnosticCode) -> String {
    switch code.rawValue.first {
    case "Y": "reading"
    case "S": "schema"
    case "X": "expressions"
    case "W": "workflow"
    case "L": "online-level"
    case "C": "content"
    case "I": "suppression"
    default: "references"
    }
  }
}
