import Diagnostics

/// Splits an expression into tokens; offsets count Unicode scalars from the text's start.
struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var position = 0

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// Every token and the end marker, or the first problem.
  static func tokens(_ text: String) -> Result<[Token], ExpressionProblem> {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      switch lexer.next() {
      case .success(let token):
        tokens.append(token)
        if token.kind == .end { return .success(tokens) }
      case .failure(let problem):
        return .failure(problem)
      }
    }
  }

  private mutating func next() -> Result<Token, ExpressionProblem> {
    while position < scalars.count && Self.isBlank(scalars[position]) { position += 1 }
    let start = position
    guard position < scalars.count else { return .success(Token(kind: .end, range: TextRange(start, start))) }
    let scalar = scalars[position]
    if isDigit(scalar) { return .success(number(from: start)) }
    if isIdentifierStart(scalar) {
      while position < scalars.count && isIdentifierPart(scalars[position]) { position += 1 }
      let word = asciiText(start..<position)
      // Keywords are two to five letters; field ids are mostly longer, and skip the lookup.
      let keyword = (2...5).contains(word.utf8.count) ? Token.Keyword(rawValue: word) : nil
      let kind: Token.Kind = keyword.map { .keyword($0) } ?? .identifier(word)
      return .success(Token(kind: kind, range: TextRange(start, position)))
    }
    if scalar == "'" { return string(from: start) }
    if scalar == "\"" {
      return .failure(ExpressionProblem(
        .X001, TextRange(start, start + 1),
        message: .init(vi: "chuỗi trong biểu thức dùng dấu nháy đơn", en: "strings in expressions use single quotes"),
        help: .init(vi: "viết 'nam' thay cho \"nam\"", en: "write 'nam' instead of \"nam\"")))
    }
    let following: Unicode.Scalar? = position + 1 < scalars.count ? scalars[position + 1] : nil
    if let (symbol, length) = Self.symbol(scalar, following) {
      position += length
      return .success(Token(kind: .symbol(symbol), range: TextRange(start, position)))
    }
    let hint: LocalizedText
    switch scalar {
    case "=": hint = .init(vi: "so sánh bằng viết \"==\"", en: "write \"==\" to compare")
    case "&": hint = .init(vi: "viết \"and\"", en: "write \"and\"")
    case "|": hint = .init(vi: "viết \"or\"", en: "write \"or\"")
    case "!": hint = .init(vi: "viết \"not\" hoặc \"!=\"", en: "write \"not\" or \"!=\"")
    default:
      hint = .init(vi: "biểu thức dùng tên trường, số, 'chuỗi', + - * /, == != < <= > >=, and or not, in [..]",
                   en: "expressions use field ids, numbers, 'strings', + - * /, == != < <= > >=, and or not, in [..]")
    }
    return .failure(ExpressionProblem(
      .X001, TextRange(start, start + 1),
      message: .init(vi: "ký tự \"\(scalar)\" không dùng được trong biểu thức", en: "character \"\(scalar)\" cannot be used in an expression"),
      help: hint))
  }

  private mutating func number(from start: Int) -> Token {
    while position < scalars.count && (isDigit(scalars[position]) || scalars[position] == "_") { position += 1 }
    if position + 1 < scalars.count && scalars[position] == "." && isDigit(scalars[position + 1]) {
      position += 1
      while position < scalars.count && isDigit(scalars[position]) { position += 1 }
    }
    let text = asciiText(start..<position, dropping: "_")
    return Token(kind: .number(text), range: TextRange(start, position))
  }

  private mutating func string(from start: Int) -> Result<Token, ExpressionProblem> {
    position += 1
    var value = String.UnicodeScalarView()
    while position < scalars.count {
      if scalars[position] == "'" {
        if position + 1 < scalars.count && scalars[position + 1] == "'" {
          value.append("'")
          position += 2
          continue
        }
        position += 1
        return .success(Token(kind: .string(String(value)), range: TextRange(start, position)))
      }
      value.append(scalars[position])
      position += 1
    }
    return .failure(ExpressionProblem(
      .X001, TextRange(start, position),
      message: .init(vi: "chuỗi chưa được đóng bằng dấu nháy đơn", en: "the string is not closed with a single quote"),
      help: .init(vi: "thêm dấu ' ở cuối chuỗi", en: "add a ' at the end of the string")))
  }

  /// The text of scalars that are all ASCII (identifiers and numbers are), made from their
  /// bytes without transcoding; `dropping` is left out.
  private func asciiText(_ range: Range<Int>, dropping: Unicode.Scalar? = nil) -> String {
    String(unsafeUninitializedCapacity: range.count) { buffer in
      var count = 0
      for scalar in scalars[range] where scalar != dropping {
        buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
        count += 1
      }
      return count
    }
  }

  /// The operator or punctuation starting with `scalar`, and how many scalars it takes.
  private static func symbol(_ scalar: Unicode.Scalar, _ following: Unicode.Scalar?) -> (Token.Symbol, Int)? {
    switch (scalar, following) {
    case ("=", "="): (.equal, 2)
    case ("!", "="): (.notEqual, 2)
    case ("<", "="): (.lessEqual, 2)
    case (">", "="): (.greaterEqual, 2)
    case ("<", _): (.less, 1)
    case (">", _): (.greater, 1)
    case ("+", _): (.plus, 1)
    case ("-", _): (.minus, 1)
    case ("*", _): (.star, 1)
    case ("/", _): (.slash, 1)
    case ("(", _): (.leftParen, 1)
    case (")", _): (.rightParen, 1)
    case ("[", _): (.leftBracket, 1)
    case ("]", _): (.rightBracket, 1)
    case (",", _): (.comma, 1)
    default: nil
    }
  }

  /// Spaces, tabs and line breaks (a folded scalar may hold them), and other Unicode blanks.
  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\n", "\r": true
    default: scalar.value >= 0x80 && scalar.properties.isWhitespace
    }
  }

  private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
  private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" }
  private func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool { isIdentifierStart(scalar) || isDigit(scalar) }
}
