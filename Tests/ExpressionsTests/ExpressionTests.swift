import Diagnostics
import Expressions
import Testing

/// The fields every case may use.
let fields: [String: FieldSignature] = [
  "copies": FieldSignature(type: .integer),
  "pages": FieldSignature(type: .integer),
  "area": FieldSignature(type: .number),
  "capital": FieldSignature(type: .money),
  "dob": FieldSignature(type: .date),
  "late": FieldSignature(type: .boolean),
  "name": FieldSignature(type: .text),
  "sex": FieldSignature(type: .text, options: ["nam", "nu"]),
  "changes": FieldSignature(type: .textList, options: ["ho_ten", "dia_chi"]),
  "photo": FieldSignature(type: .file),
]

/// Parses and type-checks; returns the type's name or `CODE@lower-upper` for the first problem.
func typeOf(_ source: String, expecting: TypeChecker.Expectation? = nil) -> String {
  switch Parser.parse(source) {
  case .failure(let problem):
    return "\(problem.code.rawValue)@\(problem.range.lower)-\(problem.range.upper)"
  case .success(let expression):
    let (type, problems) = TypeChecker.check(expression, fields: fields, expecting: expecting ?? .condition)
    if let first = problems.first { return "\(first.code.rawValue)@\(first.range.lower)-\(first.range.upper)" }
    return type.map { "\($0)" } ?? "?"
  }
}

@Suite("Expression types and errors")
struct TypeTests {
  @Test("well-typed expressions", arguments: [
    ("8000 * copies", "integer"),
    ("capital * 2", "money"),
    ("capital / 3", "money"),
    ("capital / capital", "number"),
    ("area * 2", "number"),
    ("copies / 2", "number"),
    ("-copies + 1_000", "integer"),
    ("if(late, 100000, 200000) + 5000 * max(copies - 2, 0)", "integer"),
    ("copies * min(if(pages <= 2, 2000 * pages, 4000 + 1000 * (pages - 2)), 200000)", "integer"),
    ("dob <= today()", "boolean"),
    ("dob > date('2025-07-01')", "boolean"),
    ("late and not (copies > 3 or name == 'x')", "boolean"),
    ("sex in ['nam', 'nu']", "boolean"),
    ("'ho_ten' in changes", "boolean"),
    ("count(changes) >= 1", "boolean"),
    ("len(name) <= 100", "boolean"),
    ("capital >= 1000000", "boolean"),
    ("copies in [1, 2, 3]", "boolean"),
  ])
  func wellTyped(source: String, type: String) {
    #expect(typeOf(source, expecting: type == "boolean" ? .condition : .amount) == type)
  }

  @Test("problems are located inside the expression", arguments: [
    ("copise > 1", "X002@0-6"),
    ("dob > 5", "X003@0-7"),
    ("name + 'x' == 'y'", "X003@0-10"),
    ("copies", "X004@0-6"),
    ("late and copies", "X003@9-15"),
    ("foo(1)", "X006@0-3"),
    ("max(1)", "X007@0-6"),
    ("copies / 0", "X008@9-10"),
    ("date('2025-02-30') < dob", "X009@5-17"),
    ("sex == 'nữ'", "X010@7-11"),
    ("copies >", "X001@8-8"),
    ("copies = 1", "X001@7-8"),
    ("name == \"x\"", "X001@8-9"),
    ("(copies > 1", "X001@11-11"),
    ("'open", "X001@0-5"),
    ("[1, 2]", "X001@0-1"),
    ("capital * capital > 0", "X003@0-17"),
    ("if(copies, 1, 2) > 0", "X003@3-9"),
    ("len(copies) > 0", "X003@4-10"),
    ("copies in ['a']", "X003@0-15"),
  ])
  func problems(source: String, expected: String) {
    #expect(typeOf(source) == expected)
  }

  @Test("a fee amount must be a number")
  func amount() {
    #expect(typeOf("late", expecting: .amount) == "X005@0-4")
    #expect(typeOf("8000 * copies", expecting: .amount) == "integer")
  }

  @Test("hostile expressions are refused without exhausting the stack")
  func hostile() {
    let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    #expect(typeOf(deep).hasPrefix("X001@"))
    let long = Array(repeating: "1", count: 1_500).joined(separator: "+")
    #expect(typeOf(long, expecting: .amount).hasPrefix("X001@"))
    let chain = Array(repeating: "pages", count: 300).joined(separator: "+")
    #expect(typeOf(chain, expecting: .amount).hasPrefix("X001@"))
    let fine = Array(repeating: "copies", count: 40).joined(separator: " + ")
    #expect(typeOf(fine, expecting: .amount) == "integer")
  }
}

@Suite("Expression values")
struct EvaluationTests {
  static let types = fields.mapValues(\.type)

  static func evaluate(_ source: String, _ values: [String: Value]) -> Value {
    guard case .success(let expression) = Parser.parse(source) else { return .text("parse error") }
    return Evaluator(values: values, types: types, today: "2026-11-29").evaluate(expression)
  }

  @Test("values for given fields", arguments: [
    ("8000 * copies", ["copies": Value.number(3)], Value.number(24000)),
    ("8000 * copies", [:], .null),
    ("if(late, 100000, 200000)", ["late": .boolean(true)], .number(100000)),
    ("if(late, 100000, 200000)", [:], .number(200000)),
    ("copies * min(if(pages <= 2, 2000 * pages, 4000 + 1000 * (pages - 2)), 200000)",
     ["copies": .number(2), "pages": .number(5)], .number(14000)),
    ("copies * min(if(pages <= 2, 2000 * pages, 4000 + 1000 * (pages - 2)), 200000)",
     ["copies": .number(1), "pages": .number(400)], .number(200000)),
    ("dob <= today()", ["dob": .date("2026-11-30")], .boolean(false)),
    ("dob <= today()", ["dob": .date("2020-01-01")], .boolean(true)),
    ("dob <= today()", [:], .boolean(false)),
    ("not (dob <= today())", [:], .boolean(true)),
    ("copies != 1", [:], .boolean(false)),
    ("name == ''", [:], .boolean(true)),
    ("len(name)", ["name": .text("Việt")], .number(4)),
    ("count(changes)", ["changes": .list([.text("ho_ten"), .text("dia_chi")])], .number(2)),
    ("'ho_ten' in changes", [:], .boolean(false)),
    ("sex in ['nam', 'nu']", ["sex": .text("nu")], .boolean(true)),
    ("copies / 0.0", ["copies": .number(1)], .null),
    ("max(copies, 2)", [:], .number(2)),
    ("capital / 3", ["capital": .number(100)], .number(100.0 / 3)),
    ("late or copies > 1", ["copies": .number(2)], .boolean(true)),
    ("-copies", ["copies": .number(2)], .number(-2)),
  ])
  func value(source: String, values: [String: Value], expected: Value) {
    #expect(Self.evaluate(source, values) == expected)
  }
}
