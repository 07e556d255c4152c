import Diagnostics
import Foundation
import Generators
import Model
import Semantics

/// `tthc build`: check, then generate every output file from the checked definitions.
public enum Builder {
  /// Generators of files about one procedure each, run for procedures in parallel.
  static func procedureGenerators(formTemplate: FormPageTemplate?) -> [any ProcedureGenerator] {
    [
      FormHTMLGenerator(template: formTemplate), FormSchemaGenerator(), WorkflowTableGenerator(), WorkflowCSVGenerator(),
      BPMNGenerator(),
    ]
  }

  /// What a build gives: the check's result and, without errors, what the build made.
  public struct Outcome: Sendable {
    public var check: CheckResult
    /// Whether the files were made (false after errors: nothing is to be written).
    public var succeeded = false
    /// How many files the sink was given: those of the procedures checked again, and the
    /// catalog schema.
    public var made = 0
    /// With a build in memory, the files made in full, sorted by path (with the catalog when
    /// it copies nothing from the output folder); nil when there were errors.
    public var files: [OutputFile]?
    /// Files of the output folder taken over as they are (with a cache): the generated files
    /// of procedures that did not change.
    public var kept = KeptFiles()
    /// Files laid out from pieces (the catalog): new bytes, spooled entries and, with a
    /// cache, ranges of the current file.
    public var spliced: [SplicedFile] = []
    /// The cache to save once the files are written (`Builder.finish`).
    public var cache: TreeCache?

    /// How many files the output folder holds after this build.
    public var total: Int { made + spliced.count + kept.count }
  }

  /// Writes a build in memory's files to `folder` and, with `cache`, saves what the build
  /// learned; after errors only the cache is saved (nothing is written).
  public static func finish(
    _ outcome: inout Outcome, writingTo folder: String, cache: IncrementalBuild?,
    templateDigest: ContentDigest = IncrementalBuild.builtInTemplate
  ) throws(OutputTree.Failure) {
    guard let files = outcome.files else { return saveAfterErrors(outcome, cache: cache) }
    let staging = try OutputStaging(folder: folder)
    staging.accept(all: files)
    try finish(&outcome, staged: staging, cache: cache, templateDigest: templateDigest)
  }

  /// Puts a build's staged files in place (or, after errors, throws them away) and, with
  /// `cache`, saves what the build learned. Unless `waitingForReleases` is false (a process
  /// that goes on, `--watch`), it returns once the replaced files are let go of.
  ///
  /// The outcome's cache records are updated in place with the stamps of the files written:
  /// taken out of `outcome` while that is done, so that a national tree's 125,000 records are
  /// not copied first.
  public static func finish(
    _ outcome: inout Outcome, staged staging: OutputStaging, cache: IncrementalBuild?,
    templateDigest: ContentDigest = IncrementalBuild.builtInTemplate, waitingForReleases: Bool = true
  ) throws(OutputTree.Failure) {
    guard outcome.succeeded else {
      staging.discard()
      return saveAfterErrors(outcome, cache: cache)
    }
    let written = try staging.commit(spliced: outcome.spliced, keeping: outcome.kept, spares: cache?.spares)
    defer { if waitingForReleases { staging.finishReleasing() } }
    guard let cache, var records = outcome.cache, let root = outcome.check.definitions.first?.root else { return }
    outcome.cache = nil
    cache.save(&records, tree: root, written: written, template: templateDigest, isCurrent: outcome.check.cacheIsCurrent)
    outcome.cache = records
  }

  private static func saveAfterErrors(_ outcome: Outcome, cache: IncrementalBuild?) {
    if let cache, let records = outcome.cache, !outcome.check.cacheIsCurrent, let root = outcome.check.definitions.first?.root {
      cache.store.save(records, tree: root)
    }
  }

  /// Checks `path` (one definitions tree) and, without errors, makes every output file in
  /// memory (`Outcome.files`): for small trees and tests. `build(path:…into:)` streams.
  public static func build(
    path: String, formTemplate: FormPageTemplate? = nil, templateDigest: ContentDigest = IncrementalBuild.builtInTemplate,
    progress: Progress? = nil, cache: IncrementalBuild? = nil
  ) throws(InputError) -> Outcome {
    let collected = CollectedOutput()
    var outcome = try build(
      path: path, formTemplate: formTemplate, templateDigest: templateDigest, progress: progress, cache: cache, into: collected)
    guard outcome.succeeded else { return outcome }
    var files = collected.files
    outcome.spliced = outcome.spliced.filter { file in
      guard let bytes = file.bytesWithoutCopies else { return true }
      files.append(OutputFile(path: file.path, bytes: bytes))
      outcome.made += 1
      return false
    }
    outcome.files = files.sorted { $0.path < $1.path }
    return outcome
  }

