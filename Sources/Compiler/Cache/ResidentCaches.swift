import Dispatch
import Foundation

/// Caches kept in memory by a process that runs again and again (`--watch`), so that each run
/// starts from what the last one saved instead of reading and decoding the cache file again
/// (63 MB for a national tree), and from the files the last run found in the tree instead of
/// walking its folders again. The cache file is still written: the next process starts from it.
public final class ResidentCaches: @unchecked Sendable {
  private let lock = NSLock()
  private var caches: [String: TreeCache] = [:]
  private var trees: [String: (tree: DiscoveredTree, paths: Set<String>)] = [:]
  /// Cache files are written here, one after another, while the process waits for changes.
  private let writes = DispatchQueue(label: "tthc.cache-files")

  public init() {}

  /// The cache last saved (or loaded) as the cache file `file`.
  func cache(savedAs file: String) -> TreeCache? { lock.withLock { caches[file] } }

  func keep(_ cache: TreeCache, savedAs file: String) { lock.withLock { caches[file] = cache } }

  /// Runs `write` after the writes asked for before it, without waiting for it.
  func write(_ write: @escaping @Sendable () -> Void) { writes.async(execute: write) }

  /// Waits until every cache file asked for is written (before the process ends).
  public func waitForWrites() { writes.sync {} }

  /// The whole tree last found at `path`, with the set of its files' paths.
  func tree(discoveredAt path: String) -> (tree: DiscoveredTree, paths: Set<String>)? { lock.withLock { trees[path] } }

  func keep(_ tree: DiscoveredTree, discoveredAt path: String) {
    let paths = Set(tree.files.map(\.path))
    lock.withLock { trees[path] = (tree, paths) }
  }
}
