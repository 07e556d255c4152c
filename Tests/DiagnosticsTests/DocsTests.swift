import Diagnostics
import Foundation
import TestSupport
import Testing

@Suite("Generated documentation")
struct DocsTests {
  @Test("docs/diagnostics.md lists exactly the registered codes")
  func codeTable() throws {
    let path = packageRoot() + "/docs/diagnostics.md"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let begin = "<!-- codes:begin -->\n"
    let end = "<!-- codes:end -->"
    let start = try #require(text.range(of: begin))
    let finish = try #require(text.range(of: end))
    let expected = String(text[..<start.upperBound]) + DiagnosticCodeInfo.markdownTable() + String(text[finish.lowerBound...])
    assertGolden(expected, path: path, currentContentsMustEqual: text)
  }
}
