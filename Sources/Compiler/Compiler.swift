import Diagnostics
import Dispatch
import Foundation
import Model
import Semantics
import YAMLReader

/// The result of checking one or more trees.
public struct CheckResult: Sendable {
  /// Every diagnostic, sorted by file, line, column and code, without repeats.
  public var diagnostics: [Diagnostic]
  /// The source of every file read, by path, for rendering excerpts.
  public var sources: [String: SourceFile]
  /// How many files were read.
  public var filesChecked: Int
  /// What each tree decoded to; the procedures only when `keepModels` was asked for, and
  /// with a cache only those that were checked again.
  public var definitions: [DefinitionSet]
  /// With a cache: the records to save, one per procedure file that could be read.
  public var cache: TreeCache?
  /// How many procedure files were taken from the cache instead of being checked again.
  public var filesFromCache = 0
  /// Whether `cache` holds exactly what the cache file already says (no need to save it).
  public var cacheIsCurrent = false

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// Whether a file could not be read at all (an input failure, not a mistake in it).
  public var hasUnreadableFiles: Bool { diagnostics.contains { $0.code == .Y015 } }
}

/// Work done on a procedure right after its own checks, on the worker that checked it.
public typealias ProcedureHandler = @Sendable (Procedure) -> Void

/// The pipeline: discover → read → decode (per file, in parallel) → check references (per tree).
public enum Compiler {
  /// Checks the trees and files at `paths`.
  ///
  /// With `keepModels` false (what `tthc check` uses), each procedure's model is dropped as
  /// soon as its own checks are done and only a small summary is kept for the whole-tree
  /// checks, so memory does not grow with the size of a national tree; the sources of files
  /// with diagnostics are kept for excerpts unless `keepSources` is false (output formats
  /// without excerpts).
  ///
  /// With `cache`, used only for one whole tree, files unchanged since the run that left the
  /// cache are taken from it instead of being checked again (see `ProcedureCheck`).
  ///
  /// With `handling`, each tree's decoded registries may give a handler that is then run on
  /// every procedure checked again whose own checks found no error (whole-tree checks come
  /// after, so a handled procedure may still end in a failed check).
  public static func check(
    paths: [String], limits: ReaderLimits = .standard, keepModels: Bool = true, keepSources: Bool = true,
    progress: Progress? = nil, cache: CacheUse? = nil, handling: ((DefinitionSet) -> ProcedureHandler?)? = nil
  ) throws(InputError) -> CheckResult {
    // A national tree's cache file is read while the tree's folders are listed.
    let preloaded = paths.count == 1 ? cache.flatMap { $0.preload(tree: paths[0]) } : nil
    var trees: [DiscoveredTree] = []
    for path in paths { trees.append(try discover(path, cache: cache)) }
    let cache = trees.count == 1 && trees[0].isWhole ? cache : nil
    let recentSince = Int64(Date().timeIntervalSince1970.rounded(.down)) - 1
    var result = CheckResult(diagnostics: [], sources: [:], filesChecked: 0, definitions: [])
    var suppressions: [Suppression] = []
    for tree in trees {
      // Registries first (a handful of files), then every procedure in parallel against them.
      let registryFiles = tree.files.filter { $0.role != .procedure }
      let procedureFiles = tree.files.filter { $0.role == .procedure }
      var set = DefinitionSet(
        root: tree.root, catalog: nil, agencies: nil, sectors: nil, procedures: [], missingRegistries: tree.missingRegistries)
      let registryChecks = registryFiles.map { (path: $0.path, check: FileCheck.run(path: $0.path, role: $0.role, limits: limits)) }
      for (_, check) in registryChecks {
        result.collect(check)
        suppressions += check.suppressions
        switch check.decoded {
        case .catalog(let catalog): set.catalog = catalog
        case .agencies(let agencies): set.agencies = agencies
        case .sectors(let sectors): set.sectors = sectors
        case .calendar(let calendar): set.calendar = calendar
        case .procedure, .nothing: break
        }
      }
      let registries = RegistryIndex(catalog: set.catalog, agencies: set.agencies, sectors: set.sectors)
      var summaries: [ProcedureSummary] = []
      summaries.reserveCapacity(procedureFiles.count)
      var lookup: ProcedureCheck.Lookup?
      if let cache {
        let context = CacheContext.digest(
          registries: registryChecks.map { ($0.path, $0.check.source?.bytes) }, limits: limits,
          program: cache.store.programDigest())
        var loaded: TreeCache?
        if let preloaded, preloaded.file == cache.store.file(forTree: tree.root) {
          loaded = preloaded.cache.value
        } else {
          loaded = cache.store.load(tree: tree.root)
        }
        let previous = loaded.flatMap { $0.context == context ? $0 : nil }
        var reusable: @Sendable (CachedFile) -> Bool = { _ in true }
        if let previous { reusable = cache.filter(previous) }
        lookup = ProcedureCheck.Lookup(
          previous: previous?.files ?? [:], reusable: reusable, recentSince: recentSince, changes: cache.changes)
        result.cache = TreeCache(context: context, output: previous?.output, files: [:])
        result.cache?.delta = previous?.delta.map { CacheDelta(origin: $0.origin) }
        result.cache?.files.reserveCapacity(procedureFiles.count)
        result.cacheIsCurrent = previous != nil
      }
      let handle = handling?(set)
      progress?.start(handle == nil ? "tthc check:" : "tthc build:", total: procedureFiles.count)
      let checks = checkProcedures(
        procedureFiles.map(\.path),
        with: ProcedureCheck(
          registries: registries, limits: limits, keepModels: keepModels, keepSources: keepSources, cache: lookup, handle: handle),
        progress: progress)
      // Each check is moved out of its slot, in file order, and its parts into the result:
      // copying 125,000 of them would retain every part once more, only to release it again.
      for index in procedureFiles.indices {
        guard var check = checks.take(at: index) else { continue }
        // The record is moved into the tree's records too, not copied with all it holds.
        if let record = check.record.take() {
          let path = record.path
          result.cache?.files[path] = consume record
          if !check.recordUnchanged {
            result.cacheIsCurrent = false
            result.cache?.noteChanged(path)
          }
        }
        if check.fromCache { result.filesFromCache += 1 }
        result.collect(check)  // `ProcedureCheck` has already let go of the sources not needed
        suppressions += check.suppressions
        if let summary = check.summary { summaries.append(summary) }
        if case .procedure(let procedure) = check.decoded { set.procedures.append(procedure) }
      }
      if let lookup, result.cache != nil {
        if result.cache!.files.count != lookup.previous.count { result.cacheIsCurrent = false }
        result.cache!.noteRecordsRemoved(since: lookup.previous)
      }
      result.diagnostics += ReferenceChecker.checkTree(
        root: set.root, missingRegistries: set.missingRegistries, procedures: summaries)
      result.filesChecked += tree.files.count
      result.definitions.append(set)
    }
    progress?.finish()
    result.diagnostics = Suppression.apply(suppressions, to: result.diagnostics).sortedUnique()
    return result
  }

