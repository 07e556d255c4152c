import Expressions
import Foundation
import Generators
import Testing

/// One table of cases, run through the Swift evaluator and through the JavaScript the forms
/// run (with node); the two must agree case by case, and the JSON tree must name every node.
struct BackendCase: Sendable, CustomTestStringConvertible {
  var source: String
  var values: [String: Value]
  var testDescription: String { source + " " + values.description }
}

let types: [String: ExpressionType] = [
  "copies": .integer, "pages": .integer, "area": .number, "capital": .money, "dob": .date, "late": .boolean,
  "name": .text, "sex": .text, "changes": .textList,
]

let backendCases: [BackendCase] = [
  BackendCase(source: "8000 * copies", values: ["copies": .number(3)]),
  BackendCase(source: "8000 * copies", values: [:]),
  BackendCase(source: "if(late, 100000, 200000) + 5000 * max(copies - 2, 0)", values: ["late": .boolean(true), "copies": .number(5)]),
  BackendCase(source: "if(late, 100000, 200000) + 5000 * max(copies - 2, 0)", values: [:]),
  BackendCase(source: "copies * min(if(pages <= 2, 2000 * pages, 4000 + 1000 * (pages - 2)), 200000)",
              values: ["copies": .number(2), "pages": .number(5)]),
  BackendCase(source: "copies * min(if(pages <= 2, 2000 * pages, 4000 + 1000 * (pages - 2)), 200000)",
              values: ["copies": .number(1), "pages": .number(400)]),
  BackendCase(source: "capital / 3", values: ["capital": .number(100)]),
  BackendCase(source: "area * 1.5 - 0.25", values: ["area": .number(2.5)]),
  BackendCase(source: "copies / 0.0", values: ["copies": .number(1)]),
  BackendCase(source: "-copies", values: ["copies": .number(2)]),
  BackendCase(source: "dob <= today()", values: ["dob": .date("2026-11-30")]),
  BackendCase(source: "dob <= today()", values: ["dob": .date("2026-11-29")]),
  BackendCase(source: "dob <= today()", values: [:]),
  BackendCase(source: "dob > date('2025-07-01') and dob < date('2026-01-01')", values: ["dob": .date("2025-08-01")]),
  BackendCase(source: "not (dob <= today())", values: [:]),
  BackendCase(source: "copies != 1", values: [:]),
  BackendCase(source: "copies == 1 or copies != 1", values: [:]),
  BackendCase(source: "name == ''", values: [:]),
  BackendCase(source: "len(name)", values: ["name": .text("Việt Nam")]),
  BackendCase(source: "len(name) > 3", values: ["name": .text("Nguyễn")]),
  BackendCase(source: "count(changes)", values: ["changes": .list([.text("ho_ten"), .text("dia_chi")])]),
  BackendCase(source: "'ho_ten' in changes", values: ["changes": .list([.text("ho_ten")])]),
  BackendCase(source: "'ho_ten' in changes", values: [:]),
  BackendCase(source: "sex in ['nam', 'nu']", values: ["sex": .text("nu")]),
  BackendCase(source: "sex in ['nam', 'nu']", values: [:]),
  BackendCase(source: "copies in [1, 2, 3]", values: ["copies": .number(2)]),
  BackendCase(source: "max(copies, 2)", values: [:]),
  BackendCase(source: "min(dob, date('2025-01-01'))", values: ["dob": .date("2024-05-05")]),
  BackendCase(source: "late or copies > 1", values: ["copies": .number(2)]),
  BackendCase(source: "late and copies > 1", values: ["late": .boolean(true)]),
  BackendCase(source: "if(copies > 1, 'nhiều', 'một') == 'một'", values: ["copies": .number(1)]),
  BackendCase(source: "name == 'a''b'", values: ["name": .text("a'b")]),
]

func json(_ value: Value) -> Any {
  switch value {
  case .number(let number): number
  case .text(let text): text
  case .date(let date): date
  case .boolean(let bool): bool
  case .list(let items): items.map(json)
  case .null: NSNull()
  }
}

func jsValue(_ value: Value) -> String {
  switch value {
  case .number(let number): String(number)
  case .text(let text), .date(let text): JavaScriptEmitter.jsString(text)
  case .boolean(let bool): String(bool)
  case .list(let items): "[" + items.map(jsValue).joined(separator: ", ") + "]"
  case .null: "null"
  }
}

@Suite("Expressions: Swift, JavaScript and JSON backends")
struct ExpressionBackendTests {
  @Test("the Swift evaluator and the generated JavaScript agree on every case")
  func swiftAndJavaScriptAgree() throws {
    let node = try #require(
      ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) },
      "node is needed to run the generated JavaScript")
    var script = ExpressionRuntime.source + "\nR.todayOverride = \"2026-11-29\";\nvar results = [];\n"
    var expected: [Any] = []
    for test in backendCases {
      guard case .success(let expression) = Parser.parse(test.source) else {
        Issue.record("cannot parse \(test.source)")
        return
      }
      let evaluator = Evaluator(values: test.values, types: types, today: "2026-11-29")
      expected.append(json(evaluator.evaluate(expression)))
      let values = test.values.keys.sorted().map { "\(JavaScriptEmitter.jsString($0)): \(jsValue(test.values[$0]!))" }
      let empties = types.keys.sorted().map { key -> String in
        let empty: String
        switch types[key]! {
        case .text: empty = "\"\""
        case .textList: empty = "[]"
        case .boolean: empty = "false"
        default: empty = "null"
        }
        return "\(JavaScriptEmitter.jsString(key)): \(empty)"
      }
      script += """
        (function () {
          var values = {\(values.joined(separator: ", "))};
          var empty = {\(empties.joined(separator: ", "))};
          function v(id) { return Object.prototype.hasOwnProperty.call(values, id) ? values[id] : empty[id]; }
          results.push(\(JavaScriptEmitter.emit(expression)));
        })();

        """
    }
    script += "process.stdout.write(JSON.stringify(results));\n"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-expr-\(UUID().uuidString).js")
    try Data(script.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: node)
    process.arguments = [file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let actual = try #require(try JSONSerialization.jsonObject(with: output) as? [Any])
    #expect(actual.count == backendCases.count)
    let expectedData = try JSONSerialization.data(withJSONObject: expected)
    let expectedList = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [Any])
    for (index, test) in backendCases.enumerated() where index < actual.count {
      let left = "\(expectedList[index])"
      let right = "\(actual[index])"
      #expect(left == right, "\(test.source) with \(test.values): Swift \(left), JavaScript \(right)")
    }
  }

  @Test("the JSON tree has one node per AST node")
  func jsonTree() throws {
    guard case .success(let expression) = Parser.parse("if(late, 8000 * copies, -1)") else {
      Issue.record("cannot parse")
      return
    }
    let tree = ExpressionJSON.tree(expression)
    #expect(tree == [
      "call": "if",
      "args": [
        ["field": "late"],
        ["op": "*", "args": [["number": 8000], ["field": "copies"]]],
        ["op": "neg", "args": [["number": 1]]],
      ],
    ])
  }
}
