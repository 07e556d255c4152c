/// A JSON value with a byte-exact, deterministic writer: keys sorted, two-space indent,
/// numbers as integers when whole, non-ASCII text kept as UTF-8, `\n` line ends.
public enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  case object(JSONObject)
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
    var object = JSONObject()
    for (key, value) in elements { object[key] = value }
    self = .object(object)
  }

  /// A number, written as an integer when it is whole.
  public static func number(_ value: Double) -> JSONValue {
    value == value.rounded() && abs(value) < 9e15 ? .integer(Int64(value)) : .decimal(value)
  }

  /// `nil` becomes `null`.
  public static func optional(_ value: JSONValue?) -> JSONValue { value ?? .null }

  /// The document with a final newline.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The document's UTF-8 bytes, with a final newline.
  public var bytes: [UInt8] { bytesLocatingRaw().bytes }

  /// The document's UTF-8 bytes with a final newline, and where each `.raw` value lies in
  /// them, in the order they are written.
  public func bytesLocatingRaw() -> (bytes: [UInt8], raw: [Range<Int>]) {
    var out: [UInt8] = []
    var raw: [Range<Int>] = []
    write(into: &out, indent: 0, raw: &raw)
    out.append(0x0A)
    return (out, raw)
  }

  /// The value alone, as it is written when it starts at `indent` levels (its first line
  /// not indented, no final newline).
  public func rendered(indent: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    var raw: [Range<Int>] = []
    write(into: &out, indent: indent, raw: &raw)
    return out
  }

  private func write(into out: inout [UInt8], indent: Int, raw: inout [Range<Int>]) {
    switch self {
    case .object(let members):
      guard !members.isEmpty else {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(contentsOf: "{\n".utf8)
      let sorted = members.members
      for index in sorted.indices {
        Self.indent(&out, indent + 1)
        JSONValue.writeString(sorted[index].key, into: &out)
        out.append(0x3A)
        out.append(0x20)
        sorted[index].value.write(into: &out, indent: indent + 1, raw: &raw)
        if index < sorted.count - 1 { out.append(0x2C) }
        out.append(0x0A)
      }
      Self.indent(&out, indent)
      out.append(0x7D)
    case .array(let items):
      guard !items.isEmpty else {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(contentsOf: "[\n".utf8)
      for (index, item) in items.enumerated() {
        Self.indent(&out, indent + 1)
        item.write(into: &out, indent: indent + 1, raw: &raw)
        if index < items.count - 1 { out.append(0x2C) }
        out.append(0x0A)
      }
      Self.indent(&out, indent)
      out.append(0x5D)
    case .string(let text):
      JSONValue.writeString(text, into: &out)
    case .integer(let value):
      out.append(contentsOf: String(value).utf8)
    case .decimal(let value):
      out.append(contentsOf: (value.isFinite ? "\(value)" : "null").utf8)
    case .bool(let value):
      out.append(contentsOf: (value ? "true" : "false").utf8)
    case .null:
      out.append(contentsOf: "null".utf8)
    case .raw(let text):
      let start = out.count
      out.append(contentsOf: text.utf8)
      raw.append(start..<out.count)
    }
  }

  /// Two spaces per level.
  private static func indent(_ out: inout [UInt8], _ level: Int) {
    for _ in 0..<2 * level { out.append(0x20) }
  }

  static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(0x22)
    // Most text needs no escaping: no control byte, quote or backslash, and no 0xE2 lead byte
    // (which starts U+2028 and U+2029); it is copied whole.
    if !text.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      out.append(contentsOf: text.utf8)
      out.append(0x22)
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out.append(contentsOf: "\\\"".utf8)
      case "\\": out.append(contentsOf: "\\\\".utf8)
      case "\n": out.append(contentsOf: "\\n".utf8)
      case "\r": out.append(contentsOf: "\\r".utf8)
      case "\t": out.append(contentsOf: "\\t".utf8)
      case "\u{2028}": out.append(contentsOf: "\\u2028".utf8)
      case "\u{2029}": out.append(contentsOf: "\\u2029".utf8)
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        } else {
          out.append(contentsOf: UTF8.encode(scalar)!)
        }
      }
    }
    out.append(0x22)
  }
}
