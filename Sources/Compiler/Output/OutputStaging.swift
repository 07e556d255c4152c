import CFileSystem
import Diagnostics
import Foundation
import Generators

#if canImport(Glibc)
  import Glibc
#endif

/// The next version of an output folder, written file by file while the build runs and put
/// in place by `commit` — or thrown away by `discard` when the definitions have errors.
///
/// Files go to a staging folder beside the output folder (`Generated.tmp-<pid>`, same file
/// system); a file the output folder already holds byte for byte is not written again.
/// `commit` either swaps the whole staging folder in with one atomic exchange (a full build;
/// unchanged files are hard-linked into it first — the old tree is never modified, so
/// sharing its files cannot change what it holds) or, when files of the current folder are
/// kept (an incremental build), moves only the changed files in, following a journal so
/// that an update cut short is finished by the next run. A build killed at any moment
/// leaves the old folder, the new one, or a journal to finish; leftovers are removed by the
/// next build.
public final class OutputStaging: OutputSink, @unchecked Sendable {
  /// The output folder, without a final `/`.
  public let target: String
  let staging: String
  private let targetExists: Bool
  /// The first of the output folder's parents that had to be made, if any.
  private let createdParent: String?
  private let spool: EntrySpool
  private let lock = NSLock()
  private var folders: Set<String> = []
  /// Files written to the staging folder, and files the output folder already holds.
  private var written: [String: FileStamp] = [:]
  private var same: [String: FileStamp] = [:]
  private var failures: [String] = []
  /// Old versions of replaced files being let go of in the background (`finishReleasing`).
  private let releases = DispatchGroup()

