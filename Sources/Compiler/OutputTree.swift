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
/// mix; leftovers of killed builds are removed by the next build.
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

  public static func write(_ files: [OutputFile], to folder: String) throws(Failure) {
    let target = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    let parent = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let manager = FileManager.default
    // Leftovers of builds that were killed.
    if let siblings = try? manager.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent) {
      for sibling in siblings where sibling.hasPrefix(name + ".tmp-") || sibling.hasPrefix(name + ".old-") {
        try? manager.removeItem(atPath: join(parent, sibling))
      }
    }
    let staging = join(parent, "\(name).tmp-\(getpid())")
    do {
      try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
      for file in files {
        let path = staging + "/" + file.path
        try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard manager.createFile(atPath: path, contents: Data(file.bytes)) else { throw Failure.io("cannot write \(path)") }
      }
    } catch {
      try? manager.removeItem(atPath: staging)
      throw .io("cannot write the output tree: \(error)")
    }
    var isDirectory: ObjCBool = false
    if !manager.fileExists(atPath: target, isDirectory: &isDirectory) {
      guard rename(staging, target) == 0 else { throw .io("cannot move the new tree to \(target)") }
      return
    }
    guard isDirectory.boolValue else {
      try? manager.removeItem(atPath: staging)
      throw .io("\(target) exists and is not a folder")
    }
    if tthc_exchange_paths(staging, target) == 0 {
      try? manager.removeItem(atPath: staging)  // now the old tree
      return
    }
    // Without an atomic exchange: two renames, the old tree kept until the new one is in place.
    let old = join(parent, "\(name).old-\(getpid())")
    guard rename(target, old) == 0 else { throw .io("cannot move the old tree aside") }
    guard rename(staging, target) == 0 else {
      _ = rename(old, target)
      throw .io("cannot move the new tree to \(target)")
    }
    try? manager.removeItem(atPath: old)
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

  private static func join(_ parent: String, _ name: String) -> String {
    parent.isEmpty ? name : parent + "/" + name
  }
}
