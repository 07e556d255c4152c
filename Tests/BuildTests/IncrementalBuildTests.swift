import Compiler
import Diagnostics
import Foundation
import Generators
import TestSupport
import Testing

/// The cache must never change what a build gives: after every kind of change, an
/// incremental build leaves the same output folder and the same diagnostics as a build
/// without a cache — while checking and generating only what changed.
@Suite("incremental builds")
struct IncrementalBuildTests {
  /// A tree of three procedures, its output folder and its cache folder, side by side.
  struct Workspace {
    let tree: TemporaryTree
    var definitions: String { tree.root + "/Procedures" }
    var output: String { tree.root + "/Generated" }
    var cache: IncrementalBuild { IncrementalBuild(store: CacheStore(folder: tree.root + "/cache"), outputFolder: output) }

    init() throws {
      var files: [String: String] = [:]
      for (path, content) in SampleDefinitions.tree(procedures: [
        "ho_tich/a.yaml": SampleDefinitions.procedure(code: "1.000001"),
        "ho_tich/b.yaml": SampleDefinitions.procedure(code: "1.000002"),
        "ho_tich/c.yaml": SampleDefinitions.procedure(code: "1.000003"),
      ]) { files["Procedures/" + path] = content }
      tree = try TemporaryTree(files)
    }

    /// Builds with the cache, writes, saves the cache.
    @discardableResult
    func build() throws -> Builder.Outcome {
      var outcome = try Builder.build(path: definitions, cache: cache)
      try Builder.finish(&outcome, writingTo: output, cache: cache)
      return outcome
    }

