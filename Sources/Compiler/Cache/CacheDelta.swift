/// How a tree cache differs from the cache file it was loaded from — what saving it appends
/// to the file's log (`CacheLog`) instead of writing all of it again. A build after one
/// change at national size changes a handful of records, and writing 125,000 again took
/// longer than the rest of saving.
public struct CacheDelta: Sendable {
  /// The cache file (its base and how much of its log) the cache was loaded from.
  public var origin: CacheFileState
  /// Records added, changed or removed since: saved whole, or removed.
  public var paths: Set<String> = []
  /// How the catalog entries of the other records moved in a new `catalog.json`.
  public var shifts: [CatalogShift] = []

  public init(origin: CacheFileState) { self.origin = origin }

  /// The most records a save appends to the log: beyond that, writing the file whole
  /// is about as quick, and keeps reading it quick.
  static func maxPaths(records: Int) -> Int { max(64, records / 32) }
}

extension TreeCache {
  /// Notes in `delta` that the record at `path` was added, changed or removed; once more
  /// records changed than a log entry takes, the delta is dropped (the file is written whole).
  mutating func noteChanged(_ path: String) {
    guard delta != nil else { return }
    delta!.paths.insert(path)
    if delta!.paths.count > CacheDelta.maxPaths(records: delta!.origin.records) { delta = nil }
  }

  /// Notes in `delta` the records of `previous` (what the cache was made from) that have no
  /// record here.
  mutating func noteRecordsRemoved(since previous: [String: CachedFile]) {
    guard let delta else { return }
    // A record here that `previous` lacks was noted as changed; when the others are as many
    // as the records of `previous`, none of those is gone.
    let added = delta.paths.count { previous[$0] == nil }
    guard files.count - added != previous.count else { return }
    for path in previous.keys where files[path] == nil { noteChanged(path) }
  }
}

/// Which cache file a cache was loaded from: its base file, known by the checksum it ends
/// with and its length, and the length of the log read after it.
public struct CacheFileState: Sendable, Equatable {
  public var baseChecksum: UInt64
  public var baseLength: Int
  public var logLength: Int
  /// How many records the cache had once the log was read.
  public var records: Int
}

/// The catalog entries that start at or after `from` (in the old `catalog.json`, up to the
/// next shift's `from`) start `by` bytes later in the new one. Entries copied from one
/// catalog to the next keep their order and length, so a few shifts say where all of them
/// went: one per run of entries between changed ones.
public struct CatalogShift: Sendable, Equatable {
  public var from: Int
  public var by: Int
}

/// The shifts that move the entries copied from one catalog to the next, found as the
/// entries are laid out in order.
struct CatalogShifts {
  private var found: [CatalogShift] = []
  private var current = 0
  private var previousStart = Int.min
  private var isShift = true

  /// Notes that the entry at `old` in the old catalog lies at `new` in the new one.
  mutating func add(moving old: Range<Int>, to new: Range<Int>) {
    // Copied entries keep their length and their order; anything else is no shift.
    guard old.count == new.count, old.lowerBound > previousStart else {
      isShift = false
      return
    }
    previousStart = old.lowerBound
    let by = new.lowerBound - old.lowerBound
    if by != current {
      found.append(CatalogShift(from: old.lowerBound, by: by))
      current = by
    }
  }

  /// The shifts, sorted by `from`; nil when the entries did not move as copies do.
  var shifts: [CatalogShift]? { isShift ? found : nil }
}

extension CatalogShift {
  /// Where `range` of the old catalog is in the new one, by `shifts` (sorted by `from`).
  static func apply(_ shifts: [CatalogShift], to range: Range<Int>) -> Range<Int> {
    var low = 0
    var high = shifts.count
    while low < high {
      let middle = (low + high) / 2
      if shifts[middle].from <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return range }
    let by = shifts[low - 1].by
    return (range.lowerBound + by)..<(range.upperBound + by)
  }
}
