/// A JSON value with a byte-exact, deterministic writer: keys sorted, two-space indent,
/// numbers as integers when whole, non-ASCII text kept as UTF-8, `\n` line ends.
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case integer(Int64)
  case decimal(Double)
  case bool(Bool)
  case null
  /// A value already rendered (by `rendered(indent:)` at the indentation where it is placed),
  /// written as it is.
  case raw(String)

  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .integer(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }

  /// A number, written as an integer when it is whole.
  public static func number(_ value: Double) -> JSONValue {
    value == value.rounded() && abs(value) < 9e15 ? .integer(Int64(value)) : .decimal(value)
  }

  /// `nil` becomes `null`.
  public static func optional(_ value: JSONValue?) -> JSONValue { value ?? .null }

  /// The document with a final newline.
  public var text: String { textLocatingRaw().text }

  /// The document with a final newline, and where each `.raw` value lies in its UTF-8 bytes,
  /// in the order they are written.
  public func textLocatingRaw() -> (text: String, raw: [Range<Int>]) {
    var out = ""
    var raw: [Range<Int>] = []
    write(into: &out, indent: 0, raw: &raw)
    return (out + "\n", raw)
  }

  /// The value alone, as it is written when it starts at `indent` levels (its first line
  /// not indented, no final newline).
  public func rendered(indent: Int) -> String {
    var out = ""
    var raw: [Range<Int>] = []
    write(into: &out, indent: indent, raw: &raw)
    return out
  }

  private func write(into out: inout String, indent: Int, raw: inout [Range<Int>]) {
    switch self {
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      let keys = members.keys.sorted()
      for (index, key) in keys.enumerated() {
        out += Self.indentation(indent + 1)
        JSONValue.writeString(key, into: &out)
        out += ": "
        members[key]!.write(into: &out, indent: indent + 1, raw: &raw)
        out += index == keys.count - 1 ? "\n" : ",\n"
      }
      out += Self.indentation(indent) + "}"
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += Self.indentation(indent + 1)
        item.write(into: &out, indent: indent + 1, raw: &raw)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += Self.indentation(indent) + "]"
    case .string(let text):
      JSONValue.writeString(text, into: &out)
    case .integer(let value):
      out += String(value)
    case .decimal(let value):
      out += value.isFinite ? "\(value)" : "null"
    case .bool(let value):
      out += value ? "true" : "false"
    case .null:
      out += "null"
    case .raw(let text):
      let start = out.utf8.count
      out += text
      raw.append(start..<out.utf8.count)
    }
  }

  private static let indentations = (0..<16).map { String(repeating: "  ", count: $0) }

  /// Two spaces per level.
  private static func indentation(_ level: Int) -> String {
    level < indentations.count ? indentations[level] : String(repeating: "  ", count: level)
  }

  static func writeString(_ text: String, into out: inout String) {
    out += "\""
    // Most text needs no escaping: no control byte, quote or backslash, and no 0xE2 lead byte
    // (which starts U+2028 and U+2029); it is copied whole.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      out += text
      out += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
