import Diagnostics

/// A problem found in one expression, located by scalar offsets inside its text. The caller
/// turns the offsets into file positions (it knows how the scalar was quoted).
public struct ExpressionProblem: Error, Sendable, Equatable {
  public var code: DiagnosticCode
  public var range: TextRange
  public var message: LocalizedText
  public var help: LocalizedText?

  public init(_ code: DiagnosticCode, _ range: TextRange, message: LocalizedText, help: LocalizedText? = nil) {
    self.code = code
    self.range = range
    self.message = message
    self.help = help
  }
}
