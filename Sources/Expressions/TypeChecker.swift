import Diagnostics

/// Infers and checks the type of an expression against the form's fields.
///
/// Every problem is located at the part of the expression it is about. After a problem in a
/// part, that part's type is unknown and checks that depend on it are skipped, so one
/// mistake gives one message.
public struct TypeChecker {
  /// What the place an expression is written in needs from it.
  public enum Expectation: Sendable {
    /// `visible_when`, `required_when`, `constraint`: true or false.
    case condition
    /// A fee amount: a number of đồng.
    case amount
  }

  private let fields: [String: FieldSignature]
  private var problems: [ExpressionProblem] = []

  private init(fields: [String: FieldSignature]) {
    self.fields = fields
  }

  /// The expression's type (nil when unknown because of a problem) and every problem found.
  public static func check(
    _ expression: Expression, fields: [String: FieldSignature], expecting: Expectation
  ) -> (type: ExpressionType?, problems: [ExpressionProblem]) {
    var checker = TypeChecker(fields: fields)
    let type = checker.infer(expression)
    if let type {
      switch expecting {
      case .condition where type != .boolean:
        checker.problems.append(ExpressionProblem(
          .X004, expression.range,
          message: LocalizedText(
            vi: "điều kiện phải đúng hoặc sai, nhưng biểu thức này là \(type.vietnamese)",
            en: "a condition must be true or false, but this is \(type.withArticle)"),
          help: LocalizedText(
            vi: "so sánh giá trị, ví dụ: so_ban > 0", en: "compare the value, e.g. copies > 0")))
      case .amount where !type.isNumeric:
        checker.problems.append(ExpressionProblem(
          .X005, expression.range,
          message: LocalizedText(
            vi: "số tiền phải là một số, nhưng biểu thức này là \(type.vietnamese)",
            en: "an amount must be a number, but this is \(type.withArticle)"),
          help: LocalizedText(
            vi: "dùng if(điều_kiện, số_tiền_1, số_tiền_2) để chọn số tiền theo điều kiện",
            en: "use if(condition, amount1, amount2) to choose an amount by a condition")))
      default:
        break
      }
    }
    return (type, checker.problems)
  }

  private mutating func infer(_ expression: Expression) -> ExpressionType? {
    switch expression.kind {
    case .number(let text):
      return text.utf8.contains(UInt8(ascii: ".")) ? .number : .integer
    case .string:
      return .text
    case .boolean:
      return .boolean
    case .field(let name):
      if let field = fields[name] { return field.type }
      let names = fields.keys.sorted()
      let suggestion = EditDistance.closest(to: name, in: names)
      let listedNames = names.prefix(15).joined(separator: ", ") + (names.count > 15 ? ", …" : "")
      problems.append(ExpressionProblem(
        .X002, expression.range,
        message: LocalizedText(vi: "không có trường \"\(name)\" trong tờ khai", en: "there is no field \"\(name)\" in the form"),
        help: LocalizedText(
          vi: (suggestion.map { "có phải ý bạn là \"\($0)\"? " } ?? "") + "các trường: \(listedNames)",
          en: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "fields: \(listedNames)")))
      return nil
    case .list(let items):
      let types = items.map { infer($0) }
      guard !types.contains(where: { $0 == nil }) else { return nil }
      let element = Self.elementType(types.compactMap { $0 })
      if element == .mixed {
        problems.append(ExpressionProblem(
          .X003, expression.range,
          message: LocalizedText(vi: "các giá trị trong danh sách không cùng kiểu", en: "the values in the list are not of one type"),
          help: LocalizedText(vi: "dùng toàn số hoặc toàn 'chuỗi'", en: "use only numbers or only 'strings'")))
        return nil
      }
      return .list(element)
    case .unary(let op, let operand):
      guard let type = infer(operand) else { return nil }
      switch op {
      case .negate where type.isNumeric:
        return type
      case .not where type == .boolean:
        return .boolean
      case .negate:
        mismatch(expression.range, "-", expected: LocalizedText(vi: "một số", en: "a number"), found: type)
      case .not:
        mismatch(expression.range, "not", expected: LocalizedText(vi: "một điều kiện", en: "a condition"), found: type)
      }
      return nil
    case .binary(let op, let left, let right):
      return binary(op, left, right, range: expression.range)
    case .call(let function, let arguments):
      return call(function, arguments, range: expression.range)
    }
  }

