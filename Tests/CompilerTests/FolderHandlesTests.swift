@testable import Compiler
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Stamps looked at through folder handles are those `stat` gives for the same path.
@Suite("folder handles")
struct FolderHandlesTests {
  @Test("paths inside a root, absolute paths, links followed or not, and what has no stamp")
  func stamps() throws {
    let tree = try TemporaryTree(["a.txt": "a\n", "forms/b.html": "b\n", "forms/deep/c.json": "c\n"])
    defer { tree.remove() }
    #expect(symlink(tree.root + "/a.txt", tree.root + "/forms/link") == 0)

    let inRoot = FolderHandles(root: tree.root)
    let asGiven = FolderHandles()
    // Folder by folder and back again: each answer is the file's own.
    for relative in ["forms/b.html", "a.txt", "forms/deep/c.json", "forms/b.html", "a.txt"] {
      let expected = try #require(FileStamp.of(tree.root + "/" + relative, following: false))
      #expect(inRoot.stamp(of: relative) == expected, "\(relative)")
      #expect(asGiven.stamp(of: tree.root + "/" + relative) == expected, "\(relative)")
    }
    // A final symbolic link: followed only when asked.
    #expect(inRoot.stamp(of: "forms/link") == nil)
    #expect(inRoot.stamp(of: "forms/link", following: true) == FileStamp.of(tree.root + "/a.txt"))
    // No file, no folder, a folder: no stamp.
    #expect(inRoot.stamp(of: "forms/missing.html") == nil)
    #expect(inRoot.stamp(of: "missing/b.html") == nil)
    #expect(inRoot.stamp(of: "forms/deep") == nil)
    // A file at the top of the file system's root is looked for in "/".
    #expect(asGiven.stamp(of: "/no-such-file-\(UUID().uuidString)") == nil)
    #expect(asGiven.stamp(of: "/proc") == nil)
  }
}
