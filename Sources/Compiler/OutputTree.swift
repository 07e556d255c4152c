import CFileSystem
import Foundation
import Generators

#if canImport(Glibc)
  import Glibc
#endif

/// Writes the output tree in one step, or compares it with what is on disk.
///
/// The new tree is written beside the old one (`Generated.tmp-<pid>`, same file system) and
/// swapped in with one atomic `renameat2(RENAME_EXCHANGE)`; the old tree is removed after.
/// A build killed at any moment leaves either the old tree or the new one in place, never a
/// mix; leftovers of killed builds are removed by the next build. Files whose bytes did not
/// change are hard-linked from the old tree into the new one instead of written again.
public enum OutputTree {
  /// What differs between the files a build makes and a folder.
  public struct Drift: Sendable, Equatable {
    public var missing: [String] = []
    public var stale: [String] = []
    public var extra: [String] = []

    public var isEmpty: Bool { missing.isEmpty && stale.isEmpty && extra.isEmpty }
  }

  public enum Failure: Error, CustomStringConvertible {
    case io(String)
    public var description: String {
      switch self {
      case .io(let message): message
      }
    }
  }

  public static func drift(of files: [OutputFile], against folder: String) -> Drift {
    var drift = Drift()
    let onDisk = Set(DirectoryListing.files(below: folder) ?? [])
    for file in files {
      let path = folder + "/" + file.path
      guard onDisk.contains(file.path), let data = FileManager.default.contents(atPath: path) else {
        drift.missing.append(file.path)
        continue
      }
      if [UInt8](data) != file.bytes { drift.stale.append(file.path) }
    }
    let made = Set(files.map(\.path))
    drift.extra = onDisk.filter { !made.contains($0) }.sorted()
    drift.missing.sort()
    drift.stale.sort()
    return drift
  }

