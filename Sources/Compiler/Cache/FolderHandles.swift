import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Open handles on the folders of one tree, so that looking at a file's stamp walks one path
/// component instead of the whole path (the output folder has two folders and a national
/// tree 625,000 files in them). Handles are opened on first use; threads may share them, but
/// do better each with their own (the kernel counts each use of a handle in one place).
final class FolderHandles: @unchecked Sendable {
  private let root: String
  private let lock = NSLock()
  private var handles: [String: Int32] = [:]

  init(root: String) { self.root = root }

  deinit {
    for handle in handles.values where handle >= 0 { close(handle) }
  }

  /// The stamp of the regular file at `relative` (below the root), not following a final link.
  func stamp(of relative: String) -> FileStamp? {
    let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/"))
    let folder = slash.map { String(relative[..<$0]) } ?? ""
    let name = slash.map { String(relative[relative.index(after: $0)...]) } ?? relative
    let handle = self.handle(folder)
    guard handle >= 0 else { return nil }
    var status = stat()
    guard fstatat(handle, name, &status, AT_SYMLINK_NOFOLLOW) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    return FileStamp(status)
  }

  private func handle(_ folder: String) -> Int32 {
    lock.withLock {
      if let handle = handles[folder] { return handle }
      let handle = open(folder.isEmpty ? root : root + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      handles[folder] = handle
      return handle
    }
  }
}
