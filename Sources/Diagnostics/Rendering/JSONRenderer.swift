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
    writer.key("errors")
    writer.number(diagnostics.count(of: .error))
    writer.key("files")
    writer.number(context.filesChecked)
    writer.key("notes")
    writer.number(diagnostics.count(of: .note))
    writer.key("warnings")
    writer.number(diagnostics.count(of: .warning))
    writer.closeObject()
    writer.closeObject()
    return writer.text + "\n"
  }

  /// One diagnostic, its members in sorted order: `help` is `null` when there is none, so
  /// the key is always there.
  private func item(_ diagnostic: Diagnostic, language: Language, into writer: inout PrettyJSON) {
    let range = diagnostic.range
    writer.openObject()
    writer.key("code")
    writer.string(diagnostic.code.rawValue)
    writer.key("column")
    writer.number(range.start.column)
    writer.key("endColumn")
    writer.number(range.end.column)
    writer.key("endLine")
    writer.number(range.end.line)
    writer.key("file")
    writer.string(range.file)
    writer.key("help")
    if let help = diagnostic.help { writer.string(help[language]) } else { writer.null() }
    writer.key("line")
    writer.number(range.start.line)
    writer.key("message")
    writer.string(diagnostic.message[language])
    writer.key("name")
    writer.string(diagnostic.code.info.name)
    writer.key("notes")
    writer.openArray()
    for note in diagnostic.notes {
      writer.openObject()
      if let noteRange = note.range {
        writer.key("column")
        writer.number(noteRange.start.column)
        writer.key("file")
        writer.string(noteRange.file)
        writer.key("line")
        writer.number(noteRange.start.line)
      }
      writer.key("message")
      writer.string(note.message[language])
      writer.closeObject()
    }
    writer.closeArray()
    writer.key("severity")
    writer.string(diagnostic.severity.rawValue)
    writer.closeObject()
  }
}
