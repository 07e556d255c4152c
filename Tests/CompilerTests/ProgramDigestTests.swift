import Compiler
import Foundation
import TestSupport
import Testing

/// The cache knows tthc by the bytes of its executable, not by where the file is.
@Suite("program digest")
struct ProgramDigestTests {
  @Test("the digest is that of the executable's bytes: the same for a copy, another for other bytes")
  func digestOfBytes() throws {
    let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let tree = try TemporaryTree(["README": "an executable goes here\n"])
    defer { tree.remove() }
    try Data(bytes).write(to: URL(fileURLWithPath: tree.path("tthc")))
    try FileManager.default.copyItem(atPath: tree.path("tthc"), toPath: tree.path("copy"))
    let store = CacheStore(folder: tree.path("cache"))
    let digest = try #require(store.programDigest(ofExecutable: tree.path("tthc")))
    #expect(digest == ContentDigest.of(bytes))
    #expect(store.programDigest(ofExecutable: tree.path("copy")) == digest)
    #expect(FileManager.default.fileExists(atPath: tree.path("cache/v2/program")))
    var other = bytes
    other[150_000] ^= 1
    try Data(other).write(to: URL(fileURLWithPath: tree.path("copy")))
    #expect(store.programDigest(ofExecutable: tree.path("copy")) == ContentDigest.of(other))
    #expect(store.programDigest(ofExecutable: tree.path("missing")) == nil)
  }

  @Test("a damaged memo of digests is ignored and written afresh")
  func damagedMemo() throws {
    let tree = try TemporaryTree(["cache/v2/program": "not a memo", "tthc": "#!/bin/sh\nexit 0\n"])
    defer { tree.remove() }
    let store = CacheStore(folder: tree.path("cache"))
    #expect(store.programDigest(ofExecutable: tree.path("tthc")) == ContentDigest.of(Array("#!/bin/sh\nexit 0\n".utf8)))
    let memo = try #require(FileManager.default.contents(atPath: tree.path("cache/v2/program")))
    #expect(memo != Data("not a memo".utf8))
  }
}
