import Compiler
import Testing

@Suite("Parts of a path")
struct PathTextTests {
  @Test(
    "parent and name, one-letter names included",
    arguments: [
      ("G", "", "G"), ("G/", "", "G"), ("Gen", "", "Gen"), ("a/G", "a", "G"), ("a//G/", "a", "G"), ("/G", "/", "G"),
      ("/tmp/out", "/tmp", "out"), ("./o", ".", "o"), ("/", "/", "/"), ("a/b/c.json", "a/b", "c.json"),
    ])
  func parts(path: String, parent: String, name: String) {
    #expect(PathText.parent(of: path) == parent)
    #expect(PathText.name(of: path) == name)
  }
}
