import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where caches are kept: a folder (`.tthc-cache` in the working directory unless told
/// otherwise) with one file per definitions tree. Deleting the folder is always safe; a
/// missing, unreadable or damaged cache file is the same as an empty cache.
public struct CacheStore: Sendable {
  public static let defaultFolder = ".tthc-cache"

  public var folder: String
  /// In a process that builds again and again: the caches it has in memory, used instead of
  /// reading their files again.
  public var resident: ResidentCaches?
  /// The most bytes a cache file's log may grow to before a save writes the file whole
  /// again; nil for the default, a quarter of the file (at least 1 MiB).
  public var logLimit: Int?

  public init(folder: String = CacheStore.defaultFolder, resident: ResidentCaches? = nil) {
    self.folder = folder
    self.resident = resident
  }

  /// The cache file of the tree at `root`, named by the digest of its absolute path.
  func file(forTree root: String) -> String {
    let name = ContentDigest.of(Self.absolute(root)).description.prefix(32)
    return folder + "/v\(TreeCache.formatVersion)/" + name
  }

  /// Whether a cache file of the tree at `root` is there (made by this tthc or another).
  public func hasCache(forTree root: String) -> Bool {
    FileManager.default.fileExists(atPath: file(forTree: root))
  }

  /// The cache of the tree at `root`: its file, then the entries of the file's log.
  public func load(tree root: String) -> TreeCache? {
    let file = file(forTree: root)
    if let kept = resident?.cache(savedAs: file) { return kept }
    guard case .bytes(let bytes) = FileReader.read(file, limit: Int.max), var cache = TreeCache.decode(bytes) else { return nil }
    let checksum = LittleEndian.word(bytes, from: bytes.count - 8)
    var logLength = 0
    if case .bytes(let log) = FileReader.read(Self.log(of: file), limit: Int.max) {
      logLength = CacheLog.apply(log, to: &cache, baseChecksum: checksum, baseLength: bytes.count)
    }
    cache.delta = CacheDelta(
      origin: CacheFileState(baseChecksum: checksum, baseLength: bytes.count, logLength: logLength, records: cache.files.count))
    resident?.keep(cache, savedAs: file)
    return cache
  }

  /// Saves the cache of the tree at `root`, or leaves the old one. What changed since the
  /// cache was loaded is appended to the file's log when the cache knows it (`delta`), the
  /// file is still the one it was loaded from and the log stays within `logLimit`;
  /// otherwise a new file is written beside the old one and renamed over it, and the log
  /// removed. Failing to save is not an error of the run. With resident caches, the cache
  /// is kept in memory and its file written whole in the background
  /// (`ResidentCaches.waitForWrites`).
  public func save(_ cache: TreeCache, tree root: String) {
    let file = file(forTree: root)
    guard let resident else {
      if let delta = cache.delta, appendToLog(cache, delta: delta, file: file) { return }
      writeWhole(cache, to: file)
      return
    }
    resident.keep(cache, savedAs: file)
    resident.write { writeWhole(cache, to: file) }
  }

  private func writeWhole(_ cache: TreeCache, to file: String) {
    if writeAtomically(cache.encoded(), to: file) { unlink(Self.log(of: file)) }
  }

  private func appendToLog(_ cache: TreeCache, delta: CacheDelta, file: String) -> Bool {
    let origin = delta.origin
    guard delta.paths.count <= CacheDelta.maxPaths(records: origin.records) else { return false }
    let entry = CacheLog.entry(for: cache, delta: delta)
    let limit = logLimit ?? max(1 << 20, origin.baseLength / 4)
    guard CacheLog.offset(after: origin) + entry.count <= limit, Self.baseIsUnchanged(file, origin: origin) else { return false }
    return CacheLog.append(entry, to: Self.log(of: file), origin: origin)
  }

  /// Whether the cache file at `path` still ends with the checksum and has the length it had.
  private static func baseIsUnchanged(_ path: String, origin: CacheFileState) -> Bool {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var tail = [UInt8](repeating: 0, count: 8)
    guard FileStamp.of(descriptor: descriptor)?.size == Int64(origin.baseLength), origin.baseLength >= 8,
      pread(descriptor, &tail, 8, off_t(origin.baseLength - 8)) == 8
    else { return false }
    return LittleEndian.word(tail) == origin.baseChecksum
  }

  /// The log beside the cache file at `path`.
  static func log(of path: String) -> String { path + ".log" }

  /// Writes a file of the cache folder whole, or leaves the old one, creating the folder
  /// (marked for git and for backup tools) when there is none.
  @discardableResult
  func writeAtomically(_ bytes: [UInt8], to path: String) -> Bool {
    let directory = PathText.parent(of: path)
    let manager = FileManager.default
    if !manager.fileExists(atPath: folder) {
      guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return false }
      // Marks the folder for tools and for git, so it is never backed up or committed.
      _ = FileWriter.create(folder + "/.gitignore", with: Array("*\n".utf8))
      _ = FileWriter.create(
        folder + "/CACHEDIR.TAG",
        with: Array("Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by tthc; it may be deleted.\n".utf8))
    }
    guard (try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return false }
    let temporary = path + ".tmp-\(getpid())"
    guard FileWriter.create(temporary, with: bytes) != nil else {
      unlink(temporary)
      return false
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }

  public static func absolute(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return (joined as NSString).standardizingPath
  }
}
