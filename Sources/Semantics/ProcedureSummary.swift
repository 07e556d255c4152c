import Diagnostics
import Model

/// What the whole-tree checks need of a procedure, small enough to keep for every file of a
/// national-size tree when the full model is let go after its own checks.
public struct ProcedureSummary: Sendable {
  public var code: String
  /// Where the code is written, already in author coordinates.
  public var codeRange: SourceRange

  public init(code: String, codeRange: SourceRange) {
    self.code = code
    self.codeRange = codeRange
  }

  public init(_ procedure: Procedure) {
    self.code = procedure.code.value
    self.codeRange = procedure.source.range(procedure.code.span)
  }
}
