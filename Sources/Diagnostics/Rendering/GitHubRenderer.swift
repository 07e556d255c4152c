/// `--format github`: GitHub Actions workflow commands, one annotation per diagnostic.
/// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
///
/// Lines are written in chunks on all cores, as the text report is.
public struct GitHubRenderer: DiagnosticRenderer, Sendable {
  public init() {}

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    ChunkedText.joined(count: diagnostics.count) { indices in
      var out = ""
      for index in indices { annotation(diagnostics[index], language: context.language, into: &out) }
      return out
    }
  }

  private func annotation(_ diagnostic: Diagnostic, language: Language, into out: inout String) {
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
    var message = diagnostic.message[language]
    if let help = diagnostic.help { message += "\n" + help[language] }
    for note in diagnostic.notes {
      let place = note.range.map { " (\($0.file):\($0.start.line):\($0.start.column))" } ?? ""
      message += "\n" + note.message[language] + place
    }
    out += "::\(command) " + properties.joined(separator: ",") + "::" + escapeData(message) + "\n"
  }

  private func escapeData(_ text: String) -> String {
    // Most texts have nothing to escape; looking at bytes is cheaper than at characters.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == 0x0D || $0 == 0x0A }) else { return text }
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
    let special = text.utf8.contains { byte in
      switch byte {
      case UInt8(ascii: "%"), 0x0D, 0x0A, UInt8(ascii: ":"), UInt8(ascii: ","): true
      default: false
      }
    }
    guard special else { return text }
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
