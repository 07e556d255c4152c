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
  /// Relative paths removed from the output folder.
  var removed: [String]

  static func path(of folder: String) -> String { folder + ".journal" }

  /// One line per entry: `staging NAME`, then `move PATH` and `remove PATH`, then `end`, so
  /// that a journal cut short is recognised.
  var text: String {
    (["staging " + staging] + moved.map { "move " + $0 } + removed.map { "remove " + $0 } + ["end"])
      .joined(separator: "\n") + "\n"
  }

  init(staging: String, moved: [String], removed: [String]) {
    self.staging = staging
    self.moved = moved
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
    removed = []
    for line in lines {
      if line.hasPrefix("move ") {
        moved.append(String(line.dropFirst(5)))
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
  /// whose file is still in the staging folder, each removal, then the staging folder and
  /// the journal go. Safe to run again after being stopped at any point. Returns the paths
  /// that could not be moved or removed.
  @discardableResult
  func apply(to folder: String) -> [String] {
    var failed: [String] = []
    let parent = PathText.parent(of: folder)
    let stagingPath = (parent.isEmpty ? "" : parent + "/") + staging
    var made = Set<String>()
    for path in moved {
      let source = stagingPath + "/" + path
      guard access(source, F_OK) == 0 else { continue }  // moved already
      let directory = PathText.parent(of: path)
      if !directory.isEmpty, made.insert(directory).inserted {
        try? FileManager.default.createDirectory(atPath: folder + "/" + directory, withIntermediateDirectories: true)
      }
      if rename(source, folder + "/" + path) != 0 { failed.append(path) }
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
