import CAllocator
import Compiler

/// How the C allocator spreads a long-running process's memory.
///
/// glibc gives threads allocation arenas of their own (up to eight a core), and memory freed
/// in one arena serves only the threads on that arena. A watching process builds again and
/// again on the dispatch pool's threads, which come and go and land on other arenas, so its
/// peak grows with the freed memory each arena holds: at 125,000 procedures 0.79–0.89 GiB
/// over ten edits, against 0.65–0.71 GiB with one arena (docs/performance.md). Edits took
/// as long with one arena — a build from a cache allocates too little to wait for the
/// arena's lock — but a check of every file took about a third longer, so a watch shares one
/// arena only when it starts from a cache.
enum MemoryArenas {
  /// Whether a watch of the trees at `roots` starts from a cache (`cache`, when there is one,
  /// has a file for each), and so does better with one arena.
  static func suit(watching roots: [String], cache: CacheStore?) -> Bool {
    guard let cache else { return false }
    return roots.allSatisfy(cache.hasCache(forTree:))
  }

  /// Makes the threads that allocate from now on share one arena; called before a watch
  /// starts its threads. Returns whether the allocator took the setting.
  @discardableResult
  static func useOne() -> Bool { tthc_limit_allocator_arenas(1) == 1 }
}
