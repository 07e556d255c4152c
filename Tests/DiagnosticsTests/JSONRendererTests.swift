import Diagnostics
import Foundation
import Testing
import TestSupport

/// `JSONRenderer` writes its JSON directly; what it writes must be exactly what
/// Foundation's `JSONEncoder` makes of the same values (the format's documented layout).
@Suite("JSON renderer")
struct JSONRendererTests {
  /// The same output through `JSONEncoder`: the reference the renderer is held to.
  struct Reference: Encodable {
    struct Item: Encodable {
      var severity, code, name, file: String
      var line, column, endLine, endColumn: Int
      var message: String
      var help: String?
      var notes: [Note]

      enum CodingKeys: String, CodingKey { case severity, code, name, file, line, column, endLine, endColumn, message, help, notes }

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
        try container.encode(help, forKey: .help)
        try container.encode(notes, forKey: .notes)
      }
    }
    struct Note: Encodable {
      var file: String?
      var line, column: Int?
      var message: String
    }
    struct Summary: Encodable { var errors, warnings, notes, files: Int }
    var diagnostics: [Item]
    var summary: Summary

    static func render(_ diagnostics: [Diagnostic], context: RenderContext) throws -> String {
      let language = context.language
      let reference = Reference(
        diagnostics: diagnostics.map { diagnostic in
          Item(
            severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue, name: diagnostic.code.info.name,
            file: diagnostic.range.file, line: diagnostic.range.start.line, column: diagnostic.range.start.column,
            endLine: diagnostic.range.end.line, endColumn: diagnostic.range.end.column,
            message: diagnostic.message[language], help: diagnostic.help?[language],
            notes: diagnostic.notes.map {
              Note(file: $0.range?.file, line: $0.range?.start.line, column: $0.range?.start.column, message: $0.message[language])
            })
        },
        summary: Summary(
          errors: diagnostics.count(of: .error), warnings: diagnostics.count(of: .warning),
          notes: diagnostics.count(of: .note), files: context.filesChecked))
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      return String(decoding: try encoder.encode(reference), as: UTF8.self) + "\n"
    }
  }

  /// Texts with everything a JSON string must escape or must not: quotes, backslashes,
  /// every control character, DEL, slashes, Vietnamese, a character outside the basic plane.
  static func text(_ random: inout SeededRandom) -> String {
    let pieces = ["Đăng ký", " ", "\"", "\\", "/", "</script>", "\u{7F}", "😀", "a", "0", "\u{2028}", "e\u{301}"]
      + (0..<0x20).map { String(Unicode.Scalar(UInt8($0))) }
    return (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  static func diagnostics(count: Int, seed: UInt64) -> [Diagnostic] {
    var random = SeededRandom(seed: seed)
    func range() -> SourceRange {
      let line = Int.random(in: 1...500, using: &random)
      return SourceRange(
        file: "Procedures/ho_tich/\(text(&random)).yaml", start: SourcePosition(line: line, column: Int.random(in: 1...80, using: &random)),
        end: SourcePosition(line: line + Int.random(in: 0...3, using: &random), column: Int.random(in: 1...80, using: &random)))
    }
    func message() -> LocalizedText { LocalizedText(vi: text(&random), en: text(&random)) }
    return (0..<count).map { _ in
      Diagnostic(
        code: DiagnosticCode.allCases.randomElement(using: &random)!,
        severity: [Severity.error, .warning, .note].randomElement(using: &random)!,
        range: range(), message: message(), help: Bool.random(using: &random) ? message() : nil,
        notes: (0..<Int.random(in: 0...3, using: &random)).map { _ in
          DiagnosticNote(range: Bool.random(using: &random) ? range() : nil, message: message())
        })
    }
  }

  @Test("the output is JSONEncoder's, byte for byte", arguments: [0, 1, 7, 600, 2_000])
  func sameAsEncoder(count: Int) throws {
    let diagnostics = Self.diagnostics(count: count, seed: UInt64(count) + 3)
    for language in Language.allCases {
      let context = RenderContext(language: language, filesChecked: count * 3 + 1, sources: [:])
      let output = JSONRenderer().render(diagnostics, context: context)
      let reference = try Reference.render(diagnostics, context: context)
      // The first difference, not two whole outputs of up to a megabyte.
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
