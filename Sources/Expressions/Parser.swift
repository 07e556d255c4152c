import Diagnostics

/// Parses expressions by recursive descent over the grammar
///
///     or    := and ("or" and)*
///     and   := not ("and" not)*
///     not   := "not" not | cmp
///     cmp   := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum | "in" (list | sum))?
///     sum   := term (("+" | "-") term)*
///     term  := unary (("*" | "/") unary)*
///     unary := "-" unary | primary
///     primary := number | 'string' | true | false | id | id "(" args ")" | "(" or ")"
///
/// Texts are capped at 2,000 characters and parsing at 256 levels, so a hostile expression can
/// neither exhaust the stack here nor in the passes that walk the tree.
public struct Parser {
  public static let maxLength = 2_000
  public static let maxDepth = 256

  private var tokens: [Token]
  private var position = 0
  private var depth = 0

  private init(tokens: [Token]) {
    self.tokens = tokens
  }

  public static func parse(_ text: String) -> Result<Expression, ExpressionProblem> {
    let length = text.unicodeScalars.count
    if length > maxLength {
      return .failure(ExpressionProblem(
        .X001, TextRange(0, length),
        message: LocalizedText(vi: "biểu thức dài hơn \(maxLength) ký tự", en: "the expression is longer than \(maxLength) characters"),
        help: LocalizedText(vi: "tách thành các trường hoặc khoản phí nhỏ hơn", en: "split it into smaller fields or fees")))
    }
    let tokens: [Token]
    switch Lexer.tokens(text) {
    case .success(let found): tokens = found
    case .failure(let problem): return .failure(problem)
    }
    var parser = Parser(tokens: tokens)
    do {
      let expression = try parser.or()
      guard parser.current.kind == .end else {
        throw parser.unexpected(expecting: LocalizedText(vi: "hết biểu thức", en: "the end of the expression"))
      }
      return .success(expression)
    } catch let problem as ExpressionProblem {
      return .failure(problem)
    } catch {
      return .failure(ExpressionProblem(.X001, TextRange(0, length), message: LocalizedText(vi: "lỗi", en: "error")))
    }
  }

  private var current: Token { tokens[position] }

  private mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private mutating func enter(_ range: TextRange) throws {
    depth += 1
    if depth > Self.maxDepth {
      throw ExpressionProblem(
        .X001, range,
        message: LocalizedText(vi: "biểu thức lồng nhau quá sâu", en: "the expression nests too deeply"),
        help: LocalizedText(vi: "đơn giản hóa biểu thức", en: "simplify the expression"))
    }
  }

  private mutating func leave() { depth -= 1 }

  private mutating func or() throws -> Expression {
    try enter(current.range)
    var levels = 1
    defer { depth -= levels }
    var left = try and()
    while current.kind == .keyword(.or) {
      _ = advance()
      let right = try and()
      left = Expression(.binary(.or, left, right), left.range.through(right.range))
      levels += 1
      try enter(left.range)
    }
    return left
  }

  private mutating func and() throws -> Expression {
    try enter(current.range)
    var levels = 1
    defer { depth -= levels }
    var left = try not()
    while current.kind == .keyword(.and) {
      _ = advance()
      let right = try not()
      left = Expression(.binary(.and, left, right), left.range.through(right.range))
      levels += 1
      try enter(left.range)
    }
    return left
  }

  private mutating func not() throws -> Expression {
    if current.kind == .keyword(.not) {
      let start = advance().range
      try enter(start)
      defer { leave() }
      let operand = try not()
      return Expression(.unary(.not, operand), start.through(operand.range))
    }
    return try comparison()
  }

  private mutating func comparison() throws -> Expression {
    try enter(current.range)
    defer { leave() }
    let left = try sum()
    if case .symbol(let symbol) = current.kind, let op = comparisonOperator(symbol) {
      _ = advance()
      let right = try sum()
      return Expression(.binary(op, left, right), left.range.through(right.range))
    }
    if current.kind == .keyword(.in) {
      _ = advance()
      let right = current.kind == .symbol(.leftBracket) ? try list() : try sum()
      return Expression(.binary(.in, left, right), left.range.through(right.range))
    }
    return left
  }

  private func comparisonOperator(_ symbol: Token.Symbol) -> BinaryOperator? {
    switch symbol {
    case .equal: .equal
    case .notEqual: .notEqual
    case .less: .less
    case .lessEqual: .lessEqual
    case .greater: .greater
    case .greaterEqual: .greaterEqual
    default: nil
    }
  }

  private mutating func sum() throws -> Expression {
    try enter(current.range)
    var levels = 1
    defer { depth -= levels }
    var left = try term()
    while case .symbol(let symbol) = current.kind, symbol == .plus || symbol == .minus {
      _ = advance()
      let right = try term()
      left = Expression(.binary(symbol == .plus ? .add : .subtract, left, right), left.range.through(right.range))
      levels += 1
      try enter(left.range)
    }
    return left
  }

  private mutating func term() throws -> Expression {
    try enter(current.range)
    var levels = 1
    defer { depth -= levels }
    var left = try unary()
    while case .symbol(let symbol) = current.kind, symbol == .star || symbol == .slash {
      _ = advance()
      let right = try unary()
      left = Expression(.binary(symbol == .star ? .multiply : .divide, left, right), left.range.through(right.range))
      levels += 1
      try enter(left.range)
    }
    return left
  }