    /// What a build without any cache makes of the tree now, and its diagnostics.
    func fresh() throws -> (files: [String: [UInt8]]?, diagnostics: [Diagnostic]) {
      let outcome = try Builder.build(path: definitions)
      return (outcome.files.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.path, $0.bytes) }) }, outcome.check.diagnostics)
    }

    func write(_ path: String, _ content: String) throws { try tree.write("Procedures/" + path, content) }

    /// The cache's folder for its current format (`cache/v<format>`).
    func cacheFormatFolder() throws -> String {
      let folders = try FileManager.default.contentsOfDirectory(atPath: tree.root + "/cache").filter { $0.hasPrefix("v") }
      return tree.root + "/cache/" + (try #require(folders.first))
    }

    /// The tree's cache file (beside it in the folder: `program`, the digests of executables).
    func cacheFile() throws -> String {
      let folder = try cacheFormatFolder()
      let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "program" }
      #expect(names.count == 1, "one tree, one cache file: \(names)")
      return folder + "/" + (try #require(names.first))
    }

    /// The diagnostics must be those of a build without a cache, and after a successful build
    /// the output folder must hold exactly what that build makes.
    func expectSameAsFresh(_ outcome: Builder.Outcome, sourceLocation: SourceLocation = #_sourceLocation) throws {
      let fresh = try fresh()
      #expect(outcome.check.diagnostics == fresh.diagnostics, sourceLocation: sourceLocation)
      #expect((outcome.files == nil) == (fresh.files == nil), sourceLocation: sourceLocation)
      guard let expected = fresh.files, outcome.files != nil else { return }
      let actual = readTree(output)
      #expect(actual.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
      let differing = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
      #expect(differing == [], "files that differ from a build without a cache", sourceLocation: sourceLocation)
    }
  }

  @Test("a build with nothing changed checks and generates nothing again, and keeps every file")
  func unchanged() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    let first = try workspace.build()
    #expect(first.check.filesFromCache == 0)
    let inodes = try inodesOf(workspace.output)
    let second = try workspace.build()
    #expect(second.check.filesFromCache == 3)
    #expect(second.kept.count == 15)
    #expect(second.files?.map(\.path) == ["catalog.schema.json"])
    #expect(second.spliced.map(\.path) == ["catalog.json"])
    try workspace.expectSameAsFresh(second)
    // Not one file was replaced, the catalog included.
    #expect(try inodesOf(workspace.output) == inodes)
  }

  @Test("files older than a second are known by their stamp: not read again, and the cache file is not rewritten")
  func trustedStamps() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    // A stamp proves nothing within a second of the file's last change; wait that second out.
    Thread.sleep(forTimeInterval: 2.1)
    try workspace.build()
    let cacheFile = try workspace.cacheFile()
    let before = try FileManager.default.attributesOfItem(atPath: cacheFile)
    let again = try workspace.build()
    #expect(again.check.filesFromCache == 3)
    #expect(again.check.cacheIsCurrent)
    let after = try FileManager.default.attributesOfItem(atPath: cacheFile)
    #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
    #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
    // A change is still seen through an unchanged size: the stamp's times differ.
    try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "2 hours", with: "3 hours"))
    let changed = try workspace.build()
    #expect(changed.check.filesFromCache == 2)
    #expect(!changed.check.cacheIsCurrent)
    try workspace.expectSameAsFresh(changed)
  }

  #if os(Linux)
    /// The old catalog is held open while the new one replaces it, then closed in the
    /// background; by the time the build is finished nothing of it may remain open.
    @Test("the catalog an incremental build replaces is let go of by the end of the build")
    func replacedCatalogReleased() throws {
      let workspace = try Workspace()
      defer { workspace.tree.remove() }
      try workspace.build()
      let catalog = try FileManager.default.attributesOfItem(atPath: workspace.output + "/catalog.json")
      try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "2 hours", with: "3 hours"))
      let changed = try workspace.build()
      #expect(changed.check.filesFromCache == 2)
      let replaced = try FileManager.default.attributesOfItem(atPath: workspace.output + "/catalog.json")
      #expect(replaced[.systemFileNumber] as? Int != catalog[.systemFileNumber] as? Int, "the catalog was replaced")
      let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)
      }
      #expect(open.filter { $0.hasPrefix(workspace.tree.root) && $0.contains("catalog.json") } == [])
      try workspace.expectSameAsFresh(changed)
    }
  #endif

  @Test("a changed file is checked and generated again; the catalog shows the change")
  func changedFile() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    try workspace.write(
      "ho_tich/b.yaml",
      SampleDefinitions.procedure(code: "1.000002").replacingOccurrences(of: "Đăng ký khai sinh", with: "Đăng ký lại khai sinh"))
    let outcome = try workspace.build()
    #expect(outcome.check.filesFromCache == 2)
    #expect(outcome.kept.count == 10)
    try workspace.expectSameAsFresh(outcome)
    let catalog = String(decoding: try #require(FileManager.default.contents(atPath: workspace.output + "/catalog.json")), as: UTF8.self)
    #expect(catalog.contains("Đăng ký lại khai sinh"))
  }

  @Test("a changed registry makes every file be checked again, and its new facts reach every output")
  func changedRegistry() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    try workspace.write("agencies.yaml", SampleDefinitions.agencies.replacingOccurrences(of: "Ủy ban nhân dân cấp xã", with: "UBND xã"))
    let renamed = try workspace.build()
    #expect(renamed.check.filesFromCache == 0)
    try workspace.expectSameAsFresh(renamed)
    // A registry change that makes cached files wrong: their sector no longer exists.
    try workspace.write("sectors.yaml", "tu_phap: {vi: Tư pháp, en: Justice}\n")
    let broken = try workspace.build()
    #expect(broken.files == nil)
    #expect(broken.check.diagnostics.filter { $0.code == .R001 }.count == 3)
    try workspace.expectSameAsFresh(broken)
  }

  @Test("a removed file loses its outputs and its catalog entry")
  func removedFile() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    try FileManager.default.removeItem(atPath: workspace.definitions + "/ho_tich/c.yaml")
    let outcome = try workspace.build()
    #expect(outcome.check.filesFromCache == 2)
    try workspace.expectSameAsFresh(outcome)
    #expect(!readTree(workspace.output).keys.contains { $0.contains("1.000003") })
  }

  @Test("a renamed file is reported at its new path and keeps its outputs right")
  func renamedFile() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    // A warning, so the diagnostic's path shows which name the cache knows the file by.
    let noisy = SampleDefinitions.procedure(code: "1.000003").replacingOccurrences(of: "online_level: 4", with: "online_level: 3")
    try workspace.write("ho_tich/c.yaml", noisy)
    let first = try workspace.build()
    #expect(first.check.diagnostics.contains { $0.range.file.hasSuffix("ho_tich/c.yaml") })
    try FileManager.default.moveItem(atPath: workspace.definitions + "/ho_tich/c.yaml", toPath: workspace.definitions + "/ho_tich/d.yaml")
    let outcome = try workspace.build()
    #expect(outcome.check.filesFromCache == 2)
    #expect(!outcome.check.diagnostics.isEmpty)
    #expect(outcome.check.diagnostics.allSatisfy { $0.range.file.hasSuffix("ho_tich/d.yaml") })
    try workspace.expectSameAsFresh(outcome)
  }

  @Test("suppression comments in cached files still apply, and unused ones are still reported")
  func suppressions() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    let suppressed = SampleDefinitions.procedure(code: "1.000002")
      .replacingOccurrences(of: "online_level: 4", with: "online_level: 3  # tthc: ignore[L002] the agency offers level 3 only")
      .replacingOccurrences(of: "channels: [online, in_person]", with: "channels: [online, in_person]  # tthc: ignore[C001] not needed")
    try workspace.write("ho_tich/b.yaml", suppressed)
    let first = try workspace.build()
    #expect(first.check.diagnostics.contains { $0.code == .I001 })
    #expect(!first.check.diagnostics.contains { $0.code == .L002 && $0.range.file.hasSuffix("b.yaml") })
    try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "2 hours", with: "3 hours"))
    let second = try workspace.build()
    #expect(second.check.filesFromCache == 2)
    #expect(second.check.diagnostics == first.check.diagnostics)
    try workspace.expectSameAsFresh(second)
  }

  @Test("a duplicate code between a changed file and an unchanged one is still found")
  func crossFileFacts() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    try workspace.write("ho_tich/c.yaml", SampleDefinitions.procedure(code: "1.000001"))
    let outcome = try workspace.build()
    #expect(outcome.check.filesFromCache == 2)
    #expect(outcome.files == nil)
    #expect(outcome.check.diagnostics.contains { $0.code == .R004 })
    try workspace.expectSameAsFresh(outcome)
  }

  @Test("a damaged, truncated or foreign cache is ignored, never trusted")
  func corruptedCache() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    let path = try workspace.cacheFile()
    let good = [UInt8](try #require(FileManager.default.contents(atPath: path)))
    // Every way of damaging it is refused by the decoder…
    for length in stride(from: 0, to: good.count, by: max(1, good.count / 97)) {
      #expect(TreeCache.decode(Array(good.prefix(length))) == nil, "truncated at \(length)")
    }
    for offset in stride(from: 0, to: good.count, by: max(1, good.count / 89)) {
      var flipped = good
      flipped[offset] ^= 0x20
      #expect(TreeCache.decode(flipped) == nil, "byte \(offset) flipped")
    }
    #expect(TreeCache.decode(good) != nil)
    // Damage behind a checksum that matches (a hostile file): every read is bounds-checked,
    // so decoding gives nil or some cache, never a crash or a hang.
    func sealed(_ body: [UInt8]) -> [UInt8] {
      let sum = TreeCache.checksum(body[...])
      return body + (0..<8).map { UInt8(truncatingIfNeeded: sum >> UInt64(8 * $0)) }
    }
    let body = Array(good.dropLast(8))
    #expect(TreeCache.decode(sealed(body)) != nil)
    for offset in stride(from: 11, to: body.count, by: max(1, body.count / 211)) {
      for value: UInt8 in [0x00, 0x7F, 0xFF] {
        var damaged = body
        damaged[offset] = value
        _ = TreeCache.decode(sealed(damaged))
      }
      _ = TreeCache.decode(sealed(Array(body.prefix(offset))))
    }
    // …and a build over a damaged cache gives what a fresh one does.
    try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "2 hours", with: "3 hours"))
    for damage in [Array(good.prefix(good.count / 2)), Array(repeating: 0xFF, count: 4096), Array("tthc-cache\n".utf8) + good] {
      try Data(damage).write(to: URL(fileURLWithPath: path))
      let outcome = try workspace.build()
      #expect(outcome.check.filesFromCache == 0)
      try workspace.expectSameAsFresh(outcome)
    }
  }

  @Test("a generated file edited or deleted by hand is made again")
  func editedOutput() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    try Data("edited\n".utf8).write(to: URL(fileURLWithPath: workspace.output + "/workflows/1.000001.md"))
    try FileManager.default.removeItem(atPath: workspace.output + "/forms/1.000002.html")
    let outcome = try workspace.build()
    #expect(outcome.check.filesFromCache == 1)
    try workspace.expectSameAsFresh(outcome)
    // An edited catalog cannot lend its entries: everything is generated again.
    try Data("{}\n".utf8).write(to: URL(fileURLWithPath: workspace.output + "/catalog.json"))
    let again = try workspace.build()
    #expect(again.check.filesFromCache == 0)
    try workspace.expectSameAsFresh(again)
  }

  @Test("a check between builds fills the cache without losing what the build knows")
  func checkThenBuild() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    try workspace.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001").replacingOccurrences(of: "2 hours", with: "3 hours"))
    let check = try Compiler.check(paths: [workspace.definitions], keepModels: false, cache: CacheUse(store: workspace.cache.store))
    #expect(check.filesFromCache == 2)
    let records = try #require(check.cache)
    workspace.cache.store.save(records, tree: workspace.definitions)
    let outcome = try workspace.build()
    #expect(outcome.check.filesFromCache == 2)
    try workspace.expectSameAsFresh(outcome)
  }

  @Test("another output folder or form template does not take over files")
  func otherOutputOrTemplate() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    let elsewhere = IncrementalBuild(store: workspace.cache.store, outputFolder: workspace.tree.root + "/Other")
    let moved = try Builder.build(path: workspace.definitions, cache: elsewhere)
    #expect(moved.kept.isEmpty)
    #expect(moved.check.filesFromCache == 0)
    let otherTemplate = ContentDigest.of("another template")
    let restyled = try Builder.build(path: workspace.definitions, templateDigest: otherTemplate, cache: workspace.cache)
    #expect(restyled.kept.isEmpty)
  }

  private func inodesOf(_ folder: String) throws -> [String: Int] {
    var inodes: [String: Int] = [:]
    for path in readTree(folder).keys {
      inodes[path] = try #require(try FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.systemFileNumber] as? Int)
    }
    return inodes
  }
}

