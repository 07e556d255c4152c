import Compiler
import Foundation
import TestSupport
import Testing

@testable import TTHCCommands

@Suite("A watch shares one allocator arena only when it starts from a cache")
struct MemoryArenasTests {
  @Test("no cache, a cache folder without the tree's file, then the file a check leaves")
  func suitsOnlyWatchesWithACache() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["ho_tich/a.yaml": SampleDefinitions.procedure(code: "1.000001")]))
    defer { tree.remove() }
    let other = try TemporaryTree(SampleDefinitions.tree(procedures: ["ho_tich/b.yaml": SampleDefinitions.procedure(code: "1.000002")]))
    defer { other.remove() }
    let folder = tree.root + "-cache"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = CacheStore(folder: folder)

    #expect(!MemoryArenas.suit(watching: [tree.root], cache: nil))
    #expect(!MemoryArenas.suit(watching: [tree.root], cache: store))

    let (status, _) = run(["check", tree.root], environment: ["TTHC_CACHE_DIR": folder])
    #expect(status == 0)
    #expect(MemoryArenas.suit(watching: [tree.root], cache: store))
    // Every tree watched must have one: the other would be checked whole.
    #expect(!MemoryArenas.suit(watching: [tree.root, other.root], cache: store))
    #expect(!MemoryArenas.suit(watching: [tree.root], cache: nil))
  }
}
