import Generators

/// A build that uses the cache: the output folder it writes, and how the cache's records
/// relate to that folder.
///
/// A record's generated files are taken over when the record says where they are and every
/// one of them still has the stamp it had when it was written; its catalog entry is copied
/// from `catalog.json` when that file, too, is as the last build left it. Anything else
/// makes the procedure be checked and generated again.
public struct IncrementalBuild: Sendable {
  public var store: CacheStore
  /// The output folder's absolute path.
  public var folder: String

  /// What the built-in form template counts as in the cache.
  public static let builtInTemplate = ContentDigest.of("tthc built-in form template")

  public init(store: CacheStore, outputFolder: String) {
    self.store = store
    self.folder = CacheStore.absolute(outputFolder)
  }

  func cacheUse(templateDigest: ContentDigest) -> CacheUse {
    let folder = self.folder
    return CacheUse(store: store) { previous in
      guard let output = previous.output, output.folder == folder, output.template == templateDigest,
        FileStamp.of(folder + "/catalog.json", following: false)?.isSameOutput(as: output.catalog) == true
      else { return { _ in false } }
      let handles = FolderHandles(root: folder)
      return { record in
        guard let outputs = record.outputs else { return false }
        return outputs.files.allSatisfy { file in
          guard let stamp = file.stamp else { return false }
          return handles.stamp(of: file.path)?.isSameOutput(as: stamp) == true
        }
      }
    }
  }

  /// Where the catalog entries of `records` are in the folder's `catalog.json`; nil when it
  /// is not the file the records were made with.
  func locateEntries(of records: [CachedFile], expecting stamp: FileStamp?) -> [(code: String, path: String, range: Range<Int>)]? {
    guard let stamp, let found = FileStamp.of(folder + "/catalog.json", following: false), found.isSameOutput(as: stamp) else {
      return nil
    }
    var entries: [(code: String, path: String, range: Range<Int>)] = []
    entries.reserveCapacity(records.count)
    for record in records {
      guard let range = record.outputs?.catalogEntry, let code = record.summary?.code, range.lowerBound >= 0,
        range.upperBound <= Int(found.size)
      else { return nil }
      entries.append((code, record.path, range))
    }
    return entries
  }

  /// Notes in `cache` where each procedure's entry lands in the new catalog, and which files
  /// the newly generated procedures have (their stamps follow once written).
  func place(
    entriesOf paths: [String], at ranges: [Range<Int>], generated: [(path: String, files: [String])],
    in cache: inout TreeCache
  ) {
    for (path, files) in generated {
      cache.files[path]?.outputs = CachedOutputs(
        files: files.map { CachedOutputFile(path: $0, stamp: nil) }, catalogEntry: 0..<0)
    }
    for (path, range) in zip(paths, ranges) { cache.files[path]?.outputs?.catalogEntry = range }
  }

  /// Saves `cache` for the tree at `root` once the output folder holds what the build made:
  /// `written` has the stamps of the files written or linked, `template` what they were made
  /// with. Nothing is written when the cache file already says all of it (`isCurrent`: the
  /// check changed no record, and no output's stamp changed).
  public func save(
    _ cache: TreeCache, tree root: String, written: [String: FileStamp], template: ContentDigest, isCurrent: Bool = false
  ) {
    var cache = cache
    var changed = !isCurrent
    // Records are changed in place, and only where a stamp differs: a national tree has
    // 125,000 of them, and a copy of each would cost more than the rest of saving.
    var index = cache.files.values.startIndex
    while index != cache.files.values.endIndex {
      defer { cache.files.values.formIndex(after: &index) }
      guard let outputs = cache.files.values[index].outputs?.files else { continue }
      for (position, file) in outputs.enumerated() {
        guard let stamp = written[file.path] else { continue }
        if let recorded = file.stamp, recorded.isSameOutput(as: stamp) { continue }
        cache.files.values[index].outputs!.files[position].stamp = stamp
        changed = true
      }
    }
    let output = written["catalog.json"].map { CachedOutputFolder(folder: folder, template: template, catalog: $0) }
    if output != cache.output { changed = true }
    cache.output = output
    if changed { store.save(cache, tree: root) }
  }
}
