/// How a run uses the cache of the tree it checks.
public struct CacheUse: Sendable {
  public var store: CacheStore
  /// Given the cache the last run left, which of its records may be taken over without
  /// checking their file again (when the file is unchanged). A build refuses records whose
  /// generated files it cannot take over, so that those files are checked in full and their
  /// model is at hand to generate from.
  public var filter: @Sendable (TreeCache) -> @Sendable (CachedFile) -> Bool

  public init(
    store: CacheStore,
    filter: @escaping @Sendable (TreeCache) -> @Sendable (CachedFile) -> Bool = { _ in { _ in true } }
  ) {
    self.store = store
    self.filter = filter
  }
}
