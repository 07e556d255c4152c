import Compiler
import Diagnostics
import Foundation
import TestSupport
import Testing

/// A watching process (`--watch`) looks only at the files its watch saw change and keeps the
/// cache in memory: what it builds must still be what a build without a cache makes, after
/// every kind of change — and it must really skip what it was told did not change.
@Suite("builds in a watching process")
struct WatchedBuildTests {
  typealias Workspace = IncrementalBuildTests.Workspace

  /// A workspace whose definitions and output folder are watched, built by a process that
  /// keeps its caches in memory.
  struct Watched {
    let workspace: Workspace
    let watcher: FileWatcher
    let resident = ResidentCaches()

    init() throws {
      workspace = try Workspace()
      watcher = try #require(FileWatcher())
      watcher.watch(tree: workspace.definitions, skippingHidden: true)
      watcher.watch(tree: CacheStore.absolute(workspace.output), skippingHidden: false)
      _ = watcher.takeChanges()
    }

    /// Builds as a watching process does: with `changes`, or those the watch saw.
    @discardableResult
    func build(changes: WatchedChanges? = nil, watched: Bool = true) throws -> Builder.Outcome {
      var cache = workspace.cache
      cache.store.resident = resident
      cache.changes = changes ?? (watched ? watcher.takeChanges() : nil)
      var outcome = try Builder.build(path: workspace.definitions, cache: cache)
      try Builder.finish(&outcome, writingTo: workspace.output, cache: cache)
      resident.waitForWrites()
      return outcome
    }
  }

  @Test("after every kind of change, a watched build leaves what a build without a cache makes")
  func sameAsFresh() throws {
    let watched = try Watched()
    let workspace = watched.workspace
    defer { workspace.tree.remove() }
    try watched.build(watched: false)
    try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "Đăng ký khai sinh", with: "Khai sinh"))
    let changed = try watched.build()
    #expect(changed.check.filesFromCache == 2)
    try workspace.expectSameAsFresh(changed)

    let steps: [(String, () throws -> Void)] = [
      ("a procedure in a new folder", { try workspace.write("moi/d.yaml", SampleDefinitions.procedure(code: "1.000004")) }),
      ("a procedure removed", { try FileManager.default.removeItem(atPath: workspace.definitions + "/ho_tich/b.yaml") }),
      ("a procedure renamed", {
        try FileManager.default.moveItem(atPath: workspace.definitions + "/ho_tich/c.yaml", toPath: workspace.definitions + "/ho_tich/e.yaml")
      }),
      ("a generated file edited by hand", { try Data("edited\n".utf8).write(to: URL(fileURLWithPath: workspace.output + "/workflows/1.000001.md")) }),
      ("a generated file deleted", { try FileManager.default.removeItem(atPath: workspace.output + "/forms/1.000004.html") }),
      ("a stray file in the output folder", { try Data("x\n".utf8).write(to: URL(fileURLWithPath: workspace.output + "/forms/stray.html")) }),
      ("a registry changed", {
        try workspace.write("agencies.yaml", SampleDefinitions.agencies.replacingOccurrences(of: "Ủy ban nhân dân cấp xã", with: "UBND xã"))
      }),
      ("an error", { try workspace.write("ho_tich/a.yaml", "code: [\n") }),
      ("the error fixed", { try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001")) }),
      ("the output folder removed", { try FileManager.default.removeItem(atPath: workspace.output) }),
      ("a duplicate code", { try workspace.write("moi/f.yaml", SampleDefinitions.procedure(code: "1.000004")) }),
      ("nothing", {}),
    ]
    for (step, change) in steps {
      try change()
      let outcome = try watched.build()
      try workspace.expectSameAsFresh(outcome)
      #expect(outcome.check.filesFromCache > 0 || step == "a registry changed" || step == "the output folder removed", "\(step)")
    }
  }

  @Test("files the watch saw no change in are not looked at; those it names are")
  func trustsTheWatch() throws {
    let watched = try Watched()
    let workspace = watched.workspace
    defer { workspace.tree.remove() }
    try watched.build(watched: false)
    let renamed = SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "Đăng ký khai sinh", with: "Khai sinh")
    try workspace.write("ho_tich/a.yaml", renamed)
    try FileManager.default.removeItem(atPath: workspace.output + "/forms/1.000002.html")
    try workspace.write("ho_tich/new.yaml", SampleDefinitions.procedure(code: "1.000009"))
    _ = watched.watcher.takeChanges()

    // Told that nothing changed, the build believes it: the files it was not told about are
    // neither read nor looked at, and the tree is not walked again.
    let blind = try watched.build(changes: WatchedChanges())
    #expect(blind.check.filesFromCache == 3)
    #expect(blind.check.filesChecked == 6, "three registries and the three procedures known before")
    #expect(!FileManager.default.fileExists(atPath: workspace.output + "/forms/1.000002.html"))

    // Told what changed, it looks at exactly that.
    let told = try watched.build(changes: WatchedChanges(paths: [
      workspace.definitions + "/ho_tich/a.yaml", workspace.definitions + "/ho_tich/new.yaml",
      CacheStore.absolute(workspace.output) + "/forms/1.000002.html",
    ]))
    #expect(told.check.filesFromCache == 1)
    try workspace.expectSameAsFresh(told)
  }

  @Test("the cache is kept in memory: a build does not read the cache file again")
  func residentCache() throws {
    let watched = try Watched()
    let workspace = watched.workspace
    defer { workspace.tree.remove() }
    try watched.build(watched: false)
    let file = try workspace.cacheFile()
    try FileManager.default.removeItem(atPath: file)
    let outcome = try watched.build()
    #expect(outcome.check.filesFromCache == 3)
    try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "Đăng ký khai sinh", with: "Khai sinh"))
    try watched.build()
    #expect(FileManager.default.fileExists(atPath: file), "each new cache is still written, for the next process")
  }
}
