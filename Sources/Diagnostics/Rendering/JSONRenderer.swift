/// `--format json`: one object with every diagnostic and a summary, keys sorted, messages
/// in the chosen language.
///
/// The layout is Foundation's `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, written directly (`PrettyJSON`), members in sorted order: a
/// national tree's tens of thousands of notes are rendered in chunks on all cores instead
/// of built as a tree of values on one.
public struct JSONRenderer: DiagnosticRenderer, Sendable {
  public init() {}

  /// How deep a diagnostic object is: the document, `diagnostics`.
  private static let itemDepth = 2

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    let items = ChunkedText.joined(count: diagnostics.count) { indices in
      var writer = PrettyJSON(depth: Self.itemDepth)
      for index in indices {
        writer.startItem(first: index == 0)
        item(diagnostics[index], language: context.language, into: &writer)
      }
      return writer.text
    }
    var writer = PrettyJSON()
    writer.openObject()
    writer.key("diagnostics")
    writer.openArray()
    writer.items(written: items)
    writer.closeArray()
    writer.key("summary")
    writer.openObject()
    writer.member("errors", diagnostics.count(of: .error))
    writer.member("files", context.filesChecked)
    writer.member("notes", diagnostics.count(of: .note))
    writer.member("warnings", diagnostics.count(of: .warning))
    writer.closeObject()
    writer.closeObject()
    return writer.text + "\n"
  }

  /// One diagnostic, its members in sorted order: `help` is `null` when there is none, so
  /// the key is always there.
  private func item(_ diagnostic: Diagnostic, language: Language, into writer: inout PrettyJSON) {
    let range = diagnostic.range
    writer.openObject()
    writer.member("code", diagnostic.code.rawValue)
    writer.member("column", range.start.column)
    writer.member("endColumn", range.end.column)
    writer.member("endLine", range.end.line)
    writer.member("file", range.file)
    writer.key("help")
    if let help = diagnostic.help { writer.string(help[language]) } else { writer.null() }
    writer.member("line", range.start.line)
    writer.member("message", diagnostic.message[language])
    writer.member("name", diagnostic.code.info.name)
    writer.key("notes")
    writer.openArray()
    for note in diagnostic.notes {
      writer.openObject()
      if let noteRange = note.range {
        writer.member("column", noteRange.start.column)
        writer.member("file", noteRange.file)
        writer.member("line", noteRange.start.line)
      }
      writer.member("message", note.message[language])
      writer.closeObject()
    }
    writer.closeArray()
    writer.member("severity", diagnostic.severity.rawValue)
    writer.closeObject()
  }
}
