import Diagnostics
import Expressions
import Model

/// Parses and type-checks every expression of a procedure (`visible_when`, `required_when`,
/// `constraint`, fee amounts) against its fields, reporting each problem at its column in the
/// file.
public enum ExpressionChecker {
  /// The expression types of a procedure's fields, with the option values of choices.
  public static func signatures(of procedure: Procedure) -> [String: FieldSignature] {
    var signatures: [String: FieldSignature] = [:]
    signatures.reserveCapacity(procedure.fields.count)
    // Fields are read in place (`for field in` would copy each one).
    for index in procedure.fields.indices {
      signatures[procedure.fields[index].id.value] = FieldSignature(
        type: expressionType(of: procedure.fields[index].type.value),
        options: procedure.fields[index].options.map { $0.value.value })
    }
    return signatures
  }

  /// How a field type is seen by expressions.
  public static func expressionType(of type: FieldType) -> ExpressionType {
    switch type {
    case .integer: .integer
    case .number: .number
    case .money: .money
    case .date: .date
    case .boolean: .boolean
    case .multiChoice: .textList
    case .file: .file
    case .text, .longText, .choice, .email, .phone, .citizenID, .taxCode, .address: .text
    }
  }

  public static func check(_ procedure: Procedure) -> [Diagnostic] {
    let fields = signatures(of: procedure)
    var bag = DiagnosticBag(file: procedure.source)
    func run(_ source: Located<String>?, _ expectation: TypeChecker.Expectation) {
      guard let source else { return }
      let problems: [ExpressionProblem]
      switch Parser.parse(source.value) {
      case .failure(let problem): problems = [problem]
      case .success(let expression): problems = TypeChecker.check(expression, fields: fields, expecting: expectation).problems
      }
      guard !problems.isEmpty else { return }
      let incompleteFields = procedure.incompleteIDs["fields"] ?? []
      for problem in problems {
        // A field that was written but could not be decoded is reported already.
        if problem.code == .X002, incompleteFields.contains(where: { problem.message.en.contains("\"\($0)\"") }) { continue }
        bag.report(
          problem.code, at: ExpressionLocator.span(of: problem.range, in: source, file: procedure.source),
          problem.message, help: problem.help)
      }
    }
    for index in procedure.fields.indices {
      run(procedure.fields[index].visibleWhen, .condition)
      run(procedure.fields[index].requiredWhen, .condition)
      run(procedure.fields[index].constraint, .condition)
    }
    for index in procedure.documents.indices {
      run(procedure.documents[index].requiredWhen, .condition)
    }
    for fee in procedure.fees {
      for amount in [fee.amount, fee.onlineAmount].compactMap({ $0 }) {
        if case .expression(let text) = amount.value { run(Located(text, at: amount.span), .amount) }
      }
    }
    return bag.diagnostics
  }
}

/// Maps offsets inside an expression to places in the file.
///
/// A plain or quoted scalar on one line whose text is exactly what is written between its
/// quotes maps offset for offset (after the opening quote). Anything else — escapes, folded
/// lines — points at the whole scalar, which is still the right line.
enum ExpressionLocator {
  static func span(of range: TextRange, in source: Located<String>, file: SourceFile) -> Span {
    let span = source.span
    guard span.start.line == span.end.line else { return span }
    var start = span.start
    var width = Int(span.end.column - span.start.column)
    if let first = file.scalar(at: start), first == "'" || first == "\"" {
      start.column += 1
      width -= 2
    }
    guard width == source.value.unicodeScalars.count else { return span }
    return Span(
      start: Mark(line: start.line, column: start.column + Int32(range.lower)),
      end: Mark(line: start.line, column: start.column + Int32(max(range.upper, range.lower + 1))))
  }
}
