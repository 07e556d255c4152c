/// The expression tree: one shape for every backend (the Swift evaluator, the JavaScript the
/// forms run, the JSON tree portals evaluate), each node with its place in the text.
public struct Expression: Sendable, Equatable {
  public indirect enum Kind: Sendable, Equatable {
    /// A number as written, without `_` (`8000`, `0.5`).
    case number(String)
    case string(String)
    case boolean(Bool)
    /// A field of the form, by id.
    case field(String)
    /// `[a, b]`, only on the right of `in`.
    case list([Expression])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case call(Function, [Expression])
  }

  public var kind: Kind
  public var range: TextRange

  public init(_ kind: Kind, _ range: TextRange) {
    self.kind = kind
    self.range = range
  }
}

public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case not
}

public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", divide = "/"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case and, or
  case `in`

  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
    default: false
    }
  }

  var isArithmetic: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide: true
    default: false
    }
  }
}

/// The functions of the language, with how many arguments each takes.
public enum Function: String, Sendable, CaseIterable {
  case today, len, count, `if`, min, max, date

  public var arity: Int {
    switch self {
    case .today: 0
    case .len, .count, .date: 1
    case .min, .max: 2
    case .if: 3
    }
  }

  /// How a call is written, for messages: `if(condition, a, b)`.
  public var signature: String {
    switch self {
    case .today: "today()"
    case .len: "len(text)"
    case .count: "count(multi_choice_field)"
    case .if: "if(condition, a, b)"
    case .min: "min(a, b)"
    case .max: "max(a, b)"
    case .date: "date('YYYY-MM-DD')"
    }
  }
}
