/// The types of the expression language.
///
/// `integer`, `number` and `money` form the numeric family: they compare with each other and
/// mix in arithmetic (see docs/expressions.md for the result types).
public enum ExpressionType: Sendable, Equatable, CustomStringConvertible {
  case integer, number, money, text, date, boolean, file
  /// The values of a `multi_choice` field.
  case textList
  /// `[a, b]` after `in`, with its element type.
  case list(ElementType)

  public enum ElementType: Sendable, Equatable {
    case numeric, text, date, boolean, mixed
  }

  public var isNumeric: Bool {
    switch self {
    case .integer, .number, .money: true
    default: false
    }
  }

  public var description: String {
    switch self {
    case .integer: "integer"
    case .number: "number"
    case .money: "money"
    case .text: "text"
    case .date: "date"
    case .boolean: "boolean"
    case .file: "file"
    case .textList: "list of choices"
    case .list: "list"
    }
  }

  /// The English name with its article: "an integer", "a date".
  public var withArticle: String {
    let name = description
    return (["a", "e", "i", "o", "u"].contains(name.first.map(String.init) ?? "") ? "an " : "a ") + name
  }

  /// The Vietnamese name, for messages.
  public var vietnamese: String {
    switch self {
    case .integer: "số nguyên"
    case .number: "số"
    case .money: "số tiền"
    case .text: "văn bản"
    case .date: "ngày"
    case .boolean: "đúng/sai"
    case .file: "tệp"
    case .textList: "danh sách lựa chọn"
    case .list: "danh sách"
    }
  }
}

/// What the checker knows of a field: its type, and the option values of a choice.
public struct FieldSignature: Sendable {
  public var type: ExpressionType
  /// For `choice` and `multi_choice` fields, the values that exist.
  public var options: [String]

  public init(type: ExpressionType, options: [String] = []) {
    self.type = type
    self.options = options
  }
}