  /// Prepares a new version of `folder`: finishes an update a killed build left, removes
  /// leftovers of killed builds, and creates the staging folder.
  public init(folder: String) throws(OutputTree.Failure) {
    target = OutputTree.withoutFinalSlash(folder)
    let parent = PathText.parent(of: target)
    let name = PathText.name(of: target)
    OutputTree.finishInterruptedUpdate(of: target)
    if let siblings = try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent) {
      for sibling in siblings
      where sibling.hasPrefix(name + ".tmp-") || sibling.hasPrefix(name + ".old-") || sibling.hasPrefix(name + ".journal.tmp-") {
        _ = tthc_remove_tree(OutputTree.join(parent, sibling))
      }
    }
    var isDirectory: ObjCBool = false
    targetExists = FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory)
    if targetExists && !isDirectory.boolValue { throw .io("\(target) exists and is not a folder") }
    staging = OutputTree.join(parent, "\(name).tmp-\(getpid())")
    // Folders made for the output folder's sake are removed again if nothing is written.
    var missing: String?
    var ancestor = parent
    while !ancestor.isEmpty && ancestor != "/" && !FileManager.default.fileExists(atPath: ancestor) {
      missing = ancestor
      ancestor = PathText.parent(of: ancestor)
    }
    createdParent = missing
    do {
      try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
    } catch { throw .io("cannot write \(target): cannot create \(staging)") }
    guard let spool = EntrySpool(folder: parent.isEmpty ? "." : parent) else {
      _ = tthc_remove_tree(staging)
      throw .io("cannot write \(target): cannot create a working file beside it")
    }
    self.spool = spool
  }

  public func accept(_ file: OutputFile) {
    if targetExists, let stamp = OutputTree.stamp(ifHolding: file.bytes, at: target + "/" + file.path) {
      return lock.withLock { same[file.path] = stamp }
    }
    let path = staging + "/" + file.path
    guard makeFolder(for: file.path), let stamp = FileWriter.create(path, with: file.bytes) else {
      return lock.withLock { failures.append(path) }
    }
    lock.withLock { written[file.path] = stamp }
  }

  /// Takes files made all at once (a build in memory), on all cores.
  public func accept(all files: [OutputFile]) {
    DispatchQueue.concurrentPerform(iterations: files.count) { accept(files[$0]) }
  }

  public func keep(entry: [UInt8]) -> SplicedFile.Piece { .entry(spool.append(entry)) }

  public func reset() {
    lock.withLock {
      _ = tthc_remove_tree(staging)
      _ = mkdir(staging, 0o755)
      folders = []
      written = [:]
      same = [:]
      failures = []
    }
    spool.reset()
  }

  /// Removes the staging folder, and the parents made for it: the output folder stays as
  /// it was.
  public func discard() {
    _ = tthc_remove_tree(createdParent ?? staging)
  }

  /// Puts the new version in place: the accepted files, `spliced` (laid out from the current
  /// folder's file and the spooled entries), and the `kept` files of the current folder as
  /// they are. Returns the stamps of every file in the folder but the kept ones. With
  /// `spares`, an update writes spliced files over the versions the last one replaced, and
  /// keeps the versions it replaces there in turn.
  @discardableResult
  public func commit(
    spliced: [SplicedFile] = [], keeping kept: KeptFiles = KeptFiles(), spares: SpareFiles? = nil
  ) throws(OutputTree.Failure) -> [String: FileStamp] {
    let (written, same, failures) = lock.withLock { (self.written, self.same, self.failures) }
    guard failures.isEmpty, spool.isComplete else {
      discard()
      throw .io("cannot write \(failures.min() ?? "the catalog's entries")")
    }
    let stamps = written.merging(same) { new, _ in new }
    if targetExists && !kept.isEmpty {
      return try update(stamps: stamps, changed: written.keys.sorted(), spliced: spliced, keeping: kept, spares: spares)
    }
    return try replace(stamps: stamps, unchanged: Array(same.keys), spliced: spliced, keeping: kept)
  }

  /// Links the unchanged and kept files into the staging folder and swaps it in; `stamps`
  /// are those of the accepted files.
  private func replace(
    stamps accepted: [String: FileStamp], unchanged: [String], spliced: [SplicedFile], keeping kept: KeptFiles
  ) throws(OutputTree.Failure) -> [String: FileStamp] {
    var stamps = accepted
    let linked = unchanged + kept.paths
    let failures = FailedPaths()
    for path in linked + spliced.map(\.path) where !makeFolder(for: path) { failures.add(path) }
    DispatchQueue.concurrentPerform(iterations: linked.count) { index in
      if link(target + "/" + linked[index], staging + "/" + linked[index]) != 0 { failures.add(target + "/" + linked[index]) }
    }
    for file in spliced {
      guard let (stamp, unchanged) = write(file, over: nil) else {
        failures.add(file.path)
        continue
      }
      if unchanged, link(target + "/" + file.path, staging + "/" + file.path) != 0 { failures.add(file.path) }
      stamps[file.path] = stamp
    }
    if let failed = failures.first {
      discard()
      throw .io("cannot write the output tree: cannot write \(failed)")
    }
    if !targetExists || !FileManager.default.fileExists(atPath: target) {
      guard rename(staging, target) == 0 else { throw .io("cannot move the new tree to \(target)") }
      return stamps
    }
    if tthc_exchange_paths(staging, target) == 0 {
      _ = tthc_remove_tree(staging)  // now the old tree
      return stamps
    }
    // Without an atomic exchange: two renames, the old tree kept until the new one is in place.
    let old = OutputTree.join(PathText.parent(of: target), "\(PathText.name(of: target)).old-\(getpid())")
    guard rename(target, old) == 0 else { throw .io("cannot move the old tree aside") }
    guard rename(staging, target) == 0 else {
      _ = rename(old, target)
      throw .io("cannot move the new tree to \(target)")
    }
    _ = tthc_remove_tree(old)
    return stamps
  }

  /// Changes the output folder in place: a journal names the files whose bytes changed (now
  /// in the staging folder) and the files to remove, then each is renamed over its old
  /// version (one atomic step per file) and the others removed. `stamps` are those of the
  /// accepted files, `written` (sorted) the ones among them in the staging folder.
  private func update(
    stamps accepted: [String: FileStamp], changed written: [String], spliced: [SplicedFile], keeping kept: KeptFiles,
    spares: SpareFiles?
  ) throws(OutputTree.Failure) -> [String: FileStamp] {
    var stamps = accepted
    let made = Set(accepted.keys).union(spliced.map(\.path))
    // Looking for files to remove and laying out the spliced files go on side by side: at
    // 125,000 procedures, counting 625,000 names and the kernel copying a 907 MB catalog.
    let removals = ParallelSlots<[String]>(count: 1)
    let layouts = ParallelSlots<(stamp: FileStamp, unchanged: Bool)>(count: spliced.count)
    DispatchQueue.concurrentPerform(iterations: 2) { task in
      guard task == 1 else { return removals.store(OutputTree.filesToRemove(from: target, making: made, keeping: kept), at: 0) }
      for (index, file) in spliced.enumerated() {
        if makeFolder(for: file.path), let layout = write(file, over: spares) { layouts.store(layout, at: index) }
      }
    }
    let removed = removals.takeResults()[0]
    var changed = written
    for (file, layout) in zip(spliced, layouts.slotValues) {
      guard let (stamp, unchanged) = layout else {
        discard()
        throw .io("cannot write the output tree: cannot write \(file.path)")
      }
      stamps[file.path] = stamp
      if !unchanged { changed.append(file.path) }
    }
    if changed.isEmpty && removed.isEmpty {
      discard()  // the folder already holds exactly what the build makes
      return stamps
    }
    let identities = changed.reduce(into: [String: OutputJournal.FileIdentity]()) { identities, path in
      if let stamp = stamps[path] { identities[path] = OutputJournal.FileIdentity(stamp) }
    }
    let journal = OutputJournal(staging: PathText.name(of: staging), moved: changed, identities: identities, removed: removed)
    let journalPath = OutputJournal.path(of: target)
    let pending = journalPath + ".tmp-\(getpid())"
    guard FileWriter.create(pending, with: Array(journal.text.utf8)) != nil, rename(pending, journalPath) == 0 else {
      _ = unlink(pending)
      discard()
      throw .io("cannot write \(journalPath)")
    }
    // The old catalog becomes the spare the next update writes over; without one, it is held
    // open while the new one is renamed over it and closed in the background: freeing its
    // 907 MB of pages and blocks (at 125,000 procedures) then takes place while the build
    // goes on, not inside the rename.
    let replaced = spliced.filter { changed.contains($0.path) }
    for file in replaced { spares?.keep(target + "/" + file.path, as: file.path) }
    let held = replaced.map { open(target + "/" + $0.path, O_RDONLY | O_CLOEXEC) }
    let failed = journal.apply(to: target)
    DispatchQueue.global().async(group: releases) {
      for descriptor in held where descriptor >= 0 { close(descriptor) }
    }
    if let first = failed.first { throw .io("cannot move \(first) into \(target)") }
    return stamps
  }

  /// Waits until the old versions of replaced files are let go of (see `update`); a build
  /// calls this last, after saving its cache.
  public func finishReleasing() {
    releases.wait()
  }

  /// Writes a spliced file into the staging folder — over its spare in `spares` when there
  /// is one — copying from its version in the output folder and from the spool; when that
  /// version already holds exactly its bytes, nothing is written and its stamp is returned
  /// with `unchanged`. Nil when a needed file cannot be read or the new one written.
  private func write(_ file: SplicedFile, over spares: SpareFiles?) -> (FileStamp, unchanged: Bool)? {
    let current = open(target + "/" + file.path, O_RDONLY | O_CLOEXEC)
    defer { if current >= 0 { close(current) } }
    if current >= 0, file.isHeld(by: current, entries: spool.descriptor), let stamp = FileStamp.of(descriptor: current) {
      return (stamp, true)
    }
    let path = staging + "/" + file.path
    var output = spares?.adopt(file.path, as: path) ?? -1
    if output < 0 { output = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
    guard output >= 0 else { return nil }
    defer { close(output) }
    guard file.write(to: output, from: current, entries: spool.descriptor), ftruncate(output, off_t(file.count)) == 0,
      let stamp = FileStamp.of(descriptor: output)
    else { return nil }
    return (stamp, false)
  }

  /// Creates, once, the folder the file at `path` needs in the staging folder.
  private func makeFolder(for path: String) -> Bool {
    let folder = PathText.parent(of: path)
    if folder.isEmpty { return true }
    return lock.withLock {
      if folders.contains(folder) { return true }
      do {
        try FileManager.default.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true)
      } catch { return false }
      folders.insert(folder)
      return true
    }
  }
}

/// Paths that could not be written, collected from parallel writers.
final class FailedPaths: @unchecked Sendable {
  private let lock = NSLock()
  private var paths: [String] = []
  func add(_ path: String) { lock.withLock { paths.append(path) } }
  var first: String? { lock.withLock { paths.min() } }
}
