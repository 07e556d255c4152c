import Expressions

/// Translates the expression AST to JavaScript over the runtime in `FormRuntime` (`R.*`
/// helpers, `v(id)` for a field's value), one construct for one construct, so the form
/// computes exactly what the Swift evaluator does (docs/expressions.md).
public enum JavaScriptEmitter {
  public static func emit(_ expression: Expression) -> String {
    switch expression.kind {
    case .number(let text):
      return jsNumber(text)
    case .string(let text):
      return jsString(text)
    case .boolean(let value):
      return value ? "true" : "false"
    case .field(let name):
      return "v(\(jsString(name)))"
    case .list(let items):
      return "[" + items.map(emit).joined(separator: ", ") + "]"
    case .unary(.negate, let operand):
      return "R.neg(\(emit(operand)))"
    case .unary(.not, let operand):
      return "R.not(\(emit(operand)))"
    case .binary(let op, let left, let right):
      let name: String
      switch op {
      case .add: name = "add"
      case .subtract: name = "sub"
      case .multiply: name = "mul"
      case .divide: name = "div"
      case .equal: name = "eq"
      case .notEqual: name = "ne"
      case .less: name = "lt"
      case .lessEqual: name = "le"
      case .greater: name = "gt"
      case .greaterEqual: name = "ge"
      case .in: name = "isIn"
      case .and: return "(R.truthy(\(emit(left))) && R.truthy(\(emit(right))))"
      case .or: return "(R.truthy(\(emit(left))) || R.truthy(\(emit(right))))"
      }
      return "R.\(name)(\(emit(left)), \(emit(right)))"
    case .call(let function, let arguments):
      switch function {
      case .if:
        return "(R.truthy(\(emit(arguments[0]))) ? \(emit(arguments[1])) : \(emit(arguments[2])))"
      case .date:
        return "R.date(\(arguments.map(emit).joined(separator: ", ")))"
      default:
        return "R.\(function.rawValue)(\(arguments.map(emit).joined(separator: ", ")))"
      }
    }
  }

  /// A function of no arguments returning the expression's value.
  public static func function(_ expression: Expression) -> String {
    "function () { return \(emit(expression)); }"
  }

  private static func jsNumber(_ text: String) -> String {
    // Digits with at most one "." are valid JavaScript as they are; normalise leading zeros.
    let value = Double(text) ?? 0
    return value == value.rounded() && abs(value) < 9e15 ? String(Int64(value)) : String(value)
  }

  /// A JavaScript string literal that is also safe inside an HTML `<script>`: quotes,
  /// backslashes, line breaks, `<`, `>` and `&` are escaped.
  public static func jsString(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` to `out` as `jsString(text)` writes it, without a string of its own.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(0x22)
    // Most text needs no escape at all and is copied whole; 0xE2 leads U+2028 and U+2029.
    guard text.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 })
    else {
      text.append(to: &out)
      out.append(0x22)
      return
    }
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x22: out += #"\""#.utf8
      case 0x5C: out += #"\\"#.utf8
      case 0x0A: out += #"\n"#.utf8
      case 0x0D: out += #"\r"#.utf8
      case 0x09: out += #"\t"#.utf8
      case 0x3C: out += #"\u003c"#.utf8
      case 0x3E: out += #"\u003e"#.utf8
      case 0x26: out += #"\u0026"#.utf8
      case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
        out += (bytes[index + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
        index += 2
      case ..<0x20:
        let hex = String(byte, radix: 16)
        out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
      default:
        out.append(byte)
      }
    }
    out.append(0x22)
  }
}

/// Author text written as a JavaScript string literal (`JavaScriptEmitter.jsString`), as a
/// piece of generated text.
struct JSString: TextPiece {
  let text: String
  init(_ text: String) { self.text = text }
  func append(to bytes: inout [UInt8]) { JavaScriptEmitter.appendString(text, to: &bytes) }
}
