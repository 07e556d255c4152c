@testable import Compiler
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A sorted listing is made folder by folder; it must come out exactly as the whole paths
/// sorted, whatever the names: ones that sort before "/" ("a-b", "a.b", "a b"), a file and a
/// folder of one name's prefix, letters beyond ASCII, hidden names.
@Suite("directory listing")
struct DirectoryListingTests {
  static let names = ["a", "a-b", "a.b", "a b", "a0", "ab", "A", "b", "~", "ă", "đ", "Z-", "a!", "a_", ".hidden"]

  /// A tree of up to `count` files from a seeded generator: paths of one to four names.
  func tree(seed: UInt64, count: Int) throws -> TemporaryTree {
    var random = SeededRandom(seed: seed)
    var files: [String: String] = [:]
    var folders: Set<String> = []
    for _ in 0..<count {
      let depth = Int.random(in: 1...4, using: &random)
      let parts = (0..<depth).map { _ in Self.names.randomElement(using: &random)! }
      let path = parts.joined(separator: "/")
      // A path cannot be both a file and a folder.
      let prefixes = (1..<parts.count).map { parts[..<$0].joined(separator: "/") }
      if folders.contains(path) || prefixes.contains(where: { files[$0] != nil }) { continue }
      files[path] = "x\n"
      folders.formUnion(prefixes)
    }
    return try TemporaryTree(files)
  }

  @Test("sorted listings are the whole paths sorted", arguments: 1...12)
  func sortedAsWholePaths(seed: UInt64) throws {
    let tree = try tree(seed: seed, count: 60)
    defer { tree.remove() }
    for hidden in [false, true] {
      let listed = try #require(DirectoryListing.files(below: tree.root, skippingHidden: hidden))
      let unsorted = try #require(DirectoryListing.files(below: tree.root, skippingHidden: hidden, sorted: false))
      #expect(listed == unsorted.sorted(), "seed \(seed), skipping hidden: \(hidden)")
      #expect(hidden ? !listed.contains { $0.hasPrefix(".") || $0.contains("/.") } : listed.count == unsorted.count)
    }
    #expect(DirectoryListing.files(below: tree.root + "/no-such-folder") == nil)
  }

  /// Two folders whose names are the same text in the two Unicode forms are different
  /// folders: whole paths would mix their files (the text compares equal), and the order of
  /// equal names would be the order the folder happens to list them in.
  @Test("names equal as text but not as bytes go by their bytes, each folder's files together")
  func unicodeForms() throws {
    // Each group is one text in its Unicode forms: "ă", "é", "ố" (three forms), "ư".
    let groups = [
      ["\u{0103}", "a\u{0306}"], ["\u{00E9}", "e\u{0301}"], ["\u{1ED1}", "\u{00F4}\u{0301}", "o\u{0302}\u{0301}"],
      ["\u{01B0}", "u\u{031B}"],
    ]
    let tree = try TemporaryTree(["b.yaml": "x\n"])
    defer { tree.remove() }
    // Made through the C calls: the names' bytes as written (a dictionary of paths would keep
    // one form of each, its keys being equal).
    for form in groups.joined() {
      #expect(mkdir(tree.root + "/" + form, 0o755) == 0)
      for name in ["/a.yaml", "/z.yaml"] {
        let file = open(tree.root + "/" + form + name, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        #expect(file >= 0)
        close(file)
      }
    }
    let listed = try #require(DirectoryListing.files(below: tree.root))
    // As text, "b" comes first, then the groups (é U+00E9, ă U+0103, ư U+01B0, ố U+1ED1);
    // within a group, the forms by their bytes.
    var expected = ["b.yaml"]
    for group in groups.sorted(by: { $0[0] < $1[0] }) {
      for form in group.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        expected += [form + "/a.yaml", form + "/z.yaml"]
      }
    }
    #expect(listed.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
  }
}