  private mutating func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, range: TextRange) -> ExpressionType? {
    let leftType = infer(left)
    let rightType = infer(right)
    guard let leftType, let rightType else { return nil }
    if op.isArithmetic {
      guard leftType.isNumeric && rightType.isNumeric else {
        let wrong = leftType.isNumeric ? rightType : leftType
        let help: LocalizedText? =
          wrong == .text && op == .add
          ? LocalizedText(vi: "\"+\" cộng các số; không nối được văn bản", en: "\"+\" adds numbers; it does not join texts") : nil
        problems.append(ExpressionProblem(
          .X003, range,
          message: LocalizedText(
            vi: "\"\(op.rawValue)\" cần hai số, nhưng một vế là \(wrong.vietnamese)",
            en: "\"\(op.rawValue)\" needs two numbers, but one side is \(wrong.withArticle)"),
          help: help))
        return nil
      }
      if op == .divide, case .number(let text) = right.kind, Double(text) == 0 {
        problems.append(ExpressionProblem(
          .X008, right.range,
          message: LocalizedText(vi: "chia cho 0", en: "division by zero"),
          help: LocalizedText(vi: "chia cho một số khác 0", en: "divide by a number other than 0")))
        return nil
      }
      return arithmeticResult(op, leftType, rightType, range: range)
    }
    switch op {
    case .and, .or:
      for (type, side) in [(leftType, left), (rightType, right)] where type != .boolean {
        mismatch(side.range, op.rawValue, expected: LocalizedText(vi: "điều kiện", en: "conditions"), found: type)
        return nil
      }
      return .boolean
    case .equal, .notEqual:
      guard comparable(leftType, rightType) else {
        mismatchPair(range, op, leftType, rightType)
        return nil
      }
      checkOption(left, right)
      checkOption(right, left)
      return .boolean
    case .less, .lessEqual, .greater, .greaterEqual:
      guard (leftType.isNumeric && rightType.isNumeric) || (leftType == .date && rightType == .date) else {
        if comparable(leftType, rightType) {
          problems.append(ExpressionProblem(
            .X003, range,
            message: LocalizedText(
              vi: "\"\(op.rawValue)\" so sánh số hoặc ngày, không so sánh \(leftType.vietnamese)",
              en: "\"\(op.rawValue)\" compares numbers or dates, not \(leftType)s")))
        } else {
          mismatchPair(range, op, leftType, rightType)
        }
        return nil
      }
      return .boolean
    case .in:
      switch rightType {
      case .list(let element):
        let fits: Bool
        switch element {
        case .numeric: fits = leftType.isNumeric
        case .text: fits = leftType == .text
        case .date: fits = leftType == .date
        case .boolean: fits = leftType == .boolean
        case .mixed: fits = false
        }
        guard fits else {
          mismatchPair(range, op, leftType, rightType)
          return nil
        }
        if case .list(let items) = right.kind {
          for item in items { checkOption(left, item) }
        }
        return .boolean
      case .textList:
        guard leftType == .text else {
          mismatchPair(range, op, leftType, rightType)
          return nil
        }
        checkOption(right, left)
        return .boolean
      default:
        problems.append(ExpressionProblem(
          .X003, right.range,
          message: LocalizedText(
            vi: "sau \"in\" cần một danh sách, không phải \(rightType.vietnamese)",
            en: "\"in\" needs a list after it, not \(rightType.withArticle)"),
          help: LocalizedText(vi: "ví dụ: loai in ['a', 'b']", en: "for example: kind in ['a', 'b']")))
        return nil
      }
    default:
      return nil
    }
  }

  /// Result types of arithmetic; see docs/expressions.md.
  private mutating func arithmeticResult(_ op: BinaryOperator, _ left: ExpressionType, _ right: ExpressionType, range: TextRange) -> ExpressionType? {
    let money = left == .money || right == .money
    switch op {
    case .multiply where left == .money && right == .money:
      problems.append(ExpressionProblem(
        .X003, range,
        message: LocalizedText(vi: "nhân hai số tiền với nhau", en: "two amounts multiplied together"),
        help: LocalizedText(vi: "nhân số tiền với một số lượng, ví dụ 8000 * so_ban", en: "multiply an amount by a quantity, e.g. 8000 * copies")))
      return nil
    case .divide where left == .money && right == .money:
      return .number
    case .divide:
      return left == .money ? .money : .number
    default:
      if money { return .money }
      return left == .number || right == .number ? .number : .integer
    }
  }

  private mutating func call(_ function: Function, _ arguments: [Expression], range: TextRange) -> ExpressionType? {
    if function == .date {
      guard case .string(let text) = arguments[0].kind, Self.isISODate(text) else {
        problems.append(ExpressionProblem(
          .X009, arguments[0].range,
          message: LocalizedText(vi: "date(…) cần một ngày dạng 'YYYY-MM-DD'", en: "date(…) needs a date written 'YYYY-MM-DD'"),
          help: LocalizedText(vi: "ví dụ: date('2025-07-01')", en: "for example: date('2025-07-01')")))
        return nil
      }
      return .date
    }
    let types = arguments.map { infer($0) }
    guard !types.contains(where: { $0 == nil }) else { return nil }
    let argumentTypes = types.compactMap { $0 }
    switch function {
    case .today, .date:
      return .date
    case .len:
      guard argumentTypes[0] == .text || argumentTypes[0] == .textList else {
        mismatch(arguments[0].range, "len", expected: LocalizedText(vi: "văn bản", en: "a text"), found: argumentTypes[0])
        return nil
      }
      return .integer
    case .count:
      guard argumentTypes[0] == .textList else {
        mismatch(arguments[0].range, "count", expected: LocalizedText(vi: "một trường multi_choice", en: "a multi_choice field"), found: argumentTypes[0])
        return nil
      }
      return .integer
    case .if:
      guard argumentTypes[0] == .boolean else {
        mismatch(arguments[0].range, "if", expected: LocalizedText(vi: "một điều kiện", en: "a condition"), found: argumentTypes[0])
        return nil
      }
      return unify(argumentTypes[1], argumentTypes[2], range: range, function: function)
    case .min, .max:
      guard (argumentTypes[0].isNumeric && argumentTypes[1].isNumeric) || (argumentTypes[0] == .date && argumentTypes[1] == .date) else {
        let wrong = argumentTypes[0].isNumeric || argumentTypes[0] == .date ? arguments[1] : arguments[0]
        let wrongType = argumentTypes[0].isNumeric || argumentTypes[0] == .date ? argumentTypes[1] : argumentTypes[0]
        mismatch(wrong.range, function.rawValue, expected: LocalizedText(vi: "số hoặc ngày", en: "numbers or dates"), found: wrongType)
        return nil
      }
      return unify(argumentTypes[0], argumentTypes[1], range: range, function: function)
    }
  }

  /// The common type of two branches or arguments: numbers widen (integer → number, money wins).
  private mutating func unify(_ a: ExpressionType, _ b: ExpressionType, range: TextRange, function: Function) -> ExpressionType? {
    if a == b { return a }
    if a.isNumeric && b.isNumeric {
      if a == .money || b == .money { return .money }
      return .number
    }
    problems.append(ExpressionProblem(
      .X003, range,
      message: LocalizedText(
        vi: "hai giá trị của \(function.rawValue) khác kiểu: \(a.vietnamese) và \(b.vietnamese)",
        en: "the two values of \(function.rawValue) differ in type: \(a) and \(b)")))
    return nil
  }

  private func comparable(_ a: ExpressionType, _ b: ExpressionType) -> Bool {
    (a.isNumeric && b.isNumeric) || (a == b && a != .file)
  }

  /// A choice field compared with a string that is not one of its option values.
  private mutating func checkOption(_ fieldSide: Expression, _ valueSide: Expression) {
    guard case .field(let name) = fieldSide.kind, let field = fields[name], !field.options.isEmpty,
      case .string(let value) = valueSide.kind, !field.options.contains(value)
    else { return }
    let suggestion = EditDistance.closest(to: value, in: field.options)
    problems.append(ExpressionProblem(
      .X010, valueSide.range,
      message: LocalizedText(
        vi: "'\(value)' không phải giá trị của trường \"\(name)\"", en: "'\(value)' is not a value of field \"\(name)\""),
      help: LocalizedText(
        vi: (suggestion.map { "có phải ý bạn là '\($0)'? " } ?? "") + "các giá trị: \(field.options.joined(separator: ", "))",
        en: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "values: \(field.options.joined(separator: ", "))")))
  }

  private mutating func mismatch(_ range: TextRange, _ what: String, expected: LocalizedText, found: ExpressionType) {
    problems.append(ExpressionProblem(
      .X003, range,
      message: LocalizedText(
        vi: "\"\(what)\" cần \(expected.vi), nhưng gặp \(found.vietnamese)",
        en: "\"\(what)\" needs \(expected.en), but this is \(found.withArticle)")))
  }

  private mutating func mismatchPair(_ range: TextRange, _ op: BinaryOperator, _ left: ExpressionType, _ right: ExpressionType) {
    problems.append(ExpressionProblem(
      .X003, range,
      message: LocalizedText(
        vi: "không so sánh được \(left.vietnamese) với \(right.vietnamese) bằng \"\(op.rawValue)\"",
        en: "\(left.withArticle) cannot be compared with \(right.withArticle) by \"\(op.rawValue)\""),
      help: left == .date || right == .date
        ? LocalizedText(vi: "viết ngày dạng date('2025-01-01')", en: "write a date as date('2025-01-01')") : nil))
  }

  private static func elementType(_ types: [ExpressionType]) -> ExpressionType.ElementType {
    if types.allSatisfy({ $0.isNumeric }) { return .numeric }
    if types.allSatisfy({ $0 == .text }) { return .text }
    if types.allSatisfy({ $0 == .date }) { return .date }
    if types.allSatisfy({ $0 == .boolean }) { return .boolean }
    return .mixed
  }

  /// `YYYY-MM-DD` naming a day that exists.
  static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1
    else { return false }
    let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1]
  }
}
