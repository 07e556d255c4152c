extension DiagnosticCodeInfo {
  /// The registry as a Markdown table (code, name, severity, summary in both languages), for
  /// docs/diagnostics.md; a test keeps the committed copy equal to it.
  public static func markdownTable() -> String {
    var lines = [
      "| code | name | severity | summary | tóm tắt |",
      "| --- | --- | --- | --- | --- |",
    ]
    for info in all {
      lines.append(
        "| \(info.code.rawValue) | `\(info.name)` | \(info.severity.rawValue) | \(info.summary.en) | \(info.summary.vi) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
