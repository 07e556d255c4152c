import Compiler
import Diagnostics
import Foundation
import Model
import TestSupport
import Testing

/// Fixture pairs: `Fixtures/tree/cases/<case>.yaml` checked on its own (with the tree's
/// registries) must render exactly `Fixtures/expected/<case>.txt`, in English then Vietnamese.
/// `UPDATE_GOLDEN=1 swift test` rewrites the expected files and fails.
@Suite("Reader and decoder fixtures")
struct FixtureTests {
  static let fixtures = directory() + "/Fixtures"
  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures + "/tree/cases")) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }()

  @Test("each case renders its expected diagnostics", arguments: cases)
  func fixture(name: String) throws {
    let path = Self.fixtures + "/tree/cases/\(name).yaml"
    let result = try Compiler.check(paths: [path])
    let rendered = renderForGolden(
      result.diagnostics, sources: result.sources, filesChecked: result.filesChecked, stripping: Self.fixtures + "/")
    assertGolden(rendered, path: Self.fixtures + "/expected/\(name).txt")
    for diagnostic in result.diagnostics {
      #expect(wordingProblems(diagnostic).isEmpty, "\(wordingProblems(diagnostic))")
    }
  }

  @Test("there are fixtures for every reader and schema problem the issue names")
  func coverage() {
    for name in ["tabs", "bom_crlf", "duplicate_keys", "booleans", "numbers", "money", "durations", "identifiers",
                 "code_invalid", "alias_bomb", "invalid_utf8", "unknown_keys", "missing_keys", "references"] {
      #expect(Self.cases.contains(name), "missing fixture \(name)")
    }
  }

  @Test("the valid case decodes completely, keeping codes and amounts as written")
  func validDecodes() throws {
    let result = try Compiler.check(paths: [Self.fixtures + "/tree/cases/valid.yaml"])
    #expect(result.diagnostics.isEmpty)
    let procedure = try #require(result.definitions.first?.procedures.first)
    #expect(procedure.code.value == "1.001193")
    #expect(procedure.name["en"] == "Birth registration")
    #expect(procedure.fields.map(\.id.value) == ["child_name", "child_dob", "child_sex", "late", "late_reason", "copies", "proof"])
    #expect(procedure.fields[6].maxSize?.value == 5 * 1024 * 1024)
    #expect(procedure.fees[1].amount.value == .expression("8000 * copies"))
    #expect(procedure.fees[1].onlineAmount?.value == .fixed(4000))
    #expect(procedure.steps[1].duration.value == Duration(halves: 6, unit: .hours))
    #expect(procedure.steps[1].outcomes.map(\.target.value) == [.step("ky_duyet"), .end("rejected")])
    guard case .perChannel(let times)? = procedure.processingTime else {
      Issue.record("expected per-channel processing time")
      return
    }
    #expect(times.map(\.duration.value) == [
      Duration(halves: 2, unit: .workingDays), Duration(halves: 2, unit: .workingDays), Duration(halves: 2, unit: .workingDays),
    ])
  }

  @Test("2.000150 keeps its last zero and \"50 000\" is fifty thousand")
  func keepsText() throws {
    let result = try Compiler.check(paths: [Self.fixtures + "/tree/cases/money.yaml"])
    let procedure = try #require(result.definitions.first?.procedures.first)
    #expect(procedure.fees.prefix(2).map(\.amount.value) == [.fixed(50_000), .fixed(50_000)])
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-code-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = try String(contentsOfFile: Self.fixtures + "/tree/cases/valid.yaml", encoding: .utf8)
      .replacingOccurrences(of: "code: 1.001193", with: "code: 2.000150")
    let copy = directory.appendingPathComponent("p.yaml").path
    try text.write(toFile: copy, atomically: true, encoding: .utf8)
    let decoded = try Compiler.check(paths: [copy])
    #expect(decoded.definitions.first?.procedures.first?.code.value == "2.000150")
  }
}
