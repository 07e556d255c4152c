/// Evaluates an expression for given field values. The semantics, written in
/// docs/expressions.md, are shared by the generated JavaScript and the JSON for portals:
///
/// - An empty number, money or date field is `null`; arithmetic with `null` is `null`;
///   every comparison with `null` is false; `min`/`max` with a `null` give the other value.
/// - An empty text or choice field is `''`, an empty multi-choice `[]`, an empty boolean
///   `false`.
/// - A condition that is `null` counts as false; `and`/`or` short-circuit.
/// - Division by zero gives `null`.
public struct Evaluator {
  /// Field values by id; a missing id is an empty field of its type.
  public var values: [String: Value]
  /// Types of the fields, to know what "empty" means for each.
  public var types: [String: ExpressionType]
  /// The day `today()` returns, `YYYY-MM-DD`.
  public var today: String

  public init(values: [String: Value], types: [String: ExpressionType], today: String) {
    self.values = values
    self.types = types
    self.today = today
  }

  public func evaluate(_ expression: Expression) -> Value {
    switch expression.kind {
    case .number(let text):
      return .number(Double(text) ?? 0)
    case .string(let text):
      return .text(text)
    case .boolean(let value):
      return .boolean(value)
    case .field(let name):
      if let value = values[name] { return value }
      return Self.empty(types[name])
    case .list(let items):
      return .list(items.map(evaluate))
    case .unary(.negate, let operand):
      if case .number(let value) = evaluate(operand) { return .number(-value) }
      return .null
    case .unary(.not, let operand):
      return .boolean(!isTrue(evaluate(operand)))
    case .binary(let op, let left, let right):
      return binary(op, left, right)
    case .call(let function, let arguments):
      return call(function, arguments)
    }
  }

  /// Whether a condition holds: only `true` does (`null` counts as false).
  public func isTrue(_ value: Value) -> Bool {
    if case .boolean(true) = value { return true }
    return false
  }

  /// What an empty field of a type evaluates to.
  public static func empty(_ type: ExpressionType?) -> Value {
    switch type {
    case .text: .text("")
    case .textList: .list([])
    case .boolean: .boolean(false)
    default: .null
    }
  }

  private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> Value {
    switch op {
    case .and:
      return .boolean(isTrue(evaluate(left)) && isTrue(evaluate(right)))
    case .or:
      return .boolean(isTrue(evaluate(left)) || isTrue(evaluate(right)))
    default:
      break
    }
    let a = evaluate(left)
    let b = evaluate(right)
    switch op {
    case .add, .subtract, .multiply, .divide:
      guard case .number(let x) = a, case .number(let y) = b else { return .null }
      switch op {
      case .add: return .number(x + y)
      case .subtract: return .number(x - y)
      case .multiply: return .number(x * y)
      default: return y == 0 ? .null : .number(x / y)
      }
    case .equal:
      return .boolean(a != .null && b != .null && a == b)
    case .notEqual:
      return .boolean(a != .null && b != .null && a != b)
    case .less, .lessEqual, .greater, .greaterEqual:
      guard let order = compare(a, b) else { return .boolean(false) }
      switch op {
      case .less: return .boolean(order < 0)
      case .lessEqual: return .boolean(order <= 0)
      case .greater: return .boolean(order > 0)
      default: return .boolean(order >= 0)
      }
    case .in:
      guard a != .null, case .list(let items) = b else { return .boolean(false) }
      return .boolean(items.contains(a))
    case .and, .or:
      return .null
    }
  }

  /// -1, 0 or 1 for two numbers or two dates; nil otherwise (including `null`).
  private func compare(_ a: Value, _ b: Value) -> Int? {
    switch (a, b) {
    case (.number(let x), .number(let y)): x < y ? -1 : (x > y ? 1 : 0)
    case (.date(let x), .date(let y)): x < y ? -1 : (x > y ? 1 : 0)
    default: nil
    }
  }

  private func call(_ function: Function, _ arguments: [Expression]) -> Value {
    switch function {
    case .today:
      return .date(today)
    case .date:
      if case .string(let text) = arguments[0].kind { return .date(text) }
      return .null
    case .len:
      switch evaluate(arguments[0]) {
      case .text(let text): return .number(Double(text.count))
      case .list(let items): return .number(Double(items.count))
      default: return .number(0)
      }
    case .count:
      if case .list(let items) = evaluate(arguments[0]) { return .number(Double(items.count)) }
      return .number(0)
    case .if:
      return isTrue(evaluate(arguments[0])) ? evaluate(arguments[1]) : evaluate(arguments[2])
    case .min, .max:
      let a = evaluate(arguments[0])
      let b = evaluate(arguments[1])
      if a == .null { return b }
      if b == .null { return a }
      guard let order = compare(a, b) else { return .null }
      return function == .min ? (order <= 0 ? a : b) : (order >= 0 ? a : b)
    }
  }
}
