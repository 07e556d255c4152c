import Compiler
import Diagnostics
import Foundation
import TestSupport
import Testing

@Suite("Checking whole trees")
struct TreeTests {
  @Test("the real Procedures/ tree checks with no errors or warnings (notes on online levels only)")
  func realTreeIsClean() throws {
    let result = try Compiler.check(paths: [packageRoot() + "/Procedures"])
    let text = TextRenderer(colored: false).render(
      result.diagnostics, context: RenderContext(language: .en, filesChecked: result.filesChecked, sources: result.sources))
    #expect(result.diagnostics.allSatisfy { $0.severity == .note && $0.code == .L002 }, "\(text)")
    let procedures = result.definitions.first?.procedures ?? []
    #expect(procedures.count >= 10)
    let levels = Set(procedures.compactMap { $0.authorityLevel?.value.rawValue })
    #expect(levels.isSuperset(of: ["central", "province", "commune"]))
  }

  @Test("a procedure code used twice is reported once, with a note at the other file")
  func duplicateCodes() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "ho_tich/a.yaml": SampleDefinitions.procedure(), "ho_tich/b.yaml": SampleDefinitions.procedure(),
    ]))
    defer { tree.remove() }
    let result = try Compiler.check(paths: [tree.root])
    #expect(result.diagnostics.map(\.code) == [.R004])
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.range.file == tree.path("ho_tich/b.yaml"))
    #expect(diagnostic.range.start == SourcePosition(line: 1, column: 7))
    #expect(diagnostic.notes.first?.range?.file == tree.path("ho_tich/a.yaml"))
  }

  @Test("missing registries are each reported")
  func missingRegistries() throws {
    let tree = try TemporaryTree(["x/p.yaml": SampleDefinitions.procedure()])
    defer { tree.remove() }
    let result = try Compiler.check(paths: [tree.root])
    #expect(result.diagnostics.map(\.code) == [.R006, .R006, .R006])
    #expect(result.diagnostics.map(\.range.file) == ["agencies.yaml", "catalog.yaml", "sectors.yaml"].map(tree.path))
  }

  @Test("mistakes in registries are found too")
  func registryMistakes() throws {
    var files = SampleDefinitions.tree(procedures: ["p.yaml": SampleDefinitions.procedure()])
    files["agencies.yaml"] = files["agencies.yaml"]! + "\n  leve: commune\n"
    files["catalog.yaml"] = "jurisdiction: Tỉnh\npublisher: X\nlanguages: [vi]\nsame_day_cutoff: 25:00\n"
    let tree = try TemporaryTree(files)
    defer { tree.remove() }
    let result = try Compiler.check(paths: [tree.root])
    #expect(result.diagnostics.map(\.code) == [.S001, .S018, .R008])
  }

  @Test("one file, or one folder, is checked with the registries of its tree")
  func partialPaths() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "ho_tich/a.yaml": SampleDefinitions.procedure(code: "1.000001"),
      "ho_tich/b.yaml": SampleDefinitions.procedure(code: "1.000002", sector: "nowhere"),
      "khac/c.yaml": SampleDefinitions.procedure(code: "1.000003"),
    ]))
    defer { tree.remove() }
    let file = try Compiler.check(paths: [tree.path("ho_tich/a.yaml")])
    #expect(file.diagnostics.isEmpty)
    #expect(file.filesChecked == 4)
    let folder = try Compiler.check(paths: [tree.path("ho_tich")])
    #expect(folder.diagnostics.map(\.code) == [.R001])
    #expect(folder.definitions.first?.procedures.count == 2)
  }

  @Test("symbolic links to folders are not followed, so a loop cannot hang the walk")
  func symlinkLoop() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["a/p.yaml": SampleDefinitions.procedure()]))
    defer { tree.remove() }
    try FileManager.default.createSymbolicLink(atPath: tree.path("a/up"), withDestinationPath: "..")
    let result = try Compiler.check(paths: [tree.root])
    #expect(result.diagnostics.isEmpty)
    #expect(result.filesChecked == 4)
  }

  @Test("a path that does not exist is an input error, not a diagnostic")
  func missingPath() {
    #expect(throws: InputError.notFound("/nonexistent/tthc")) {
      try Compiler.check(paths: ["/nonexistent/tthc"])
    }
  }

  @Test("for output without excerpts no procedure's source is kept, and the diagnostics are the same")
  func sourcesOnlyForExcerpts() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "a.yaml": SampleDefinitions.procedure(code: "1.000001"), "b.yaml": SampleDefinitions.procedure(code: "1.000002", sector: "x"),
    ]))
    defer { tree.remove() }
    let excerpts = try Compiler.check(paths: [tree.root], keepModels: false)
    let plain = try Compiler.check(paths: [tree.root], keepModels: false, keepSources: false)
    #expect(!excerpts.diagnostics.isEmpty)
    #expect(plain.diagnostics == excerpts.diagnostics)
    #expect(excerpts.sources[tree.root + "/b.yaml"] != nil)
    #expect(plain.sources.keys.filter { $0.hasSuffix("/a.yaml") || $0.hasSuffix("/b.yaml") } == [])
  }

  @Test("checking is deterministic: the same tree renders byte-identical output")
  func deterministic() throws {
    var procedures: [String: String] = [:]
    for index in 0..<40 {
      // Every other file has a mistake, so there is plenty to order.
      let code = String(format: "1.%06d", index % 30)
      procedures["s\(index % 3)/p\(index).yaml"] = SampleDefinitions.procedure(code: code, sector: index % 2 == 0 ? "ho_tich" : "x")
    }
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: procedures))
    defer { tree.remove() }
    var outputs: Set<String> = []
    for _ in 0..<3 {
      let result = try Compiler.check(paths: [tree.root])
      outputs.insert(JSONRenderer().render(
        result.diagnostics, context: RenderContext(language: .vi, filesChecked: result.filesChecked, sources: result.sources)))
    }
    #expect(outputs.count == 1)
  }
}