  private mutating func unary() throws -> Expression {
    if current.kind == .symbol(.minus) {
      let start = advance().range
      try enter(start)
      defer { leave() }
      let operand = try unary()
      return Expression(.unary(.negate, operand), start.through(operand.range))
    }
    return try primary()
  }

  private mutating func primary() throws -> Expression {
    let token = current
    switch token.kind {
    case .number(let text):
      _ = advance()
      return Expression(.number(text), token.range)
    case .string(let text):
      _ = advance()
      return Expression(.string(text), token.range)
    case .keyword(.true), .keyword(.false):
      _ = advance()
      return Expression(.boolean(token.kind == .keyword(.true)), token.range)
    case .identifier(let name):
      _ = advance()
      guard current.kind == .symbol(.leftParen) else { return Expression(.field(name), token.range) }
      return try call(name, at: token.range)
    case .symbol(.leftParen):
      _ = advance()
      try enter(token.range)
      defer { leave() }
      let inner = try or()
      guard current.kind == .symbol(.rightParen) else {
        throw unexpected(expecting: LocalizedText(vi: "dấu \")\"", en: "\")\""))
      }
      let end = advance().range
      return Expression(inner.kind, token.range.through(end))
    case .symbol(.leftBracket):
      throw ExpressionProblem(
        .X001, token.range,
        message: LocalizedText(vi: "danh sách [..] chỉ dùng sau \"in\"", en: "a list [..] is only used after \"in\""),
        help: LocalizedText(vi: "ví dụ: loai in ['a', 'b']", en: "for example: kind in ['a', 'b']"))
    default:
      throw unexpected(expecting: LocalizedText(vi: "một giá trị", en: "a value"))
    }
  }

  private mutating func call(_ name: String, at nameRange: TextRange) throws -> Expression {
    let open = advance().range
    try enter(open)
    defer { leave() }
    var arguments: [Expression] = []
    if current.kind != .symbol(.rightParen) {
      arguments.append(try or())
      while current.kind == .symbol(.comma) {
        _ = advance()
        arguments.append(try or())
      }
    }
    guard current.kind == .symbol(.rightParen) else {
      throw unexpected(expecting: LocalizedText(vi: "dấu \",\" hoặc \")\"", en: "\",\" or \")\""))
    }
    let range = nameRange.through(advance().range)
    guard let function = Function(rawValue: name) else {
      let known = Function.allCases.map { $0.signature }.joined(separator: ", ")
      let suggestion = EditDistance.closest(to: name, in: Function.allCases.map { $0.rawValue })
      throw ExpressionProblem(
        .X006, nameRange,
        message: LocalizedText(vi: "không có hàm \"\(name)\"", en: "there is no function \"\(name)\""),
        help: LocalizedText(
          vi: (suggestion.map { "có phải ý bạn là \"\($0)\"? " } ?? "") + "các hàm: \(known)",
          en: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "functions: \(known)"))
    }
    guard arguments.count == function.arity else {
      throw ExpressionProblem(
        .X007, range,
        message: LocalizedText(
          vi: "hàm \(name) cần \(function.arity) đối số, ở đây có \(arguments.count)",
          en: "\(name) takes \(function.arity) argument\(function.arity == 1 ? "" : "s"), not \(arguments.count)"),
        help: LocalizedText(vi: "viết \(function.signature)", en: "write \(function.signature)"))
    }
    return Expression(.call(function, arguments), range)
  }

  private mutating func list() throws -> Expression {
    let open = advance().range
    try enter(open)
    defer { leave() }
    var items: [Expression] = []
    if current.kind != .symbol(.rightBracket) {
      items.append(try sum())
      while current.kind == .symbol(.comma) {
        _ = advance()
        items.append(try sum())
      }
    }
    guard current.kind == .symbol(.rightBracket) else {
      throw unexpected(expecting: LocalizedText(vi: "dấu \",\" hoặc \"]\"", en: "\",\" or \"]\""))
    }
    return Expression(.list(items), open.through(advance().range))
  }

  private func unexpected(expecting: LocalizedText) -> ExpressionProblem {
    let token = current
    let found: LocalizedText =
      token.kind == .end
      ? LocalizedText(vi: "biểu thức kết thúc", en: "the expression ends")
      : LocalizedText(vi: "gặp \"\(describe(token))\"", en: "found \"\(describe(token))\"")
    return ExpressionProblem(
      .X001, token.kind == .end ? TextRange(token.range.lower, token.range.lower) : token.range,
      message: LocalizedText(vi: "cần \(expecting.vi) nhưng \(found.vi)", en: "expected \(expecting.en), but \(found.en)"),
      help: LocalizedText(
        vi: "biểu thức dùng tên trường, số, 'chuỗi', + - * /, == != < <= > >=, and or not, in [..] và các hàm",
        en: "expressions use field ids, numbers, 'strings', + - * /, == != < <= > >=, and or not, in [..] and functions"))
  }

  private func describe(_ token: Token) -> String {
    switch token.kind {
    case .number(let text), .identifier(let text): text
    case .string(let text): "'\(text)'"
    case .keyword(let keyword): keyword.rawValue
    case .symbol(let symbol): symbol.rawValue
    case .end: ""
    }
  }
}
