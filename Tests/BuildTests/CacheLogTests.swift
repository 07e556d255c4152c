@testable import Compiler
import Foundation
import TestSupport
import Testing

/// A save after a few changes appends to the cache file's log instead of writing every
/// record again. Reading the file and its log must give exactly the cache that was saved,
/// and a log that is damaged, torn, or made from another state must never be applied.
@Suite("cache log")
struct CacheLogTests {
  typealias Workspace = IncrementalBuildTests.Workspace

  /// A procedure whose catalog entry is `extra` bytes longer than the sample's.
  static func procedure(code: String, extra: Int = 0, hours: Int = 2) -> String {
    SampleDefinitions.procedure(code: code)
      .replacingOccurrences(of: "en: Birth registration}", with: "en: Birth registration\(String(repeating: "s", count: extra))}")
      .replacingOccurrences(of: "2 hours", with: "\(hours) hours")
  }

  static func bytes(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }

  /// Whether two caches, encoded, are the same (a failed expectation then shows no bytes).
  static func same(_ encoded: [UInt8], _ other: [UInt8]) -> Bool { encoded == other }

  @Test("after a change the log grows, the file stays, and file and log give the cache saved")
  func appendedChanges() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    // Files older than a second are known by their stamp, so their records are not saved
    // again: only the shifts of the log's entries move their catalog entries.
    Thread.sleep(forTimeInterval: 2.1)
    try workspace.build()
    let file = try workspace.cacheFile()
    let base = try #require(Self.bytes(file))
    let log = CacheStore.log(of: file)
    #expect(!FileManager.default.fileExists(atPath: log), "a cache made from nothing is written whole")
    let changes: [(String, () throws -> Void)] = [
      ("an entry grows", { try workspace.write("ho_tich/a.yaml", Self.procedure(code: "1.000001", extra: 40)) }),
      ("a workflow changes", { try workspace.write("ho_tich/b.yaml", Self.procedure(code: "1.000002", hours: 3)) }),
      ("an entry shrinks", { try workspace.write("ho_tich/a.yaml", Self.procedure(code: "1.000001", extra: 3)) }),
      ("a file goes", { try FileManager.default.removeItem(atPath: workspace.definitions + "/ho_tich/c.yaml") }),
      ("a file is renamed", {
        try FileManager.default.moveItem(
          atPath: workspace.definitions + "/ho_tich/a.yaml", toPath: workspace.definitions + "/ho_tich/e.yaml")
      }),
      ("a file comes, its entry first", { try workspace.write("ho_tich/0.yaml", Self.procedure(code: "1.000000", extra: 9)) }),
    ]
    var logLength = 0
    for (name, change) in changes {
      try change()
      let outcome = try workspace.build()
      try workspace.expectSameAsFresh(outcome)
      #expect(Self.bytes(file) == base, "\(name): the cache file is not written again")
      let grown = Self.bytes(log)?.count ?? 0
      #expect(grown > logLength, "\(name): the log grows")
      logLength = grown
      let saved = try #require(outcome.cache)
      let loaded = try #require(workspace.cache.store.load(tree: workspace.definitions))
      #expect(Self.same(loaded.encoded(), saved.encoded()), "\(name): the file and its log give the cache saved")
      #expect(loaded.delta?.origin.logLength == grown)
    }
    // Every record read back is used: nothing changed, nothing is checked again.
    let again = try workspace.build()
    #expect(again.check.filesFromCache == 3)
    try workspace.expectSameAsFresh(again)
  }

  /// A workspace built, then built again after two changes: the cache file, its log of two
  /// entries, and the caches each state gives.
  struct Logged {
    var file: String
    var log: [UInt8]
    /// The cache of the file alone, after the first entry, after both (encoded).
    var states: [[UInt8]]
  }

  static func logged(_ workspace: Workspace) throws -> Logged {
    try workspace.build()
    let file = try workspace.cacheFile()
    let baseBytes = try #require(bytes(file))
    var states = [try #require(TreeCache.decode(baseBytes)).encoded()]
    for (index, extra) in [17, 2].enumerated() {
      try workspace.write("ho_tich/b.yaml", procedure(code: "1.000002", extra: extra, hours: 3 + index))
      let outcome = try workspace.build()
      states.append(try #require(outcome.cache).encoded())
    }
    return Logged(file: file, log: try #require(bytes(CacheStore.log(of: file))), states: states)
  }

  @Test("a torn or damaged log is read up to its last whole entry, never further")
  func damagedLog() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    let logged = try Self.logged(workspace)
    let store = workspace.cache.store
    let path = CacheStore.log(of: logged.file)
    func state(withLog log: [UInt8]) throws -> [UInt8] {
      try Data(log).write(to: URL(fileURLWithPath: path))
      return try #require(store.load(tree: workspace.definitions)).encoded()
    }
    #expect(Self.same(try state(withLog: logged.log), logged.states[2]))
    for length in stride(from: 0, to: logged.log.count, by: max(1, logged.log.count / 101)) {
      let read = try state(withLog: Array(logged.log.prefix(length)))
      #expect(logged.states.dropLast().contains(read), "log torn at \(length)")
    }
    for offset in stride(from: 0, to: logged.log.count, by: max(1, logged.log.count / 97)) {
      var flipped = logged.log
      flipped[offset] ^= 0x10
      let read = try state(withLog: flipped)
      #expect(logged.states.dropLast().contains(read), "byte \(offset) flipped")
    }
    // A build over any of them gives what a build without a cache does.
    try Data(Array(logged.log.prefix(logged.log.count - 5))).write(to: URL(fileURLWithPath: path))
    try workspace.write("ho_tich/c.yaml", Self.procedure(code: "1.000003", extra: 5))
    try workspace.expectSameAsFresh(try workspace.build())
  }

  @Test("damage behind a checksum that matches (a hostile log) is read without a crash or a hang")
  func hostileLog() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    let logged = try Self.logged(workspace)
    let base = try #require(Self.bytes(logged.file))
    let checksum = LittleEndian.word(base, from: base.count - 8)
    let start = CacheLog.magic.count
    let length = Int(LittleEndian.word(logged.log, from: start))
    let payload = Array(logged.log[(start + 8)..<(start + 8 + length)])
    func sealed(_ payload: [UInt8]) -> [UInt8] {
      CacheLog.magic + LittleEndian.bytes(UInt64(payload.count)) + payload
        + LittleEndian.bytes(TreeCache.checksum(payload[...]))
    }
    func read(_ log: [UInt8]) throws -> Int {
      var cache = try #require(TreeCache.decode(base))
      return CacheLog.apply(log, to: &cache, baseChecksum: checksum, baseLength: base.count)
    }
    #expect(try read(sealed(payload)) == start + 16 + length)
    for offset in stride(from: 0, to: payload.count, by: max(1, payload.count / 173)) {
      for value: UInt8 in [0x00, 0x7F, 0xFF] {
        var damaged = payload
        damaged[offset] = value
        _ = try read(sealed(damaged))
      }
      _ = try read(sealed(Array(payload.prefix(offset))))
    }
    // A length far past the end is not believed.
    #expect(try read(CacheLog.magic + LittleEndian.bytes(UInt64.max) + payload) == start)
  }

  @Test("an entry made from another cache file, or from a shorter log, is not applied")
  func foreignEntries() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    let logged = try Self.logged(workspace)
    let store = workspace.cache.store
    let path = CacheStore.log(of: logged.file)
    // The file written whole again (as a save does past the log's limit): the old log,
    // put back, names the old file and is not read.
    var whole = try #require(store.load(tree: workspace.definitions))
    whole.delta = nil
    store.save(whole, tree: workspace.definitions)
    #expect(!FileManager.default.fileExists(atPath: path), "a cache file written whole takes its log with it")
    try Data(logged.log).write(to: URL(fileURLWithPath: path))
    let rewritten = try #require(store.load(tree: workspace.definitions))
    #expect(Self.same(rewritten.encoded(), logged.states[2]))
    #expect(rewritten.delta?.origin.logLength == CacheLog.magic.count, "no entry of the old log is taken")
    // Two processes that read the same state each save a change: the second finds the log
    // longer than it read and writes the file whole instead of appending.
    try FileManager.default.removeItem(atPath: path)
    var first = try #require(store.load(tree: workspace.definitions))
    var second = first
    let names = first.files.keys.sorted()
    first.files[names[0]]!.stampTrusted.toggle()
    first.noteChanged(names[0])
    second.files[names[1]]!.stampTrusted.toggle()
    second.noteChanged(names[1])
    let secondEntry = CacheLog.entry(for: second, delta: try #require(second.delta))
    store.save(first, tree: workspace.definitions)
    #expect(Self.same(try #require(store.load(tree: workspace.definitions)).encoded(), first.encoded()))
    // Were its entry appended anyway (a race between the length check and the write), it
    // would name where it meant to go, not where it went, and not be read.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(secondEntry))
    try handle.close()
    #expect(Self.same(try #require(store.load(tree: workspace.definitions)).encoded(), first.encoded()))
    store.save(second, tree: workspace.definitions)
    #expect(Self.same(try #require(store.load(tree: workspace.definitions)).encoded(), second.encoded()))
    #expect(!FileManager.default.fileExists(atPath: path), "the second save wrote the file whole")
  }

  @Test("past its limit, or for many records, the log is folded into a file written whole")
  func folding() throws {
    let workspace = try Workspace()
    defer { workspace.tree.remove() }
    try workspace.build()
    let file = try workspace.cacheFile()
    var store = workspace.cache.store
    store.logLimit = 1
    var cache = try #require(store.load(tree: workspace.definitions))
    let name = try #require(cache.files.keys.min())
    cache.files[name]!.stampTrusted.toggle()
    cache.noteChanged(name)
    let before = try #require(Self.bytes(file))
    store.save(cache, tree: workspace.definitions)
    #expect(Self.bytes(file) != before)
    #expect(!FileManager.default.fileExists(atPath: CacheStore.log(of: file)))
    #expect(Self.same(try #require(store.load(tree: workspace.definitions)).encoded(), cache.encoded()))
    // More changed records than an entry takes: the delta is dropped as they are noted.
    var many = try #require(store.load(tree: workspace.definitions))
    for index in 0..<CacheDelta.maxPaths(records: 3) { many.noteChanged("gone-\(index).yaml") }
    #expect(many.delta != nil)
    many.noteChanged("one-more.yaml")
    #expect(many.delta == nil)
  }

  @Test("shifts carry every copied entry to where the new catalog has it", arguments: 0..<40)
  func shifts(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    // An old catalog of entries; in the new one some are changed (another length), some
    // removed, some added; the others are copied as they are.
    let count = Int.random(in: 0...60, using: &random)
    let oldLengths = (0..<count).map { _ in Int.random(in: 1...500, using: &random) }
    var newLengths: [Int?] = []
    var copied: [(old: Int, new: Int)] = []
    for (index, length) in oldLengths.enumerated() {
      if Int.random(in: 0..<6, using: &random) == 0 { newLengths.append(Int.random(in: 1...500, using: &random)) }
      switch Int.random(in: 0..<8, using: &random) {
      case 0: continue  // removed
      case 1: newLengths.append(length + Int.random(in: -length + 1...50, using: &random))  // changed
      default:
        copied.append((index, newLengths.count))
        newLengths.append(length)
      }
    }
    func starts(_ lengths: [Int], frame: Int) -> [Int] {
      var offset = frame
      return lengths.map { length in
        defer { offset += length + 2 }
        return offset
      }
    }
    let oldStarts = starts(oldLengths, frame: 100)
    let newStarts = starts(newLengths.map { $0! }, frame: Int.random(in: 90...110, using: &random))
    let old = copied.map { oldStarts[$0.old]..<oldStarts[$0.old] + oldLengths[$0.old] }
    let new = copied.map { newStarts[$0.new]..<newStarts[$0.new] + newLengths[$0.new]! }
    let shifts = try #require(CatalogShifts.between(old, new))
    #expect(shifts.count <= copied.count)
    for (before, after) in zip(old, new) { #expect(CatalogShift.apply(shifts, to: before) == after) }
    if let first = old.first {
      // An entry whose length changed cannot be told as a shift.
      #expect(CatalogShifts.between([first], [first.lowerBound..<first.upperBound + 1]) == nil)
    }
  }
}

extension CatalogShifts {
  /// The shifts that move each range in `old` to the range at the same place in `new`.
  static func between(_ old: [Range<Int>], _ new: [Range<Int>]) -> [CatalogShift]? {
    var shifts = CatalogShifts()
    for (before, after) in zip(old, new) { shifts.add(moving: before, to: after) }
    return shifts.shifts
  }
}
