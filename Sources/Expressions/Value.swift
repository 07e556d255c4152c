/// A value while evaluating. Numbers are binary floating point, as in the JavaScript the
/// forms run, so both evaluators give the same result; amounts are whole numbers far below
/// 2^53, where every integer is exact.
public enum Value: Sendable, Equatable, CustomStringConvertible {
  case number(Double)
  case text(String)
  /// `YYYY-MM-DD`; ISO dates compare correctly as text.
  case date(String)
  case boolean(Bool)
  case list([Value])
  /// A number or date field left empty (or hidden).
  case null

  public var description: String {
    switch self {
    case .number(let value):
      value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    case .text(let text): "'\(text)'"
    case .date(let date): "date('\(date)')"
    case .boolean(let value): String(value)
    case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
    case .null: "null"
    }
  }
}
