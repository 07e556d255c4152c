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
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
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
    return out + "\""
  }
}
