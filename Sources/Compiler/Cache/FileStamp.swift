#if canImport(Glibc)
  import Glibc
#endif

/// What `stat` says of a file: enough to notice that it was replaced or written to without
/// reading it. Two equal stamps mean the same file, unchanged — unless it was written within
/// the file system's timestamp granularity of being looked at, which `isRecent` guards.
public struct FileStamp: Hashable, Sendable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  public var modified: Int64
  public var modifiedNanoseconds: Int64
  public var changed: Int64
  public var changedNanoseconds: Int64

  public init(
    device: UInt64, inode: UInt64, size: Int64, modified: Int64, modifiedNanoseconds: Int64, changed: Int64,
    changedNanoseconds: Int64
  ) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.modifiedNanoseconds = modifiedNanoseconds
    self.changed = changed
    self.changedNanoseconds = changedNanoseconds
  }

  /// The stamp of the regular file at `path` (not following a final symbolic link when
  /// `following` is false); nil when there is none.
  public static func of(_ path: String, following: Bool = true) -> FileStamp? {
    var status = stat()
    let result = following ? stat(path, &status) : lstat(path, &status)
    guard result == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    return FileStamp(status)
  }

  /// The stamp of an open file.
  public static func of(descriptor: Int32) -> FileStamp? {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    return FileStamp(status)
  }

  init(_ status: stat) {
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    modified = Int64(status.st_mtim.tv_sec)
    modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
    changed = Int64(status.st_ctim.tv_sec)
    changedNanoseconds = Int64(status.st_ctim.tv_nsec)
  }

  /// Whether two stamps are of the same generated file, unchanged. The change time is left
  /// out: linking a file into a new tree or renaming it sets it without touching the bytes.
  public func isSameOutput(as other: FileStamp) -> Bool {
    device == other.device && inode == other.inode && size == other.size && modified == other.modified
      && modifiedNanoseconds == other.modifiedNanoseconds
  }

  /// Whether the file was modified or changed at or after `seconds` (since the epoch): such
  /// a file may be written again within the same timestamp tick, so its stamp proves nothing.
  public func isRecent(since seconds: Int64) -> Bool {
    modified >= seconds || changed >= seconds
  }
}