  /// The tree at `path`; in a watching process, the one found last time when the watch saw
  /// no definition file appear or go since.
  static func discover(_ path: String, cache: CacheUse?) throws(InputError) -> DiscoveredTree {
    guard let resident = cache?.store.resident else { return try FileDiscovery.discover(path) }
    if let changes = cache?.changes, let known = resident.tree(discoveredAt: path),
      FileDiscovery.holdsTheSameFiles(known.tree, paths: known.paths, given: changes)
    {
      return known.tree
    }
    let tree = try FileDiscovery.discover(path)
    if tree.isWhole { resident.keep(tree, discoveredAt: path) }
    return tree
  }

  /// Checks each procedure on all cores: the check of each file in `paths` is in the slot
  /// of its index.
  ///
  /// Files go in batches: a worker checks a batch's files, then hands their models over
  /// (`ProcedureCheck.handOver`) one after another.
  static func checkProcedures(
    _ paths: [String], with procedureCheck: ProcedureCheck, progress: Progress?
  ) -> ParallelSlots<FileCheck> {
    let slots = ParallelSlots<FileCheck>(count: paths.count)
    let batch = batchSize(files: paths.count, workers: ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: (paths.count + batch - 1) / batch) { batchIndex in
      let indices = batchIndex * batch..<min(paths.count, (batchIndex + 1) * batch)
      let folders = FolderHandles()
      var checks = indices.map { procedureCheck.run(paths[$0], folders: folders) }
      for (offset, index) in indices.enumerated() {
        procedureCheck.handOver(&checks[offset])
        slots.store(checks[offset], at: index)
        progress?.advance()
      }
    }
    return slots
  }

  /// Files per batch: up to 64 (what a worker holds in models at once), and few enough that
  /// each worker gets at least eight batches to even out the work.
  static func batchSize(files: Int, workers: Int) -> Int {
    max(1, min(64, files / max(1, workers * 8)))
  }
}

extension CheckResult {
  mutating func collect(_ check: FileCheck) {
    diagnostics += check.diagnostics
    if let source = check.source { sources[source.path] = source }
  }

  /// Reads again the files whose diagnostics came from the cache or from the whole-tree
  /// checks, so that their excerpts can be shown; only text output needs them.
  public mutating func loadMissingSources() {
    // Diagnostics are sorted by file: each file's come together.
    var files: [String] = []
    for diagnostic in diagnostics where diagnostic.range.file != files.last && sources[diagnostic.range.file] == nil {
      files.append(diagnostic.range.file)
    }
    let missing = files
    let loaded = ParallelSlots<SourceFile>(count: missing.count)
    DispatchQueue.concurrentPerform(iterations: missing.count) { index in
      if case .bytes(let bytes) = FileReader.read(missing[index], limit: ReaderLimits.standard.maxFileBytes) {
        loaded.store(SourceFile(path: missing[index], bytes: bytes), at: index)
      }
    }
    for source in loaded.takeResults() { sources[source.path] = source }
  }
}
