import Diagnostics
import Foundation
import Rules
import TestSupport
import Testing

/// One case per example of every rule.
struct ExampleCase: CustomTestStringConvertible, Sendable {
  var code: DiagnosticCode
  var index: Int
  var failing: Bool
  var example: Example

  var testDescription: String { "\(code.rawValue) \(failing ? "failing" : "passing") #\(index + 1)" }

  static var all: [ExampleCase] {
    RuleCatalog.entries.flatMap { entry in
      entry.failing.enumerated().map { ExampleCase(code: entry.code, index: $0.offset, failing: true, example: $0.element) }
        + entry.passing.enumerated().map { ExampleCase(code: entry.code, index: $0.offset, failing: false, example: $0.element) }
    }
  }
}

@Suite("Rule catalog")
struct RuleCatalogTests {
  @Test("every code has one entry with a rationale, a failing and a passing example")
  func complete() {
    #expect(RuleCatalog.entries.map(\.code) == DiagnosticCode.allCases)
    for entry in RuleCatalog.entries {
      #expect(!entry.rationale.vi.isEmpty && !entry.rationale.en.isEmpty, "\(entry.code.rawValue)")
      #expect(!entry.passing.isEmpty, "\(entry.code.rawValue) has no passing example")
      #expect(!entry.failing.isEmpty || RuleCatalog.exemptFromFailingExamples[entry.code] != nil,
              "\(entry.code.rawValue) has no failing example")
      for example in entry.failing {
        #expect(example.yaml.contains("↓") || RuleCatalog.reportedInAnotherFile.contains(entry.code),
                "\(entry.code.rawValue): a failing example marks where the diagnostic lands with ↓")
      }
    }
  }

  @Test("examples: failing ones give the diagnostic exactly at the markers, passing ones never", arguments: ExampleCase.all)
  func example(_ test: ExampleCase) throws {
    let run = try ExampleRun(test.example, code: test.code)
    if test.failing {
      if RuleCatalog.reportedInAnotherFile.contains(test.code) {
        #expect(!run.found.isEmpty, "no \(test.code.rawValue) for:\n\(run.rendered)")
      } else {
        let places = run.found.filter { $0.range.file == run.examplePath && $0.range.start.line <= run.exampleLines }
          .map { "\($0.range.start.line):\($0.range.start.column)" }
        #expect(places == run.expected, "\(test.code.rawValue) expected at \(run.expected), found at \(places):\n\(run.rendered)")
      }
    } else {
      #expect(run.found.isEmpty, "\(test.code.rawValue) should not be reported:\n\(run.rendered)")
    }
  }

  @Test("every passing example is free of errors from any rule")
  func passingExamplesAreClean() throws {
    for test in ExampleCase.all where !test.failing {
      let run = try ExampleRun(test.example, code: test.code)
      #expect(!run.rendered.contains("error["), "\(test.testDescription) has errors:\n\(run.rendered)")
    }
  }

  @Test("docs/rules.md is generated from the catalog")
  func rulesDocument() throws {
    let path = packageRoot() + "/docs/rules.md"
    let current = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    assertGolden(RuleMarkdown.document(), path: path, currentContentsMustEqual: current)
  }
}