  /// Writes `files`, and the `kept` files of the current tree as they are, as the tree at
  /// `folder`; returns the stamps of `files` as they now are in it.
  ///
  /// Without kept files the whole tree is replaced in one step. With them (an incremental
  /// build) only the files whose bytes changed are moved in, and files no longer made are
  /// removed, following a journal so that an update cut short is finished by the next run.
  @discardableResult
  public static func write(
    _ files: [OutputFile], spliced: [SplicedFile] = [], keeping kept: [String] = [], to folder: String
  ) throws(Failure) -> [String: FileStamp] {
    let target = withoutFinalSlash(folder)
    let parent = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    finishInterruptedUpdate(of: target)
    // Leftovers of builds that were killed.
    if let siblings = try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent) {
      for sibling in siblings
      where sibling.hasPrefix(name + ".tmp-") || sibling.hasPrefix(name + ".old-") || sibling.hasPrefix(name + ".journal.tmp-") {
        _ = tthc_remove_tree(join(parent, sibling))
      }
    }
    let staging = join(parent, "\(name).tmp-\(getpid())")
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory)
    if exists && !isDirectory.boolValue { throw .io("\(target) exists and is not a folder") }
    if exists && !kept.isEmpty { return try update(target, with: files, spliced: spliced, keeping: kept, staging: staging) }
    return try replace(target, with: files, spliced: spliced, keeping: kept, staging: staging)
  }

  /// Finishes the in-place update a killed build left on `folder`, if any; a build runs this
  /// before it looks at the folder.
  public static func finishInterruptedUpdate(of folder: String) {
    OutputJournal.recover(withoutFinalSlash(folder))
  }

  /// Whether a killed build left an update of `folder` unfinished.
  public static func hasInterruptedUpdate(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: OutputJournal.path(of: withoutFinalSlash(folder)))
  }

  /// Writes a whole new tree beside the old one and swaps it in with one atomic exchange.
  private static func replace(
    _ target: String, with files: [OutputFile], spliced: [SplicedFile], keeping kept: [String], staging: String
  ) throws(Failure) -> [String: FileStamp] {
    let manager = FileManager.default
    var written: [String: FileStamp] = [:]
    do {
      try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
      try makeFolders(for: files.map(\.path) + spliced.map(\.path) + kept, in: staging)
      let failures = FailedPaths()
      written = writeOrLink(files, into: staging, from: target, failures: failures)
      DispatchQueue.concurrentPerform(iterations: kept.count) { index in
        if link(target + "/" + kept[index], staging + "/" + kept[index]) != 0 { failures.add(target + "/" + kept[index]) }
      }
      for file in spliced {
        guard let (stamp, unchanged) = write(file, into: staging, from: target) else { throw Failure.io("cannot write \(file.path)") }
        if unchanged, link(target + "/" + file.path, staging + "/" + file.path) != 0 { failures.add(file.path) }
        written[file.path] = stamp
      }
      if let failed = failures.first { throw Failure.io("cannot write \(failed)") }
    } catch {
      _ = tthc_remove_tree(staging)
      throw .io("cannot write the output tree: \(error)")
    }
    if !manager.fileExists(atPath: target) {
      guard rename(staging, target) == 0 else { throw .io("cannot move the new tree to \(target)") }
      return written
    }
    if tthc_exchange_paths(staging, target) == 0 {
      _ = tthc_remove_tree(staging)  // now the old tree
      return written
    }
    // Without an atomic exchange: two renames, the old tree kept until the new one is in place.
    let parent = (target as NSString).deletingLastPathComponent
    let old = join(parent, "\((target as NSString).lastPathComponent).old-\(getpid())")
    guard rename(target, old) == 0 else { throw .io("cannot move the old tree aside") }
    guard rename(staging, target) == 0 else {
      _ = rename(old, target)
      throw .io("cannot move the new tree to \(target)")
    }
    _ = tthc_remove_tree(old)
    return written
  }

  /// Changes the tree at `target` in place: the files whose bytes differ are written to the
  /// staging folder, a journal names them and the files to remove, then each is renamed over
  /// its old version (one atomic step per file) and the others removed.
  private static func update(
    _ target: String, with files: [OutputFile], spliced: [SplicedFile], keeping kept: [String], staging: String
  ) throws(Failure) -> [String: FileStamp] {
    let removed = filesToRemove(from: target, making: Set(files.map(\.path) + spliced.map(\.path)), keeping: kept)
    var stamps: [String: FileStamp] = [:]
    var changed: [String] = []
    do {
      try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
      // Only the files whose bytes differ get a folder and a copy in the staging folder.
      let unchanged = ParallelSlots<FileStamp>(count: files.count)
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        if let stamp = stamp(ifHolding: files[index].bytes, at: target + "/" + files[index].path) {
          unchanged.store(stamp, at: index)
        }
      }
      let slots = unchanged.slotValues
      let toWrite = files.indices.filter { slots[$0] == nil }.map { files[$0] }
      for (file, stamp) in zip(files, slots) { if let stamp { stamps[file.path] = stamp } }
      try makeFolders(for: toWrite.map(\.path), in: staging)
      let failures = FailedPaths()
      stamps.merge(writeOrLink(toWrite, into: staging, from: nil, failures: failures)) { _, new in new }
      if let failed = failures.first { throw Failure.io("cannot write \(failed)") }
      changed = toWrite.map(\.path)
      for file in spliced {
        try makeFolders(for: [file.path], in: staging)
        guard let (stamp, unchanged) = write(file, into: staging, from: target) else { throw Failure.io("cannot write \(file.path)") }
        stamps[file.path] = stamp
        if !unchanged { changed.append(file.path) }
      }
    } catch {
      _ = tthc_remove_tree(staging)
      throw .io("cannot write the output tree: \(error)")
    }
    if changed.isEmpty && removed.isEmpty {
      _ = tthc_remove_tree(staging)  // the folder already holds exactly what the build makes
      return stamps
    }
    let journal = OutputJournal(staging: (staging as NSString).lastPathComponent, moved: changed, removed: removed)
    let journalPath = OutputJournal.path(of: target)
    let pending = journalPath + ".tmp-\(getpid())"
    guard FileWriter.create(pending, with: Array(journal.text.utf8)) != nil, rename(pending, journalPath) == 0 else {
      _ = unlink(pending)
      _ = tthc_remove_tree(staging)
      throw .io("cannot write \(journalPath)")
    }
    let failed = journal.apply(to: target)
    if let first = failed.first { throw .io("cannot move \(first) into \(target)") }
    return stamps
  }

  /// The files of `target` that are neither `made` nor `kept` (kept files are in `target`,
  /// each once). Usually there are none — the listing holds exactly the kept files and some
  /// of the made ones — which a count shows without a set of every path.
  private static func filesToRemove(from target: String, making made: Set<String>, keeping kept: [String]) -> [String] {
    let listed = DirectoryListing.files(below: target, sorted: false) ?? []
    let madeAndListed = listed.reduce(0) { $0 + (made.contains($1) ? 1 : 0) }
    if listed.count == kept.count + madeAndListed { return [] }
    let keep = made.union(kept)
    return listed.filter { !keep.contains($0) }.sorted()
  }

  /// Writes a spliced file below `root`, copying from its version in `current`; when that
  /// version already holds exactly its bytes, nothing is written and its stamp is returned
  /// with `unchanged`. Nil when the current version cannot be read or the new one written.
  private static func write(_ file: SplicedFile, into root: String, from current: String) -> (FileStamp, unchanged: Bool)? {
    let source = open(current + "/" + file.path, O_RDONLY | O_CLOEXEC)
    guard source >= 0 else { return nil }
    defer { close(source) }
    if file.isHeld(by: source), let stamp = FileStamp.of(descriptor: source) { return (stamp, true) }
    let target = open(root + "/" + file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard target >= 0 else { return nil }
    defer { close(target) }
    guard file.write(to: target, from: source), let stamp = FileStamp.of(descriptor: target) else { return nil }
    return (stamp, false)
  }

  /// Creates, once each, the folders the files at `paths` need below `root`.
  private static func makeFolders(for paths: [String], in root: String) throws {
    let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
    for folder in folders.sorted() {
      try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
  }

  /// Writes each file below `root` in parallel; a file that `current` (the tree in use)
  /// already holds byte for byte is hard-linked from it instead — the old tree is never
  /// modified, so sharing its files cannot change what it holds. Returns the files' stamps.
  private static func writeOrLink(_ files: [OutputFile], into root: String, from current: String?, failures: FailedPaths)
    -> [String: FileStamp]
  {
    let stamps = ParallelSlots<FileStamp>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let path = root + "/" + files[index].path
      if let current, let stamp = stamp(ifHolding: files[index].bytes, at: current + "/" + files[index].path),
        link(current + "/" + files[index].path, path) == 0
      {
        return stamps.store(stamp, at: index)
      }
      guard let stamp = FileWriter.create(path, with: files[index].bytes) else { return failures.add(path) }
      stamps.store(stamp, at: index)
    }
    var written: [String: FileStamp] = [:]
    for (file, stamp) in zip(files, stamps.slotValues) { if let stamp { written[file.path] = stamp } }
    return written
  }

  /// The stamp of `path` when it is a regular file (not a link to one) holding exactly `bytes`.
  private static func stamp(ifHolding bytes: [UInt8], at path: String) -> FileStamp? {
    guard let stamp = FileStamp.of(path, following: false), stamp.size == bytes.count, FileReader.holds(bytes, at: path)
    else { return nil }
    return stamp
  }

  /// Paths that could not be written, collected from parallel writers.
  private final class FailedPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    func add(_ path: String) { lock.withLock { paths.append(path) } }
    var first: String? { lock.withLock { paths.min() } }
  }

  private static func withoutFinalSlash(_ folder: String) -> String {
    folder.hasSuffix("/") ? String(folder.dropLast()) : folder
  }

  private static func join(_ parent: String, _ name: String) -> String {
    parent.isEmpty ? name : parent + "/" + name
  }
}
