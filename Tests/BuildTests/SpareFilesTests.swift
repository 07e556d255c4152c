@testable import Compiler
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// An update keeps the catalog it replaces as a spare and the next update writes over it.
/// What it writes must always be what a build without a cache makes, and a spare that is
/// not a file of its own must never be written through.
@Suite("spare files for the catalog")
struct SpareFilesTests {
  typealias Workspace = IncrementalBuildTests.Workspace

  /// Gives procedure b another name, which changes its catalog entry.
  func rename(in workspace: Workspace, to name: String) throws {
    try workspace.write(
      "ho_tich/b.yaml", SampleDefinitions.procedure(code: "1.000002").replacingOccurrences(of: "Đăng ký khai sinh", with: name))
  }

  func inode(_ path: String) -> UInt64? { FileStamp.of(path, following: false)?.inode }

  /// A workspace built, then updated once: its catalog has a spare.
  func workspaceWithSpare() throws -> Workspace {
    let workspace = try Workspace()
    try workspace.build()
    try rename(in: workspace, to: "Đăng ký lại khai sinh")
    try workspace.build()
    return workspace
  }

  func contents(of descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
      if count <= 0 { return bytes }
      bytes += buffer[..<count]
      offset += off_t(count)
    }
  }

  @Test("updates take turns between two catalog files, each time as a build without a cache makes it")
  func alternates() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    let catalog = workspace.output + "/catalog.json"
    let spare = workspace.cache.spares.spare(of: "catalog.json")
    #expect(spare.hasPrefix(workspace.tree.root + "/cache/spares/"))
    let first = try #require(inode(catalog))
    var inodes: [UInt64] = []
    for round in 1...4 {
      let replaced = inode(catalog)
      try rename(in: workspace, to: "Đăng ký lại khai sinh (lần \(round))")
      let outcome = try workspace.build()
      try workspace.expectSameAsFresh(outcome)
      #expect(inode(spare) == replaced, "round \(round): the replaced catalog is the spare")
      inodes.append(try #require(inode(catalog)))
    }
    // The first update has no spare yet; from the second on, each writes over the last one's.
    #expect(inodes[0] != first)
    #expect(inodes[1] == first && inodes[2] == inodes[0] && inodes[3] == first)
    // A build that changes nothing in the catalog leaves both files alone.
    try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001") + "# a comment\n")
    let unchanged = try workspace.build()
    try workspace.expectSameAsFresh(unchanged)
    #expect(inode(catalog) == inodes[3] && inode(spare) == inodes[2])
  }

  @Test("a spare that is still the catalog's other name (an update stopped halfway) is not written through")
  func linkedSpare() throws {
    let workspace = try workspaceWithSpare()
    defer { workspace.tree.remove() }
    let catalog = workspace.output + "/catalog.json"
    let spare = workspace.cache.spares.spare(of: "catalog.json")
    #expect(unlink(spare) == 0 && link(catalog, spare) == 0)
    let current = open(catalog, O_RDONLY)
    defer { close(current) }
    let before = contents(of: current)

    try rename(in: workspace, to: "Đăng ký khai sinh cho trẻ em")
    let outcome = try workspace.build()
    try workspace.expectSameAsFresh(outcome)
    #expect(contents(of: current) == before, "the file that was the catalog kept its bytes")
  }

  @Test("a spare that is a symbolic link is dropped, and what it points to is left alone")
  func symbolicLinkSpare() throws {
    let workspace = try workspaceWithSpare()
    defer { workspace.tree.remove() }
    let spare = workspace.cache.spares.spare(of: "catalog.json")
    let victim = workspace.tree.root + "/victim.txt"
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: victim))
    #expect(unlink(spare) == 0 && symlink(victim, spare) == 0)

    try rename(in: workspace, to: "Đăng ký khai sinh cho trẻ em")
    let outcome = try workspace.build()
    try workspace.expectSameAsFresh(outcome)
    #expect(FileManager.default.contents(atPath: victim) == Data("keep me\n".utf8))
  }

  @Test("without a spare there is nothing to adopt; keeping makes the spare's folder inside the cache's")
  func adoptAndKeep() throws {
    let tree = try TemporaryTree(["old.json": "old\n"])
    defer { tree.remove() }
    let spares = SpareFiles(folder: tree.root + "/cache/spares/x")
    #expect(spares.adopt("catalog.json", as: tree.root + "/staged.json") == -1)
    #expect(!FileManager.default.fileExists(atPath: tree.root + "/staged.json"))
    // The cache folder itself is the cache's to make (with the marks that keep it out of git).
    #expect(!spares.keep(tree.root + "/old.json", as: "catalog.json"))
    #expect(!FileManager.default.fileExists(atPath: tree.root + "/cache"))
    #expect(mkdir(tree.root + "/cache", 0o755) == 0)
    #expect(spares.keep(tree.root + "/old.json", as: "catalog.json"))
    #expect(spares.keep(tree.root + "/old.json", as: "catalog.json"), "a spare already there is replaced")
    // Still linked to old.json: not a file of its own yet.
    #expect(spares.adopt("catalog.json", as: tree.root + "/staged.json") == -1)
    #expect(!FileManager.default.fileExists(atPath: tree.root + "/staged.json"))
    #expect(FileManager.default.contents(atPath: tree.root + "/old.json") == Data("old\n".utf8))

    #expect(spares.keep(tree.root + "/old.json", as: "catalog.json") && unlink(tree.root + "/old.json") == 0)
    let adopted = spares.adopt("catalog.json", as: tree.root + "/staged.json")
    #expect(adopted >= 0)
    if adopted >= 0 { close(adopted) }
    #expect(FileManager.default.contents(atPath: tree.root + "/staged.json") == Data("old\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: spares.spare(of: "catalog.json")))
  }
}
