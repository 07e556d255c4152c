/// What every renderer is given besides the diagnostics.
public struct RenderContext: Sendable {
  /// The language of messages.
  public var language: Language
  /// How many files were checked, for the summary.
  public var filesChecked: Int
  /// The source of each file by path, for excerpts. Missing files render without excerpts.
  public var sources: [String: SourceFile]

  public init(language: Language, filesChecked: Int, sources: [String: SourceFile]) {
    self.language = language
    self.filesChecked = filesChecked
    self.sources = sources
  }
}

/// One output format for diagnostics. Each format is one small type in its own file.
public protocol DiagnosticRenderer {
  /// Renders the diagnostics (already sorted) as the whole output text.
  func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String
}
