import Foundation

/// `--format json`: one object with every diagnostic and a summary, keys sorted, messages
/// in the chosen language.
public struct JSONRenderer: DiagnosticRenderer {
  public init() {}

  struct Output: Encodable {
    var diagnostics: [Item]
    var summary: Summary
  }

  struct Item: Encodable {
    var severity: String
    var code: String
    var name: String
    var file: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var message: String
    var help: String?
    var notes: [Note]

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(severity, forKey: .severity)
      try container.encode(code, forKey: .code)
      try container.encode(name, forKey: .name)
      try container.encode(file, forKey: .file)
      try container.encode(line, forKey: .line)
      try container.encode(column, forKey: .column)
      try container.encode(endLine, forKey: .endLine)
      try container.encode(endColumn, forKey: .endColumn)
      try container.encode(message, forKey: .message)
      try container.encode(help, forKey: .help)  // null when there is none, so the key is always there
      try container.encode(notes, forKey: .notes)
    }

    enum CodingKeys: String, CodingKey {
      case severity, code, name, file, line, column, endLine, endColumn, message, help, notes
    }
  }

  struct Note: Encodable {
    var file: String?
    var line: Int?
    var column: Int?
    var message: String
  }

  struct Summary: Encodable {
    var errors: Int
    var warnings: Int
    var notes: Int
    var files: Int
  }

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    let language = context.language
    let items = diagnostics.map { diagnostic in
      Item(
        severity: diagnostic.severity.rawValue,
        code: diagnostic.code.rawValue,
        name: diagnostic.code.info.name,
        file: diagnostic.range.file,
        line: diagnostic.range.start.line,
        column: diagnostic.range.start.column,
        endLine: diagnostic.range.end.line,
        endColumn: diagnostic.range.end.column,
        message: diagnostic.message[language],
        help: diagnostic.help?[language],
        notes: diagnostic.notes.map {
          Note(file: $0.range?.file, line: $0.range?.start.line, column: $0.range?.start.column, message: $0.message[language])
        })
    }
    let output = Output(
      diagnostics: items,
      summary: Summary(
        errors: diagnostics.count(of: .error), warnings: diagnostics.count(of: .warning),
        notes: diagnostics.count(of: .note), files: context.filesChecked))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(output) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
