import Diagnostics
import Testing

@Suite("Diagnostic code registry")
struct CodeRegistryTests {
  @Test("every code is registered once, with a kebab-case name and both summaries")
  func registry() {
    #expect(DiagnosticCodeInfo.all.count == DiagnosticCode.allCases.count)
    #expect(Set(DiagnosticCodeInfo.all.map(\.code)).count == DiagnosticCode.allCases.count)
    #expect(Set(DiagnosticCodeInfo.all.map(\.name)).count == DiagnosticCode.allCases.count)
    for info in DiagnosticCodeInfo.all {
      #expect(info.name.allSatisfy { $0 == "-" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }, "\(info.name)")
      #expect(!info.summary.vi.isEmpty && !info.summary.en.isEmpty)
      #expect(DiagnosticCodeInfo.find(info.name)?.code == info.code)
      #expect(DiagnosticCodeInfo.find(info.code.rawValue.lowercased())?.code == info.code)
    }
  }
}