@Suite("spliced files")
struct SplicedFileTests {
  /// The current file: a frame with the entries A, B and C (at offsets 10, 17 and 24).
  let current = Array("{\n  [\n    A,\n    B,\n    C\n  ]\n}\n".utf8)
  /// The frame without the entries, and where they go in it.
  var frame: [UInt8] { current.filter { !"ABC".utf8.contains($0) } }
  let places = [10, 16, 22]

  @Test("neighbouring copies become one copy; new entries break it; ranges say where entries land")
  func layout() {
    let (unchanged, ranges) = SplicedFile.layout(
      path: "c.json", frame: frame, places: places, entries: [.copy(10..<11), .copy(17..<18), .copy(24..<25)])
    #expect(unchanged.pieces == [.bytes(frame[0..<10]), .copy(10..<25), .bytes(frame[22...])])
    #expect(ranges == [10..<11, 17..<18, 24..<25])
    #expect(unchanged.count == current.count)
    let (changed, changedRanges) = SplicedFile.layout(
      path: "c.json", frame: frame, places: places, entries: [.copy(10..<11), .bytes(Array("XY".utf8)[...]), .copy(24..<25)])
    #expect(changed.pieces == [
      .bytes(frame[0..<10]), .copy(10..<11), .bytes(frame[10..<16]), .bytes(Array("XY".utf8)[...]), .bytes(frame[16..<22]),
      .copy(24..<25), .bytes(frame[22...]),
    ])
    #expect(changedRanges == [10..<11, 17..<19, 25..<26])
  }

  @Test("a spliced file is written from the current one, and recognised when it is the same")
  func writeAndRecognise() throws {
    let tree = try TemporaryTree(["current.json": String(decoding: current, as: UTF8.self)])
    defer { tree.remove() }
    let source = open(tree.path("current.json"), O_RDONLY)
    defer { close(source) }
    let (same, _) = SplicedFile.layout(
      path: "c.json", frame: frame, places: places, entries: [.copy(10..<11), .copy(17..<18), .copy(24..<25)])
    #expect(same.isHeld(by: source))
    let (changed, _) = SplicedFile.layout(
      path: "c.json", frame: frame, places: places, entries: [.copy(10..<11), .bytes(Array("XY".utf8)[...]), .copy(24..<25)])
    #expect(!changed.isHeld(by: source))
    let target = open(tree.path("new.json"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(changed.write(to: target, from: source))
    close(target)
    #expect(FileManager.default.contents(atPath: tree.path("new.json")) == Data("{\n  [\n    A,\n    XY,\n    C\n  ]\n}\n".utf8))
  }

  @Test("spooled entries are copied from the spool, and compared byte for byte with the current file")
  func spooledEntries() throws {
    // The spool holds entries in the order they were made, not the catalog's.
    let tree = try TemporaryTree(["current.json": String(decoding: current, as: UTF8.self), "spool": "CxBA"])
    defer { tree.remove() }
    let source = open(tree.path("current.json"), O_RDONLY)
    let spool = open(tree.path("spool"), O_RDONLY)
    defer {
      close(source)
      close(spool)
    }
    let (same, _) = SplicedFile.layout(path: "c.json", frame: frame, places: places, entries: [.entry(3..<4), .entry(2..<3), .entry(0..<1)])
    #expect(same.isHeld(by: source, entries: spool))
    let (changed, ranges) = SplicedFile.layout(
      path: "c.json", frame: frame, places: places, entries: [.entry(3..<4), .entry(1..<2), .copy(24..<25)])
    #expect(ranges == [10..<11, 17..<18, 24..<25])
    #expect(!changed.isHeld(by: source, entries: spool))
    let target = open(tree.path("new.json"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(changed.write(to: target, from: source, entries: spool))
    close(target)
    #expect(FileManager.default.contents(atPath: tree.path("new.json")) == Data("{\n  [\n    A,\n    x,\n    C\n  ]\n}\n".utf8))
    // A spool shorter than an entry's range is a failed write, not a short file.
    let (beyond, _) = SplicedFile.layout(path: "c.json", frame: frame, places: places, entries: [.entry(3..<9), .entry(1..<2), .entry(0..<1)])
    let short = open(tree.path("short.json"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(!beyond.write(to: short, from: source, entries: spool))
    close(short)
  }
}

/// The journal of in-place updates, through the files a killed build would leave.
@Suite("output journal")
struct OutputJournalTests {
  func makeTree() throws -> (TemporaryTree, String) {
    let tree = try TemporaryTree(["keep.txt": "x\n"])
    let out = tree.root + "/Generated"
    try OutputTree.write(
      [OutputFile(path: "forms/a.html", text: "a1\n"), OutputFile(path: "forms/b.html", text: "b1\n"),
       OutputFile(path: "workflows/c.md", text: "c1\n")], to: out)
    return (tree, out)
  }

  @Test("an update cut short after some moves is finished from its journal")
  func finishesAnUpdate() throws {
    let (tree, out) = try makeTree()
    defer { tree.remove() }
    // The staging folder still holds b (not moved yet); a was moved before the kill.
    try tree.write("Generated.tmp-4242/forms/b.html", "b2\n")
    try tree.write("Generated/forms/a.html", "a2\n")
    try tree.write("Generated.journal", "staging Generated.tmp-4242\nmove forms/a.html\nmove forms/b.html\nmove new/d.md\nremove workflows/c.md\nend\n")
    #expect(OutputTree.hasInterruptedUpdate(out))
    OutputTree.finishInterruptedUpdate(of: out)
    #expect(readTree(out) == ["forms/a.html": Array("a2\n".utf8), "forms/b.html": Array("b2\n".utf8)])
    #expect(!OutputTree.hasInterruptedUpdate(out))
    #expect(try FileManager.default.contentsOfDirectory(atPath: tree.root).sorted() == ["Generated", "keep.txt"])
  }

  @Test("replacements are exchanges: one cut short after some is finished, never undone")
  func finishesExchanges() throws {
    let (tree, out) = try makeTree()
    defer { tree.remove() }
    // a was exchanged before the kill (the staging folder holds its old version); b was not.
    try tree.write("Generated.tmp-4242/forms/a.html", "a1\n")
    try tree.write("Generated/forms/a.html", "a2\n")
    try tree.write("Generated.tmp-4242/forms/b.html", "b2\n")
    func identity(_ path: String) throws -> String {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      return "\(try #require(attributes[.systemNumber] as? Int)) \(try #require(attributes[.systemFileNumber] as? Int))"
    }
    let newB = try identity(tree.root + "/Generated.tmp-4242/forms/b.html")
    let journal = "staging Generated.tmp-4242\nreplace \(try identity(out + "/forms/a.html")) forms/a.html\n"
      + "replace \(newB) forms/b.html\nremove workflows/c.md\nend\n"
    try tree.write("Generated.journal", journal)
    for _ in 0..<2 {  // and once more, as after a kill during the first
      OutputTree.finishInterruptedUpdate(of: out)
      #expect(readTree(out) == ["forms/a.html": Array("a2\n".utf8), "forms/b.html": Array("b2\n".utf8)])
      try tree.write("Generated.journal", journal)
    }
    OutputTree.finishInterruptedUpdate(of: out)
    #expect(try identity(out + "/forms/b.html") == newB, "the staged file itself is in place")
  }

  @Test("a journal cut short, or one naming paths outside the folder, is not carried out", arguments: [
    "staging Generated.tmp-1\nreplace 1 x forms/a.html\nend\n",
    "staging Generated.tmp-1\nreplace 1 2 ../keep.txt\nend\n",
    "staging Generated.tmp-1\nreplace 1 forms/a.html\nend\n",
    "staging Generated.tmp-1\nmove forms/a.html\n",
    "staging Generated.tmp-1\nremove ../keep.txt\nend\n",
    "staging Generated.tmp-1\nremove /etc/hostname\nend\n",
    "staging ../x\nmove forms/a.html\nend\n",
    "move forms/a.html\nend\n",
    "staging Generated.tmp-1\ncopy forms/a.html\nend\n",
  ])
  func refusesBadJournals(journal: String) throws {
    let (tree, out) = try makeTree()
    defer { tree.remove() }
    let before = readTree(out)
    try tree.write("Generated.tmp-1/forms/a.html", "evil\n")
    try tree.write("Generated.journal", journal)
    OutputTree.finishInterruptedUpdate(of: out)
    #expect(readTree(out) == before)
    #expect(FileManager.default.fileExists(atPath: tree.root + "/keep.txt"))
    #expect(!OutputTree.hasInterruptedUpdate(out))
  }

  @Test("an incremental build updates the folder in place and removes files no longer made")
  func updatesInPlace() throws {
    let (tree, out) = try makeTree()
    defer { tree.remove() }
    let folder = try #require(try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? Int)
    try tree.write("Generated/stray.txt", "left by hand\n")
    try OutputTree.write([OutputFile(path: "forms/a.html", text: "a2\n")], keeping: ["forms/b.html"], to: out)
    #expect(readTree(out) == ["forms/a.html": Array("a2\n".utf8), "forms/b.html": Array("b1\n".utf8)])
    #expect(try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? Int == folder)
    #expect(try FileManager.default.contentsOfDirectory(atPath: tree.root).sorted() == ["Generated", "keep.txt"])
  }

  /// Strays are found by counting the folder's files against the kept and made ones, so each
  /// case that could make the counts agree by accident is tried: a new made file beside a
  /// stray, a stray hidden or in a new folder, beside a folder named like a file.
  @Test("files no longer made are removed whatever else the update brings", arguments: [
    ["forms/new.html"], ["forms/new.html", "forms/a.html"], ["workflows/.hidden"], ["extra/deep/x.csv"],
  ])
  func removesStrays(strays: [String]) throws {
    let (tree, out) = try makeTree()
    defer { tree.remove() }
    for stray in strays where stray != "forms/a.html" { try tree.write("Generated/" + stray, "stray\n") }
    try FileManager.default.createDirectory(atPath: out + "/forms/d.html", withIntermediateDirectories: true)
    try OutputTree.write(
      [OutputFile(path: "forms/a.html", text: "a2\n"), OutputFile(path: "forms/c.html", text: "c\n")],
      keeping: ["forms/b.html"], to: out)
    #expect(readTree(out) == [
      "forms/a.html": Array("a2\n".utf8), "forms/b.html": Array("b1\n".utf8), "forms/c.html": Array("c\n".utf8),
    ])
  }

  @Test("an update that removes nothing leaves every kept file as it was")
  func keepsEverything() throws {
    let (tree, out) = try makeTree()
    defer { tree.remove() }
    try OutputTree.write([OutputFile(path: "forms/a.html", text: "a2\n")], keeping: ["forms/b.html", "workflows/c.md"], to: out)
    #expect(readTree(out) == [
      "forms/a.html": Array("a2\n".utf8), "forms/b.html": Array("b1\n".utf8), "workflows/c.md": Array("c1\n".utf8),
    ])
  }
}
