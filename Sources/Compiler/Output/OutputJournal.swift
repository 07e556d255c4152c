import CFileSystem
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The plan of an in-place update of an output folder, written beside it
/// (`Generated.journal`) before the first file is moved: which files of the staging folder
/// replace which, and which files go. A run that finds a journal finishes the update it
/// describes before doing anything else, so a killed update never stays half done.
struct OutputJournal: Equatable {
  /// The staging folder's name, beside the output folder.
  var staging: String
  /// Relative paths moved from the staging folder into the output folder.
  var moved: [String]
  /// The file each moved path is to be once moved, when known: such a file is exchanged with
  /// the one it replaces, and recognised in place by its identity when the update is run
  /// again.
  var identities: [String: FileIdentity]
  /// Relative paths removed from the output folder.
  var removed: [String]

  /// A file on a file system: its device and inode.
  struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    init(device: UInt64, inode: UInt64) {
      self.device = device
      self.inode = inode
    }

    init(_ stamp: FileStamp) {
      self.init(device: stamp.device, inode: stamp.inode)
    }

    /// The identity of the regular file at `path` (not following a final link).
    init?(of path: String) {
      guard let stamp = FileStamp.of(path, following: false) else { return nil }
      self.init(stamp)
    }
  }

  static func path(of folder: String) -> String { folder + ".journal" }

  /// One line per entry: `staging NAME`, then `replace DEVICE INODE PATH` (or `move PATH`)
  /// and `remove PATH`, then `end`, so that a journal cut short is recognised.
  var text: String {
    let moves = moved.map { path in
      identities[path].map { "replace \($0.device) \($0.inode) " + path } ?? "move " + path
    }
    return (["staging " + staging] + moves + removed.map { "remove " + $0 } + ["end"]).joined(separator: "\n") + "\n"
  }

  init(staging: String, moved: [String], identities: [String: FileIdentity] = [:], removed: [String]) {
    self.staging = staging
    self.moved = moved
    self.identities = identities
    self.removed = removed
  }

  init?(text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.last == "", lines.dropLast().last == "end", let first = lines.first, first.hasPrefix("staging ") else {
      return nil
    }
    lines = Array(lines.dropFirst().dropLast(2))
    staging = String(first.dropFirst("staging ".count))
    moved = []
    identities = [:]
    removed = []
    for line in lines {
      if line.hasPrefix("move ") {
        moved.append(String(line.dropFirst(5)))
      } else if line.hasPrefix("replace ") {
        let parts = line.dropFirst(8).split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return nil }
        moved.append(String(parts[2]))
        identities[String(parts[2])] = FileIdentity(device: device, inode: inode)
      } else if line.hasPrefix("remove ") {
        removed.append(String(line.dropFirst(7)))
      } else {
        return nil
      }
    }
    // Paths are the build's own, relative and without `..`; anything else is not ours.
    let paths = [staging] + moved + removed
    guard !staging.contains("/"), paths.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") })
    else { return nil }
  }

  /// Carries out the journal on `folder` (whose parent holds the staging folder): each move
  /// not done yet, each removal, then the staging folder and the journal go. Safe to run
  /// again after being stopped at any point. Returns the paths that could not be moved or
  /// removed.
  ///
  /// A file with a known identity is exchanged with the one it replaces (one atomic step, as
  /// a rename): renaming a file just written over another makes ext4 start writing it back
  /// there and then (`auto_da_alloc`), half a second for a national `catalog.json`. The old
  /// file, now in the staging folder, goes with it; a move is done once the output folder
  /// holds the file of that identity.
  @discardableResult
  func apply(to folder: String) -> [String] {
    var failed: [String] = []
    let parent = PathText.parent(of: folder)
    let stagingPath = (parent.isEmpty ? "" : parent + "/") + staging
    var made = Set<String>()
    for path in moved {
      let source = stagingPath + "/" + path
      let destination = folder + "/" + path
      if let identity = identities[path], FileIdentity(of: destination) == identity { continue }  // exchanged already
      guard access(source, F_OK) == 0 else { continue }  // moved already
      let directory = PathText.parent(of: path)
      if !directory.isEmpty, made.insert(directory).inserted {
        try? FileManager.default.createDirectory(atPath: folder + "/" + directory, withIntermediateDirectories: true)
      }
      if identities[path] != nil, tthc_exchange_paths(source, destination) == 0 { continue }
      if rename(source, destination) != 0 { failed.append(path) }
    }
    for path in removed where unlink(folder + "/" + path) != 0 && errno != ENOENT { failed.append(path) }
    _ = tthc_remove_tree(stagingPath)
    _ = unlink(Self.path(of: folder))
    return failed
  }

  /// Finishes an update a killed run left on `folder`, if any. A journal that cannot be read
  /// is not ours to carry out; it is removed (the cache checks every file it takes over, so
  /// nothing half-moved is trusted).
  static func recover(_ folder: String) {
    let path = Self.path(of: folder)
    guard access(path, F_OK) == 0 else { return }
    if case .bytes(let bytes) = FileReader.read(path, limit: 1 << 30), let text = String(validating: bytes, as: UTF8.self),
      let journal = OutputJournal(text: text)
    {
      journal.apply(to: folder)
    } else {
      _ = unlink(path)
    }
  }
}