  /// Checks `path` (one definitions tree) and makes every output file into `sink`: each
  /// procedure's files as soon as its own checks pass, while its model is in memory, so a
  /// build's memory does not grow with the tree. After errors the sink holds files that
  /// must not be used (`OutputStaging.discard`).
  ///
  /// With `cache`, procedures unchanged since the last build into the same output folder are
  /// neither checked nor generated again: their files are kept and their catalog entries are
  /// copied from the folder's `catalog.json`. Without `keepSources`, no procedure's source
  /// is kept for excerpts (for output formats that show none). `checked` is given the check's
  /// result as soon as it is known (as the outcome will hold it), so that a report can be
  /// made while the catalog is laid out.
  public static func build(
    path: String, formTemplate: FormPageTemplate? = nil, templateDigest: ContentDigest = IncrementalBuild.builtInTemplate,
    progress: Progress? = nil, cache: IncrementalBuild? = nil, keepSources: Bool = true,
    checked: ((CheckResult) -> Void)? = nil, into sink: some OutputSink
  ) throws(InputError) -> Outcome {
    // Files a killed update left half-moved must be in place before the cache looks at them.
    if let cache { OutputTree.finishInterruptedUpdate(of: cache.folder) }
    let use = cache.map { $0.cacheUse(templateDigest: templateDigest) }
    let generated = GeneratedProcedures()
    let perProcedure = procedureGenerators(formTemplate: formTemplate)
    let catalogGenerator = CatalogGenerator()
    var check = try Compiler.check(
      paths: [path], keepModels: false, keepSources: keepSources, progress: progress, cache: use
    ) { set in
      guard let input = BuildInput(registriesOf: set) else { return nil }
      return { procedure in
        let checked = CheckedProcedure(procedure)
        var paths: [String] = []
        for generator in perProcedure {
          for file in generator.generate(checked, in: input) {
            sink.accept(file)
            paths.append(file.path)
          }
        }
        let entry = sink.keep(entry: catalogGenerator.entry(for: checked, in: input))
        generated.add(code: checked.code, path: procedure.source.path, entry: entry, files: paths)
      }
    }
    var treeCache = check.cache
    check.cache = nil
    checked?(check)
    guard !check.hasErrors, let set = check.definitions.first, let input = BuildInput(registriesOf: set) else {
      return Outcome(check: check, cache: treeCache)
    }
    let made = generated.all

    // Entries of unchanged procedures are copied from the current catalog; all go in by code.
    var entries = made.map { IncrementalBuild.CatalogEntry(code: $0.code, piece: $0.entry, owner: .generated(path: $0.path)) }
    var kept = KeptFiles()
    if let cache, let pending = treeCache {
      guard let carried = cache.carriedEntries(of: pending) else {
        // The output folder changed during the build: make everything afresh.
        sink.reset()
        return try build(
          path: path, formTemplate: formTemplate, templateDigest: templateDigest, progress: progress,
          keepSources: keepSources, checked: checked, into: sink)
      }
      entries = IncrementalBuild.CatalogEntry.inCodeOrder(carried: carried.entries, made: entries)
      kept = carried.kept
    } else {
      entries.sort { $0.code < $1.code }
    }
    let frame = catalogGenerator.frame(input, entryCount: entries.count)
    let (catalogFile, ranges) = SplicedFile.layout(
      path: "catalog.json", frame: frame.bytes, places: frame.places, entries: entries.map(\.piece))
    if let cache, treeCache != nil {
      let files = Dictionary(made.map { ($0.path, $0.files) }, uniquingKeysWith: { first, _ in first })
      cache.place(entries, at: ranges, generated: files, in: &treeCache!)
    }
    let schemas = CatalogSchemaGenerator().generate(input)
    for file in schemas { sink.accept(file) }
    return Outcome(
      check: check, succeeded: true, made: schemas.count + made.reduce(0) { $0 + $1.files.count }, kept: kept,
      spliced: [catalogFile], cache: consume treeCache)
  }
}

/// What the build made of each procedure checked again, gathered from parallel workers.
final class GeneratedProcedures: @unchecked Sendable {
  struct Made {
    var code: String
    var path: String
    var entry: SplicedFile.Piece
    var files: [String]
  }

  private let lock = NSLock()
  private var made: [Made] = []

  func add(code: String, path: String, entry: SplicedFile.Piece, files: [String]) {
    lock.withLock { made.append(Made(code: code, path: path, entry: entry, files: files)) }
  }

  var all: [Made] { lock.withLock { made } }
}

extension BuildInput {
  /// What generators read of a tree besides its procedures; nil when a registry is missing.
  init?(registriesOf set: DefinitionSet) {
    guard let catalog = set.catalog, let agencies = set.agencies, let sectors = set.sectors else { return nil }
    self.init(catalog: catalog, agencies: agencies, sectors: sectors, procedures: [], calendar: set.calendar)
  }
}
