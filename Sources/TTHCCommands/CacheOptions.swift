import ArgumentParser
import Compiler

/// `--cache-dir` and `--no-cache`, shared by `check` and `build`.
struct CacheOptions: ParsableArguments {
  @Option(
    name: .customLong("cache-dir"),
    help: "Where to keep the cache of unchanged files (default: $TTHC_CACHE_DIR, else .tthc-cache). Safe to delete.")
  var folder: String?

  @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache: check and generate every file.")
  var disabled = false

  func store(in context: CommandContext) -> CacheStore? {
    if disabled { return nil }
    if let folder { return CacheStore(folder: folder) }
    if let folder = context.environment["TTHC_CACHE_DIR"], !folder.isEmpty { return CacheStore(folder: folder) }
    return CacheStore()
  }
}
