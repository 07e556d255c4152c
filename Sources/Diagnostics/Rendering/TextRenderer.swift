/// The human format: a GNU `file:line:col: error[CODE]: message` line that editors and CI
/// problem matchers understand, the source line with an underline, then help and notes.
public struct TextRenderer: DiagnosticRenderer, Sendable {
  /// Whether to add ANSI colours (only for a terminal, and never when `NO_COLOR` is set).
  public var colored: Bool

  public init(colored: Bool) {
    self.colored = colored
  }

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    // Diagnostics are rendered in chunks on all cores (a national tree has tens of thousands
    // of notes), and the chunks joined in order.
    var out = ChunkedText.joined(count: diagnostics.count) { indices in
      var out = ""
      for index in indices {
        renderOne(diagnostics[index], context: context, into: &out)
        out += "\n"
      }
      return out
    }
    out += summary(diagnostics, context: context) + "\n"
    return out
  }

  private func renderOne(_ diagnostic: Diagnostic, context: RenderContext, into out: inout String) {
    let language = context.language
    let range = diagnostic.range
    let location = "\(range.file):\(range.start.line):\(range.start.column):"
    let head = "\(diagnostic.severity.label)[\(diagnostic.code.rawValue)]"
    out += style(location, .bold) + " " + style(head, color(for: diagnostic.severity)) + ": "
      + style(diagnostic.message[language], .bold) + "\n"
    let gutter = excerpt(range, source: context.sources[range.file], severity: diagnostic.severity, into: &out)
    let pad = String(repeating: " ", count: gutter)
    if let help = diagnostic.help {
      out += pad + "= " + style("help", .green) + ": " + indentContinuation(help[language], by: gutter + 8) + "\n"
    }
    for note in diagnostic.notes {
      if let noteRange = note.range {
        let noteLocation = "\(noteRange.file):\(noteRange.start.line):\(noteRange.start.column)"
        out += pad + "= " + style("note", .cyan) + ": " + note.message[language] + " (" + noteLocation + ")\n"
      } else {
        out += pad + "= " + style("note", .cyan) + ": " + note.message[language] + "\n"
      }
    }
  }

  /// Writes the source lines of `range` with an underline; returns the gutter width used.
  @discardableResult
  private func excerpt(_ range: SourceRange, source: SourceFile?, severity: Severity, into out: inout String) -> Int {
    let number = String(range.start.line)
    let gutter = number.count + 1
    guard let source, range.start.line <= source.lineCount else { return gutter }
    let line = source.lineText(range.start.line)
    let pad = String(repeating: " ", count: gutter)
    let (shown, startWidth, underlineWidth) = layout(line: line, range: range)
    out += pad + style("|", .blue) + "\n"
    out += style(number, .blue) + " " + style("|", .blue) + (shown.isEmpty ? "" : " " + shown) + "\n"
    let underline = "^" + String(repeating: "~", count: max(0, underlineWidth - 1))
    out += pad + style("|", .blue) + " " + String(repeating: " ", count: startWidth)
      + style(underline, color(for: severity)) + "\n"
    return gutter
  }

  /// The line with tabs shown as four spaces, the display column where the range starts,
  /// and how many display columns to underline (at least one; to the line's end when the
  /// range runs past it).
  private func layout(line: String, range: SourceRange) -> (String, Int, Int) {
    var shown = ""
    var width = 0
    var startWidth: Int?
    var endWidth: Int?
    var column = 1
    for character in line {
      if column == range.start.column { startWidth = width }
      if range.end.line == range.start.line && column == range.end.column { endWidth = width }
      if character == "\t" {
        shown += "    "
        width += 4
      } else {
        shown.append(character)
        width += DisplayWidth.of(character)
      }
      column += 1
    }
    let start = startWidth ?? width
    var end = endWidth ?? width
    if range.end.line == range.start.line && range.end.column > column { end = width + (range.end.column - column) }
    return (shown, start, max(1, end - start))
  }

  private func summary(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    let language = context.language
    let errors = diagnostics.count(of: .error)
    let warnings = diagnostics.count(of: .warning)
    let notes = diagnostics.count(of: .note)
    let files = context.filesChecked
    let filesText = language == .vi ? "\(files) tệp" : (files == 1 ? "1 file" : "\(files) files")
    if diagnostics.isEmpty {
      return language == .vi ? "Không có lỗi trong \(filesText)." : "No problems found in \(filesText)."
    }
    var parts: [String] = []
    if errors > 0 || warnings + notes == 0 { parts.append(Severity.error.countLabel(errors, language: language)) }
    if warnings > 0 { parts.append(Severity.warning.countLabel(warnings, language: language)) }
    if notes > 0 { parts.append(Severity.note.countLabel(notes, language: language)) }
    let counted = parts.joined(separator: ", ")
    return language == .vi ? "\(counted) trong \(filesText)." : "\(counted) in \(filesText)."
  }

  private func indentContinuation(_ text: String, by width: Int) -> String {
    text.replacingNewlines(with: "\n" + String(repeating: " ", count: width))
  }

  private enum Style: String {
    case bold = "1"
    case red = "1;31"
    case yellow = "1;33"
    case cyan = "1;36"
    case green = "1;32"
    case blue = "1;34"
  }

  private func color(for severity: Severity) -> Style {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .note: .cyan
    }
  }

  private func style(_ text: String, _ style: Style) -> String {
    colored ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}

extension String {
  func replacingNewlines(with replacement: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

