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
    let onDisk = Set(listFiles(in: folder))
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

  /// Writes `files`, and the `kept` files of the current tree as they are, as the new tree at
  /// `folder`; returns the stamps of `files` as they now are in it.
  @discardableResult
  public static func write(_ files: [OutputFile], keeping kept: [String] = [], to folder: String) throws(Failure)
    -> [String: FileStamp]
  {
    let target = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    let parent = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let manager = FileManager.default
    // Leftovers of builds that were killed.
    if let siblings = try? manager.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent) {
      for sibling in siblings where sibling.hasPrefix(name + ".tmp-") || sibling.hasPrefix(name + ".old-") {
        _ = tthc_remove_tree(join(parent, sibling))
      }
    }
    let staging = join(parent, "\(name).tmp-\(getpid())")
    var written: [String: FileStamp] = [:]
    do {
      try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
      // Each folder once, then the files side by side: the staging tree is private to this
      // build, so files need no per-file atomic replacement.
      let folders = Set((files.map(\.path) + kept).map { ($0 as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
      for folder in folders.sorted() {
        try manager.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true)
      }
      let failures = FailedPaths()
      let stamps = ParallelSlots<FileStamp>(count: files.count)
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        let path = staging + "/" + files[index].path
        // A file the current tree already holds byte for byte is linked, not written again:
        // the old tree is never modified, so sharing its files cannot change what it holds.
        let current = target + "/" + files[index].path
        if let stamp = stamp(ifHolding: files[index].bytes, at: current), link(current, path) == 0 {
          stamps.store(stamp, at: index)
          return
        }
        guard let stamp = writeFile(files[index].bytes, to: path) else { return failures.add(path) }
        stamps.store(stamp, at: index)
      }
      DispatchQueue.concurrentPerform(iterations: kept.count) { index in
        if link(target + "/" + kept[index], staging + "/" + kept[index]) != 0 { failures.add(target + "/" + kept[index]) }
      }
      if let failed = failures.first { throw Failure.io("cannot write \(failed)") }
      written = Dictionary(uniqueKeysWithValues: zip(files.map(\.path), stamps.slotValues).compactMap { path, stamp in
        stamp.map { (path, $0) }
      })
    } catch {
      try? manager.removeItem(atPath: staging)
      throw .io("cannot write the output tree: \(error)")
    }
    var isDirectory: ObjCBool = false
    if !manager.fileExists(atPath: target, isDirectory: &isDirectory) {
      guard rename(staging, target) == 0 else { throw .io("cannot move the new tree to \(target)") }
      return written
    }
    guard isDirectory.boolValue else {
      try? manager.removeItem(atPath: staging)
      throw .io("\(target) exists and is not a folder")
    }
    if tthc_exchange_paths(staging, target) == 0 {
      _ = tthc_remove_tree(staging)  // now the old tree
      return written
    }
    // Without an atomic exchange: two renames, the old tree kept until the new one is in place.
    let old = join(parent, "\(name).old-\(getpid())")
    guard rename(target, old) == 0 else { throw .io("cannot move the old tree aside") }
    guard rename(staging, target) == 0 else {
      _ = rename(old, target)
      throw .io("cannot move the new tree to \(target)")
    }
    _ = tthc_remove_tree(old)
    return written
  }

  /// Every file below `folder`, as relative paths with `/`, sorted.
  static func listFiles(in folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let relative = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
        files.append(relative)
      }
    }
    return files.sorted()
  }

  /// Creates `path` and writes `bytes` to it; the file's stamp, or nil when any step fails.
  private static func writeFile(_ bytes: [UInt8], to path: String) -> FileStamp? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    let complete = bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return true }  // an empty file
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
    return complete ? FileStamp.of(descriptor: descriptor) : nil
  }

  /// The stamp of `path` when it is a regular file (not a link to one) holding exactly `bytes`.
  private static func stamp(ifHolding bytes: [UInt8], at path: String) -> FileStamp? {
    guard let stamp = FileStamp.of(path, following: false), stamp.size == bytes.count,
      case .bytes(let onDisk) = FileReader.read(path, limit: bytes.count), onDisk == bytes
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

  private static func join(_ parent: String, _ name: String) -> String {
    parent.isEmpty ? name : parent + "/" + name
  }
}
