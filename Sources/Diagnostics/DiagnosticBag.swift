/// Collects the diagnostics of one file, turning libyaml marks into author positions as
/// each diagnostic is made (diagnostics are rare; nodes only keep cheap marks).
public struct DiagnosticBag: Sendable {
  public let file: SourceFile
  public private(set) var diagnostics: [Diagnostic] = []

  public init(file: SourceFile) {
    self.file = file
  }

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  public mutating func append(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }

  /// Reports `code` at `span` of this file, with its registered severity unless one is given.
  public mutating func report(
    _ code: DiagnosticCode,
    at span: Span,
    severity: Severity? = nil,
    _ message: LocalizedText,
    help: LocalizedText? = nil,
    notes: [DiagnosticNote] = []
  ) {
    diagnostics.append(
      Diagnostic(code: code, severity: severity, range: file.range(span), message: message, help: help, notes: notes))
  }

  /// A note at a place in this file.
  public func note(at span: Span, _ message: LocalizedText) -> DiagnosticNote {
    DiagnosticNote(range: file.range(span), message: message)
  }
}
