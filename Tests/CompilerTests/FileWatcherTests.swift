import Compiler
import Foundation
import TestSupport
import Testing

/// inotify queues an event before the call that caused it returns, so each test looks at the
/// changes right after making them, without waiting.
@Suite("Watching folders for changes")
struct FileWatcherTests {
  /// A folder with `a.yaml`, `sub/b.yaml` and a hidden `.git/config`, watched from its path.
  func watched() throws -> (TemporaryTree, FileWatcher) {
    let tree = try TemporaryTree(["a.yaml": "a: 1\n", "sub/b.yaml": "b: 1\n", ".git/config": "x\n"])
    let watcher = try #require(FileWatcher())
    watcher.watch(tree: tree.root, skippingHidden: true)
    #expect(watcher.takeChanges() == WatchedChanges(), "nothing changed yet")
    return (tree, watcher)
  }

  @Test("files written, created, removed and renamed are reported by path; hidden ones are not")
  func filesByPath() throws {
    let (tree, watcher) = try watched()
    defer { tree.remove() }
    try tree.write("a.yaml", "a: 2\n")
    #expect(watcher.takeChanges() == WatchedChanges(paths: [tree.path("a.yaml")]))
    try tree.write("sub/c.yaml", "c: 1\n")
    try FileManager.default.removeItem(atPath: tree.path("sub/b.yaml"))
    #expect(watcher.takeChanges().paths == [tree.path("sub/c.yaml"), tree.path("sub/b.yaml")])
    try FileManager.default.moveItem(atPath: tree.path("sub/c.yaml"), toPath: tree.path("d.yaml"))
    #expect(watcher.takeChanges().paths == [tree.path("sub/c.yaml"), tree.path("d.yaml")])
    try tree.write(".git/config", "y\n")
    try tree.write(".hidden.yaml", "y\n")
    #expect(watcher.takeChanges() == WatchedChanges())
    #expect(FileManager.default.createFile(atPath: tree.path("a.yaml"), contents: nil), "truncated in place")
    #expect(watcher.takeChanges().paths == [tree.path("a.yaml")])
  }

  @Test("a folder made after the watch began is watched, and what it already held is reported")
  func newFolders() throws {
    let (tree, watcher) = try watched()
    defer { tree.remove() }
    try tree.write("new/deeper/e.yaml", "e: 1\n")
    let first = watcher.takeChanges()
    #expect(first.paths.isSuperset(of: [tree.path("new"), tree.path("new/deeper/e.yaml")]))
    #expect(first.isComplete && first.uncertainRoots.isEmpty)
    try tree.write("new/deeper/e.yaml", "e: 2\n")
    #expect(watcher.takeChanges().paths == [tree.path("new/deeper/e.yaml")])
  }

  @Test("a folder moved out, or the root replaced, makes the root uncertain; a new root is watched")
  func uncertainty() throws {
    let (tree, watcher) = try watched()
    defer { tree.remove() }
    let outside = tree.root + "-moved"
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try FileManager.default.moveItem(atPath: tree.path("sub"), toPath: outside)
    let moved = watcher.takeChanges()
    #expect(moved.uncertainRoots == [tree.root])
    #expect(moved.mayHaveChanged(tree.path("sub/b.yaml")) && moved.mayHaveChanged(tree.path("a.yaml")))

    try FileManager.default.moveItem(atPath: tree.root, toPath: outside + "/old-root")
    try FileManager.default.createDirectory(atPath: tree.root, withIntermediateDirectories: false)
    #expect(watcher.takeChanges().uncertainRoots == [tree.root])
    try tree.write("f.yaml", "f: 1\n")
    try "x".write(toFile: outside + "/old-root/a.yaml", atomically: false, encoding: .utf8)
    #expect(watcher.takeChanges() == WatchedChanges(paths: [tree.path("f.yaml")]), "the old root is no longer watched")
  }

  @Test("a root with a folder that could not be watched stays uncertain")
  func blind() throws {
    let tree = try TemporaryTree(["a.yaml": "a: 1\n", "sub/b.yaml": "b: 1\n", "sub/deeper/c.yaml": "c: 1\n"])
    defer { tree.remove() }
    let watcher = try #require(FileWatcher(limit: 2))
    watcher.watch(tree: tree.root, skippingHidden: true)
    #expect(watcher.blindRoots == [tree.root])
    for _ in 0..<2 {
      let changes = watcher.takeChanges()
      #expect(changes.uncertainRoots == [tree.root])
      #expect(changes.mayHaveChanged(tree.path("sub/deeper/c.yaml")))
    }
    let watchedEnough = try #require(FileWatcher(limit: 3))
    watchedEnough.watch(tree: tree.root, skippingHidden: true)
    #expect(watchedEnough.blindRoots.isEmpty && watchedEnough.takeChanges() == WatchedChanges())
  }

  @Test("a folder below two watched roots reports its changes under both names")
  func twoNames() throws {
    let (tree, watcher) = try watched()
    defer { tree.remove() }
    try FileManager.default.createDirectory(atPath: tree.path("out/forms"), withIntermediateDirectories: true)
    _ = watcher.takeChanges()
    watcher.watch(tree: tree.path("out"), skippingHidden: false)
    try tree.write("out/forms/x.html", "<p>\n")
    let changes = watcher.takeChanges()
    #expect(changes.paths.contains(tree.path("out/forms/x.html")))
    #expect(changes.relativePaths(below: tree.path("out")) == ["forms/x.html"])
  }
}

@Suite("What a watch says may have changed")
struct WatchedChangesTests {
  @Test("paths below a root, as that root names them; uncertainty and overflow cover everything below")
  func below() {
    let changes = WatchedChanges(paths: ["/g/forms/a.html", "/gen/x", "P/a.yaml"])
    #expect(changes.relativePaths(below: "/g") == ["forms/a.html"])
    #expect(changes.relativePaths(below: "/gen") == ["x"])
    #expect(changes.mayHaveChanged(below: "P") && !changes.mayHaveChanged(below: "Q"))
    #expect(WatchedChanges(paths: ["/g/x"]).mayHaveChanged(below: ".") == false, "paths of `.` are relative")
    #expect(WatchedChanges(paths: ["a.yaml"]).relativePaths(below: ".") == ["a.yaml"])
    #expect(!changes.mayHaveChanged("P/b.yaml") && changes.mayHaveChanged("P/a.yaml"))

    var uncertain = changes
    uncertain.uncertainRoots = ["/g"]
    #expect(uncertain.relativePaths(below: "/g") == nil && uncertain.relativePaths(below: "/gen") == ["x"])
    #expect(uncertain.mayHaveChanged("/g/forms/b.html") && !uncertain.mayHaveChanged("/gen/y"))
    #expect(WatchedChanges.unknown.mayHaveChanged("anything") && WatchedChanges.unknown.relativePaths(below: "/g") == nil)
    // A root below an uncertain one (an output folder inside the tree) is uncertain too.
    let outer = WatchedChanges(uncertainRoots: ["/t"])
    #expect(outer.mayHaveChanged(below: "/t/out") && outer.relativePaths(below: "/t/out") == nil)
    #expect(!outer.mayHaveChanged(below: "/tree") && outer.relativePaths(below: "/tree") == [])
  }
}
