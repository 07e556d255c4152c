import Diagnostics
import Foundation

/// How a run uses the cache of the tree it checks.
public struct CacheUse: Sendable {
  public var store: CacheStore
  /// Given the cache the last run left, which of its records may be taken over without
  /// checking their file again (when the file is unchanged). A build refuses records whose
  /// generated files it cannot take over, so that those files are checked in full and their
  /// model is at hand to generate from.
  public var filter: @Sendable (TreeCache) -> @Sendable (CachedFile) -> Bool
  /// In a process that watches the tree: the files that may have changed since the previous
  /// run began. Files not among them are taken to be as that run left them, without looking
  /// at them (nil: every file's stamp is looked at).
  public var changes: WatchedChanges?

  public init(
    store: CacheStore,
    filter: @escaping @Sendable (TreeCache) -> @Sendable (CachedFile) -> Bool = { _ in { _ in true } },
    changes: WatchedChanges? = nil
  ) {
    self.store = store
    self.filter = filter
    self.changes = changes
  }
}

extension CacheUse {
  /// The cache of the tree at `root`, loading on another thread, and the cache file it comes
  /// from; nil when `root` is not a tree's root folder (its cache is then not used).
  func preload(tree root: String) -> (file: String, cache: InTheBackground<TreeCache?>)? {
    guard FileManager.default.fileExists(atPath: root + "/catalog.yaml") else { return nil }
    let store = self.store
    return (store.file(forTree: root), InTheBackground { store.load(tree: root) })
  }
}
