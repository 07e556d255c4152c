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

  public init(folder: String = CacheStore.defaultFolder, resident: ResidentCaches? = nil) {
    self.folder = folder
    self.resident = resident
  }

  /// The cache file of the tree at `root`, named by the digest of its absolute path.
  func file(forTree root: String) -> String {
    let name = ContentDigest.of(Self.absolute(root)).description.prefix(32)
    return folder + "/v\(TreeCache.formatVersion)/" + name
  }

  public func load(tree root: String) -> TreeCache? {
    let file = file(forTree: root)
    if let kept = resident?.cache(savedAs: file) { return kept }
    guard case .bytes(let bytes) = FileReader.read(file, limit: Int.max), let cache = TreeCache.decode(bytes) else { return nil }
    resident?.keep(cache, savedAs: file)
    return cache
  }

  /// Writes the cache of the tree at `root` whole, or leaves the old one: a new file is
  /// written beside it and renamed over it. Failing to save is not an error of the run.
  /// With resident caches, the cache is kept in memory and its file written in the
  /// background (`ResidentCaches.waitForWrites`).
  public func save(_ cache: TreeCache, tree root: String) {
    let file = file(forTree: root)
    guard let resident else {
      writeAtomically(cache.encoded(), to: file)
      return
    }
    resident.keep(cache, savedAs: file)
    resident.write { writeAtomically(cache.encoded(), to: file) }
  }

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
