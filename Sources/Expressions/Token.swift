/// A half-open range of Unicode-scalar offsets inside an expression's text.
public struct TextRange: Hashable, Sendable {
  public var lower: Int
  public var upper: Int

  public init(_ lower: Int, _ upper: Int) {
    self.lower = lower
    self.upper = max(lower, upper)
  }

  /// From the start of `self` to the end of `other`.
  public func through(_ other: TextRange) -> TextRange { TextRange(lower, other.upper) }
}

/// One token of the expression language.
struct Token: Equatable {
  enum Kind: Equatable {
    case number(String)  // digits, optionally with one "." and digits
    case string(String)  // 'text' (quotes removed, '' for a quote)
    case identifier(String)
    case keyword(Keyword)
    case symbol(Symbol)
    case end
  }

  enum Keyword: String {
    case and, or, not, `in`, `true`, `false`
  }

  enum Symbol: String {
    case plus = "+", minus = "-", star = "*", slash = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]", comma = ","
  }

  var kind: Kind
  var range: TextRange
}
