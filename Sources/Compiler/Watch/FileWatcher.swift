import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Watches folder trees with inotify and gathers which files changed (`WatchedChanges`).
///
/// Every folder below a watched root is watched; a folder created or moved in is watched as
/// it appears, and every file in it counts as changed (files may have been put there before
/// the watch began). What inotify cannot tell precisely makes a root's changes uncertain — a
/// folder moved out, the root removed or replaced (it is watched again as soon as it
/// exists) — and an overflowed event queue makes all of them incomplete. A root with a
/// folder that could not be watched (too many folders) is uncertain for good
/// (`blindRoots`). A folder below two roots (an output folder inside the definitions tree)
/// reports its changes under both names. Changes made through a hard link from outside a
/// tree, or by another machine on a network file system, are not seen.
public final class FileWatcher: @unchecked Sendable {
  private struct Root {
    var path: String
    var skippingHidden: Bool
    /// The device and inode of the folder watched as the root; nil while it is not watched.
    var identity: (UInt64, UInt64)?
  }

  /// One name of a watched folder: its path, and the root it was reached from.
  private struct Name: Equatable {
    var path: String
    var root: String
    var skippingHidden: Bool
  }

  private let descriptor: Int32
  /// The most folders this watcher watches (tests set it low; the system has its own limit).
  private let limit: Int
  private var roots: [Root] = []
  /// Roots with a folder that could not be watched: their changes are never complete.
  public private(set) var blindRoots: Set<String> = []
  /// The names of each watched folder, by watch descriptor.
  private var folders: [Int32: [Name]] = [:]
  private var pending = WatchedChanges()
  private var buffer = [UInt8](repeating: 0, count: 256 * 1024)

  static let mask = UInt32(
    IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
      | IN_MOVE_SELF | IN_DONT_FOLLOW | IN_ONLYDIR | IN_EXCL_UNLINK)

  /// Nil when the system offers no inotify (or no more of it). At most `limit` folders are
  /// watched (beyond the system's own limit, `fs.inotify.max_user_watches`, none are).
  public init?(limit: Int = .max) {
    descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    self.limit = limit
    guard descriptor >= 0 else { return nil }
  }

  deinit { close(descriptor) }

  /// Watches the folder `root` and every folder below it (with `skippingHidden`, not those
  /// whose name starts with `.`). Paths are reported as `root` + `/` + the relative path
  /// (just the relative path when `root` is `.`).
  public func watch(tree root: String, skippingHidden: Bool) {
    roots.append(Root(path: root, skippingHidden: skippingHidden, identity: nil))
    rewatchLostRoots()
  }

  /// Waits up to `seconds` for a change; whether one came.
  public func waitForEvents(seconds: Double) -> Bool {
    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&poller, 1, Int32(max(0, seconds * 1000))) > 0
  }

  /// The changes since the last call (or since the watch began), once every event queued
  /// has been read; roots lost meanwhile are watched again when they exist.
  public func takeChanges() -> WatchedChanges {
    readEvents()
    rewatchLostRoots()
    pending.uncertainRoots.formUnion(blindRoots)
    defer { pending = WatchedChanges() }
    return pending
  }

  private func readEvents() {
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      var offset = 0
      while offset + 16 <= count {
        let (watch, flags, length) = buffer.withUnsafeBytes { raw in
          (
            raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          )
        }
        let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
        let name = String(decoding: nameBytes, as: UTF8.self)
        if flags & UInt32(IN_Q_OVERFLOW) != 0 {
          pending.isComplete = false
        } else if flags & UInt32(IN_IGNORED) != 0 {
          folders[watch] = nil
        } else {
          for folder in folders[watch] ?? [] { handle(flags: flags, name: name, in: folder) }
        }
        offset += 16 + length
      }
    }
  }

  private func handle(flags: UInt32, name: String, in folder: Name) {
    if flags & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
      // A root gone or moved: watched again when it exists. A folder below: its parent's
      // event says what happened to it.
      if let index = roots.firstIndex(where: { $0.path == folder.path }) {
        roots[index].identity = nil
        pending.uncertainRoots.insert(folder.path)
      }
      return
    }
    guard !name.isEmpty, !(folder.skippingHidden && name.hasPrefix(".")) else { return }
    let path = FileDiscovery.join(folder.path, name)
    pending.paths.insert(path)
    guard flags & UInt32(IN_ISDIR) != 0 else { return }
    if flags & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
      watchFolders(below: path, root: folder.root, skippingHidden: folder.skippingHidden, reportingFiles: true)
    } else if flags & UInt32(IN_MOVED_FROM) != 0 {
      // The files it held left without an event of their own.
      pending.uncertainRoots.insert(folder.root)
    }
  }

  private func rewatchLostRoots() {
    for index in roots.indices {
      var status = stat()
      let root = roots[index]
      guard stat(root.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
        if root.identity != nil { pending.uncertainRoots.insert(root.path) }
        roots[index].identity = nil
        continue
      }
      let identity = (UInt64(status.st_dev), UInt64(status.st_ino))
      if let watched = root.identity, watched == identity { continue }
      if root.identity != nil { pending.uncertainRoots.insert(root.path) }
      roots[index].identity = identity
      // Folders of the tree the root was (moved away, or being removed) are no longer it.
      for (watch, names) in folders {
        let kept = names.filter { $0.root != root.path }
        if kept.isEmpty { inotify_rm_watch(descriptor, watch) }
        folders[watch] = kept.isEmpty ? nil : kept
      }
      watchFolders(below: root.path, root: root.path, skippingHidden: root.skippingHidden, reportingFiles: false)
    }
  }

  /// Watches `folder` and every folder below it; with `reportingFiles`, every file in them
  /// counts as changed.
  private func watchFolders(below folder: String, root: String, skippingHidden: Bool, reportingFiles: Bool) {
    for relative in DirectoryListing.folders(below: folder, skippingHidden: skippingHidden) ?? [] {
      let path = relative.isEmpty ? folder : FileDiscovery.join(folder, relative)
      let watch = folders.count < limit ? inotify_add_watch(descriptor, path, Self.mask) : -1
      guard watch >= 0 else {
        // Gone already (its parent's event says so), or too many folders: blind for good.
        if errno != ENOENT || folders.count >= limit { blindRoots.insert(root) }
        pending.uncertainRoots.insert(root)
        continue
      }
      // The same folder reached from another root keeps that name too.
      let name = Name(path: path, root: root, skippingHidden: skippingHidden)
      var names = (folders[watch] ?? []).filter { $0.root != root }
      names.append(name)
      folders[watch] = names
    }
    guard reportingFiles else { return }
    for relative in DirectoryListing.files(below: folder, skippingHidden: skippingHidden, sorted: false) ?? [] {
      pending.paths.insert(FileDiscovery.join(folder, relative))
    }
  }
}
