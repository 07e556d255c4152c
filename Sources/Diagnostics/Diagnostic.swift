/// A secondary place that explains a diagnostic ("first defined here").
public struct DiagnosticNote: Hashable, Sendable {
  public var range: SourceRange?
  public var message: LocalizedText

  public init(range: SourceRange?, message: LocalizedText) {
    self.range = range
    self.message = message
  }
}

/// One problem found in the definitions: what (code, message), where (range) and how to fix it (help).
///
/// Messages follow fixed wording rules (checked by a test): no final period, the author's
/// own text in quotes, positions never inside the text (other places go in `notes`).
public struct Diagnostic: Hashable, Sendable {
  public var code: DiagnosticCode
  public var severity: Severity
  public var range: SourceRange
  public var message: LocalizedText
  public var help: LocalizedText?
  public var notes: [DiagnosticNote]

  public init(
    code: DiagnosticCode,
    severity: Severity? = nil,
    range: SourceRange,
    message: LocalizedText,
    help: LocalizedText? = nil,
    notes: [DiagnosticNote] = []
  ) {
    self.code = code
    self.severity = severity ?? code.info.severity
    self.range = range
    self.message = message
    self.help = help
    self.notes = notes
  }
}

extension Diagnostic: Comparable {
  /// Diagnostics print in file, line, column, code order.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.range.file != rhs.range.file { return lhs.range.file < rhs.range.file }
    if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
    if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
    return lhs.message.en < rhs.message.en
  }
}

extension Array where Element == Diagnostic {
  /// Sorted by place and with exact repeats removed (an alias can repeat a node's problems).
  ///
  /// Equal diagnostics sort next to each other, into one run of diagnostics with the same
  /// place, code and message, so each is compared only with the few of its run already kept.
  public func sortedUnique() -> [Diagnostic] {
    var unique: [Diagnostic] = []
    unique.reserveCapacity(count)
    var runStart = 0
    for diagnostic in self.sorted() {
      if let last = unique.last, !(last < diagnostic) {
        if unique[runStart...].contains(diagnostic) { continue }
      } else {
        runStart = unique.count
      }
      unique.append(diagnostic)
    }
    return unique
  }

  /// How many diagnostics have each severity.
  public func count(of severity: Severity) -> Int {
    // Read in place: a closure over the elements copied every diagnostic (retaining each of
    // its texts), which for a national tree's 31,000 notes was a visible part of a report.
    var count = 0
    for index in indices where self[index].severity == severity { count += 1 }
    return count
  }
}
