/// `--format github`: GitHub Actions workflow commands, one annotation per diagnostic.
/// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
public struct GitHubRenderer: DiagnosticRenderer {
  public init() {}

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    var out = ""
    for diagnostic in diagnostics {
      let command: String
      switch diagnostic.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .note: command = "notice"
      }
      let range = diagnostic.range
      var properties = [
        "file=" + escapeProperty(range.file),
        "line=\(range.start.line)",
        "col=\(range.start.column)",
      ]
      if range.end.line != range.start.line { properties.append("endLine=\(range.end.line)") }
      properties.append("endColumn=\(range.end.column)")
      properties.append("title=" + escapeProperty("\(diagnostic.code.rawValue) \(diagnostic.code.info.name)"))
      var message = diagnostic.message[context.language]
      if let help = diagnostic.help { message += "\n" + help[context.language] }
      for note in diagnostic.notes {
        let place = note.range.map { " (\($0.file):\($0.start.line):\($0.start.column))" } ?? ""
        message += "\n" + note.message[context.language] + place
      }
      out += "::\(command) " + properties.joined(separator: ",") + "::" + escapeData(message) + "\n"
    }
    return out
  }

  private func escapeData(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      case "\r\n": out += "%0D%0A"
      default: out.append(character)
      }
    }
    return out
  }

  private func escapeProperty(_ text: String) -> String {
    var out = ""
    for character in escapeData(text) {
      switch character {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.append(character)
      }
    }
    return out
  }
}
