/// `--format sarif`: SARIF 2.1.0, the format code-scanning services read, with every rule's
/// metadata and help so a result can be understood without tthc.
///
/// Columns count Unicode code points (`columnKind: unicodeCodePoints`); tthc's columns count
/// characters, which is the same for text in NFC, as definitions are.
///
/// The layout is Foundation's `JSONSerialization` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, written directly (`PrettyJSON`), members in sorted order: a
/// national tree's tens of thousands of results are written in chunks on all cores.
public struct SARIFRenderer: DiagnosticRenderer, Sendable {
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

  /// How deep a result object is: the document, `runs`, the run, `results`.
  private static let resultDepth = 4
  /// How deep a rule object is: the document, `runs`, the run, `tool`, `driver`, `rules`.
  private static let ruleDepth = 6

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    let language = context.language
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.code, $0) })
    let results = ChunkedText.joined(count: diagnostics.count) { indices in
      var writer = PrettyJSON(depth: Self.resultDepth)
      for index in indices {
        writer.startItem(first: index == 0)
        result(diagnostics[index], ruleIndex: ruleIndex[diagnostics[index].code], language: language, into: &writer)
      }
      return writer.text
    }
    var ruleWriter = PrettyJSON(depth: Self.ruleDepth)
    for (index, rule) in rules.enumerated() {
      ruleWriter.startItem(first: index == 0)
      self.rule(rule, language: language, into: &ruleWriter)
    }

    var writer = PrettyJSON()
    writer.openObject()
    writer.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
    writer.key("runs")
    writer.openArray()
    writer.openObject()
    writer.member("columnKind", "unicodeCodePoints")
    writer.key("results")
    writer.openArray()
    writer.items(written: results)
    writer.closeArray()
    writer.key("tool")
    writer.openObject()
    writer.key("driver")
    writer.openObject()
    writer.member("informationUri", "https://github.com/tthc/tthc")
    writer.member("name", "tthc")
    writer.key("rules")
    writer.openArray()
    writer.items(written: ruleWriter.text)
    writer.closeArray()
    writer.member("version", version)
    writer.closeObject()
    writer.closeObject()
    writer.closeObject()
    writer.closeArray()
    writer.member("version", "2.1.0")
    writer.closeObject()
    return writer.text + "\n"
  }

  private func rule(_ rule: Rule, language: Language, into writer: inout PrettyJSON) {
    let info = rule.code.info
    writer.openObject()
    writer.key("defaultConfiguration")
    writer.openObject()
    writer.member("level", Self.level(info.severity))
    writer.closeObject()
    writer.key("fullDescription")
    text(rule.fullDescription[language], into: &writer)
    writer.key("help")
    writer.openObject()
    writer.member("markdown", rule.help[language])
    writer.member("text", rule.help[language])
    writer.closeObject()
    writer.member("id", info.code.rawValue)
    writer.member("name", info.name)
    writer.key("properties")
    writer.openObject()
    writer.key("tags")
    writer.openArray()
    writer.string(Self.phase(info.code))
    writer.closeArray()
    writer.closeObject()
    writer.key("shortDescription")
    text(info.summary[language], into: &writer)
    writer.closeObject()
  }

  private func result(_ diagnostic: Diagnostic, ruleIndex: Int?, language: Language, into writer: inout PrettyJSON) {
    var message = diagnostic.message[language]
    if let help = diagnostic.help { message += "\n" + help[language] }
    writer.openObject()
    writer.member("level", Self.level(diagnostic.severity))
    writer.key("locations")
    writer.openArray()
    writer.openObject()
    physicalLocation(diagnostic.range, into: &writer)
    writer.closeObject()
    writer.closeArray()
    writer.key("message")
    text(message, into: &writer)
    // Notes without a place have no location to relate; the others keep their number.
    let related = diagnostic.notes.enumerated().filter { $0.element.range != nil }
    if !related.isEmpty {
      writer.key("relatedLocations")
      writer.openArray()
      for (index, note) in related {
        writer.openObject()
        writer.member("id", index + 1)
        writer.key("message")
        text(note.message[language], into: &writer)
        physicalLocation(note.range!, into: &writer)
        writer.closeObject()
      }
      writer.closeArray()
    }
    writer.member("ruleId", diagnostic.code.rawValue)
    if let ruleIndex {
      writer.member("ruleIndex", ruleIndex)
    }
    writer.closeObject()
  }

  /// `"physicalLocation"` and its value, as a member of the object being written.
  private func physicalLocation(_ range: SourceRange, into writer: inout PrettyJSON) {
    writer.key("physicalLocation")
    writer.openObject()
    writer.key("artifactLocation")
    writer.openObject()
    writer.member("uri", range.file)
    writer.closeObject()
    writer.key("region")
    writer.openObject()
    writer.member("endColumn", max(range.end.column, range.start.column + (range.end.line == range.start.line ? 1 : 0)))
    writer.member("endLine", range.end.line)
    writer.member("startColumn", range.start.column)
    writer.member("startLine", range.start.line)
    writer.closeObject()
    writer.closeObject()
  }

  /// A `{"text": …}` message object.
  private func text(_ value: String, into writer: inout PrettyJSON) {
    writer.openObject()
    writer.member("text", value)
    writer.closeObject()
  }

  /// A severity as a SARIF level.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// The phase a code belongs to, a rule's tag.
  static func phase(_ code: DiagnosticCode) -> String {
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
