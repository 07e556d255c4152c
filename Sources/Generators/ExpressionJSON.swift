import Expressions

/// The expression tree as JSON for portals, one object per AST node:
/// `{"number": 8000}`, `{"text": "nam"}`, `{"bool": true}`, `{"field": "copies"}`,
/// `{"list": [...]}`, `{"op": "*", "args": [a, b]}` (unary ops: `neg`, `not`),
/// `{"call": "if", "args": [...]}`. Semantics: docs/expressions.md.
public enum ExpressionJSON {
  public static func tree(_ expression: Expression) -> JSONValue {
    switch expression.kind {
    case .number(let text):
      return ["number": .number(Double(text) ?? 0)]
    case .string(let text):
      return ["text": .string(text)]
    case .boolean(let value):
      return ["bool": .bool(value)]
    case .field(let name):
      return ["field": .string(name)]
    case .list(let items):
      return ["list": .array(items.map(tree))]
    case .unary(let op, let operand):
      return ["op": .string(op == .negate ? "neg" : "not"), "args": .array([tree(operand)])]
    case .binary(let op, let left, let right):
      return ["op": .string(op.rawValue), "args": .array([tree(left), tree(right)])]
    case .call(let function, let arguments):
      return ["call": .string(function.rawValue), "args": .array(arguments.map(tree))]
    }
  }

  /// `{"source": "8000 * copies", "tree": {...}}`.
  public static func expression(_ source: String, _ parsed: Expression?) -> JSONValue {
    ["source": .string(source), "tree": parsed.map(tree) ?? .null]
  }
}
