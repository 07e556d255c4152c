import Diagnostics

/// Renders the catalog for people: `tthc explain`, `tthc rules` and docs/rules.md.
public enum RuleMarkdown {
  /// One rule with its rationale and examples.
  public static func explain(_ entry: RuleEntry, language: Language) -> String {
    let info = entry.info
    var out = "# \(info.code.rawValue) \(info.name) (\(info.severity.rawValue))\n\n"
    out += info.summary[language] + "\n\n" + entry.rationale[language] + "\n"
    let failing = language == .vi ? "Ví dụ sai" : "Failing"
    let passing = language == .vi ? "Ví dụ đúng" : "Passing"
    for (title, examples) in [(failing, entry.failing), (passing, entry.passing)] where !examples.isEmpty {
      out += "\n## \(title)\n"
      for example in examples {
        let where_ = example.file == .procedure ? "" : " (\(example.file.rawValue).yaml)"
        out += "\n```yaml\(where_)\n" + example.yaml.trimmingTrailingNewlines + "\n```\n"
      }
    }
    return out
  }

  /// One line per rule: code, name, severity, summary.
  public static func table(language: Language) -> String {
    let width = RuleCatalog.entries.map { $0.info.name.count }.max() ?? 0
    return RuleCatalog.entries.map { entry in
      let info = entry.info
      let name = info.name + String(repeating: " ", count: width - info.name.count)
      let severity = info.severity.rawValue + String(repeating: " ", count: 8 - info.severity.rawValue.count)
      return "\(info.code.rawValue)  \(name)  \(severity)\(info.summary[language])"
    }.joined(separator: "\n") + "\n"
  }

  /// docs/rules.md: every rule in both languages, generated (a test keeps it current).
  public static func document() -> String {
    var out = """
      # Rules

      Every diagnostic tthc reports, with why it matters and examples (generated from the rule
      catalog in `Sources/Rules`; do not edit by hand: run `UPDATE_GOLDEN=1 swift test`).
      `↓` marks where the diagnostic starts. `tthc explain CODE` prints one rule.

      """
    for entry in RuleCatalog.entries {
      out += "\n" + explain(entry, language: .en).replacingFirstHeading(level: 2)
      out += "\n*Tiếng Việt:* " + entry.info.summary.vi + ". " + entry.rationale.vi + "\n"
    }
    return out
  }
}

extension String {
  var trimmingTrailingNewlines: String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// Demotes the headings of an explanation by one level so rules nest under the page title.
  func replacingFirstHeading(level: Int) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix("#") ? String(repeating: "#", count: level - 1) + line : String(line)
    }.joined(separator: "\n")
  }
}

extension RuleCatalog {
  /// Rule metadata for SARIF: the rationale, and help that shows the examples.
  public static var sarifRules: [SARIFRenderer.Rule] {
    entries.map { entry in
      SARIFRenderer.Rule(
        code: entry.code, fullDescription: entry.rationale,
        help: LocalizedText(
          vi: RuleMarkdown.explain(entry, language: .vi), en: RuleMarkdown.explain(entry, language: .en)))
    }
  }
}
