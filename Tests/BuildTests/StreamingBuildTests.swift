import Compiler
import Foundation
import Generators
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A build hands each file to a sink as soon as it is made, so that nothing generated waits
/// in memory for the rest of a national tree. Whatever the sink, the result must be what a
/// build in memory makes.
@Suite("streamed builds")
struct StreamingBuildTests {
  static let basic = BuildTests.fixtures + "/basic/Procedures"

  /// What a build in memory makes of `path`, by relative path.
  func inMemory(_ path: String) throws -> [String: [UInt8]] {
    let files = try #require(try Builder.build(path: path).files)
    return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
  }

  /// Builds `path` into the output folder `out` through a staging folder, as `tthc build` does.
  @discardableResult
  func stream(_ path: String, into out: String) throws -> Builder.Outcome {
    let staging = try OutputStaging(folder: out)
    var outcome = try Builder.build(path: path, into: staging)
    try Builder.finish(&outcome, staged: staging, cache: nil)
    return outcome
  }

  func inode(_ path: String) throws -> Int {
    try #require(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
  }

  @Test("a streamed build writes byte for byte what a build in memory makes, and counts it")
  func sameAsInMemory() throws {
    let tree = try TemporaryTree(["keep.txt": "x\n"])
    defer { tree.remove() }
    let out = tree.root + "/Generated"
    let expected = try inMemory(Self.basic)
    let outcome = try stream(Self.basic, into: out)
    #expect(outcome.succeeded)
    #expect(outcome.files == nil)
    #expect(outcome.total == expected.count)
    #expect(readTree(out) == expected)
    // Again into the same folder: every file is the old one, linked into the new tree.
    let catalog = try inode(out + "/catalog.json")
    let form = try inode(out + "/forms/1.001193.html")
    try stream(Self.basic, into: out)
    #expect(readTree(out) == expected)
    #expect(try inode(out + "/catalog.json") == catalog)
    #expect(try inode(out + "/forms/1.001193.html") == form)
    #expect(try FileManager.default.contentsOfDirectory(atPath: tree.root).sorted() == ["Generated", "keep.txt"])
  }

  @Test("after errors the staged files are thrown away: the output folder stays as it was, nothing is left beside it")
  func errorsLeaveTheFolder() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "a.yaml": SampleDefinitions.procedure(code: "1.000001"),
      "b.yaml": SampleDefinitions.procedure(code: "1.000002"),
    ]))
    defer { tree.remove() }
    let out = tree.root + "/../" + (tree.root as NSString).lastPathComponent + "-out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    try stream(tree.root, into: out)
    let before = readTree(out)
    #expect(before.count == 12)
    // A whole-tree error (one code twice) comes only after both procedures were generated.
    try tree.write("b.yaml", SampleDefinitions.procedure(code: "1.000001"))
    let outcome = try stream(tree.root, into: out)
    #expect(!outcome.succeeded)
    #expect(outcome.check.hasErrors)
    #expect(readTree(out) == before)
    let parent = (out as NSString).deletingLastPathComponent
    let name = (out as NSString).lastPathComponent
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(name + ".") }
    #expect(leftovers == [])
  }

  @Test("the drift comparison streams too: a catalog changed inside an entry, a missing and an extra file are found")
  func streamedDrift() throws {
    let tree = try TemporaryTree(["keep.txt": "x\n"])
    defer { tree.remove() }
    let out = tree.root + "/Generated"
    try stream(Self.basic, into: out)
    func drift() throws -> OutputTree.Drift {
      let comparison = try DriftCheck(folder: out)
      let outcome = try Builder.build(path: Self.basic, into: comparison)
      #expect(outcome.succeeded)
      return comparison.finish(spliced: outcome.spliced)
    }
    #expect(try drift().isEmpty)
    // One byte of one procedure's entry, the catalog's length unchanged.
    var catalog = try #require(FileManager.default.contents(atPath: out + "/catalog.json"))
    let at = try #require(catalog.firstRange(of: Data("Đăng ký khai sinh".utf8)))
    catalog[at.lowerBound] = UInt8(ascii: "X")
    try catalog.write(to: URL(fileURLWithPath: out + "/catalog.json"))
    try FileManager.default.removeItem(atPath: out + "/forms/1.001193.html")
    try tree.write("Generated/forms/9.999999.html", "old\n")
    let found = try drift()
    #expect(found.stale == ["catalog.json"])
    #expect(found.missing == ["forms/1.001193.html"])
    #expect(found.extra == ["forms/9.999999.html"])
  }

  @Test("a procedure is generated right after its own checks only when they found no error, or only suppressed ones")
  func generatedAfterOwnChecks() throws {
    let clean = SampleDefinitions.procedure(code: "1.000001")
    let suppressed = SampleDefinitions.procedure(code: "1.000002") + "legacy_id: 7  # tthc: ignore[S001] kept for the provincial system\n"
    let failing = SampleDefinitions.procedure(code: "1.000003") + "legacy_id: 7\n"
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["a.yaml": clean, "b.yaml": suppressed, "c.yaml": failing]))
    defer { tree.remove() }
    let handled = Handled()
    let result = try Compiler.check(paths: [tree.root], keepModels: false) { _ in { handled.add($0.code.value) } }
    #expect(handled.codes == ["1.000001", "1.000002"])
    #expect(result.diagnostics.filter { $0.code == .S001 }.map(\.range.file) == [tree.root + "/c.yaml"])
  }

  @Test("a build keeps no procedure's model, and no source of a procedure file without diagnostics")
  func keepsNoModels() throws {
    let outcome = try Builder.build(path: Self.basic)
    #expect(outcome.succeeded)
    #expect(outcome.check.definitions.first?.procedures.isEmpty == true)
    let withDiagnostics = Set(outcome.check.diagnostics.map(\.range.file))
    let registries: Set<String> = ["catalog.yaml", "agencies.yaml", "sectors.yaml", "calendar.yaml"]
    let procedureSources = outcome.check.sources.keys.filter { !registries.contains(($0 as NSString).lastPathComponent) }
    #expect(outcome.check.filesChecked > registries.count)
    #expect(Set(procedureSources).isSubset(of: withDiagnostics))
  }

  final class Handled: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String] = []
    func add(_ code: String) { lock.withLock { found.append(code) } }
    var codes: [String] { lock.withLock { found.sorted() } }
  }
}
