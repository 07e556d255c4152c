import Diagnostics
import Dispatch
import Generators
import Mustache
import Model
import Semantics

/// `tthc build`: check, then generate every output file from the checked definitions.
public enum Builder {
  /// Generators of files about one procedure each, run for procedures in parallel.
  static func procedureGenerators(formTemplate: MustacheTemplate?) -> [any ProcedureGenerator] {
    [
      FormHTMLGenerator(template: formTemplate), FormSchemaGenerator(), WorkflowTableGenerator(), WorkflowCSVGenerator(),
      BPMNGenerator(),
    ]
  }

  /// What a build gives: the check's result, and the files when there were no errors.
  public struct Outcome: Sendable {
    public var check: CheckResult
    /// The files made in full, sorted by path (with a cache: those of the procedures checked
    /// again, and the catalog schema); nil when there were errors.
    public var files: [OutputFile]?
    /// Files of the output folder taken over as they are (with a cache): the generated files
    /// of procedures that did not change, in no particular order.
    public var kept: [String] = []
    /// Files made partly of ranges of their current version (with a cache: the catalog).
    public var spliced: [SplicedFile] = []
    /// The cache to save once the files are written (`Builder.finish`).
    public var cache: TreeCache?
  }

  /// Writes a successful build's files to `folder` and, with `cache`, saves what the build
  /// learned; after errors only the cache is saved (nothing is written).
  public static func finish(
    _ outcome: Outcome, writingTo folder: String, cache: IncrementalBuild?,
    templateDigest: ContentDigest = IncrementalBuild.builtInTemplate
  ) throws(OutputTree.Failure) {
    let root = outcome.check.definitions.first?.root
    guard let files = outcome.files else {
      if let cache, let records = outcome.cache, !outcome.check.cacheIsCurrent, let root {
        cache.store.save(records, tree: root)
      }
      return
    }
    let written = try OutputTree.write(files, spliced: outcome.spliced, keeping: outcome.kept, to: folder)
    if let cache, let records = outcome.cache, let root {
      cache.save(records, tree: root, written: written, template: templateDigest, isCurrent: outcome.check.cacheIsCurrent)
    }
  }

  /// Checks `path` (one definitions tree) and, without errors, makes every output file.
  ///
  /// With `cache`, procedures unchanged since the last build into the same output folder are
  /// neither checked nor generated again: their files are kept and their catalog entries are
  /// copied from the folder's `catalog.json`.
  public static func build(
    path: String, formTemplate: MustacheTemplate? = nil, templateDigest: ContentDigest = IncrementalBuild.builtInTemplate,
    progress: Progress? = nil, cache: IncrementalBuild? = nil
  ) throws(InputError) -> Outcome {
    // Files a killed update left half-moved must be in place before the cache looks at them.
    if let cache { OutputTree.finishInterruptedUpdate(of: cache.folder) }
    let use = cache.map { $0.cacheUse(templateDigest: templateDigest) }
    var check = try Compiler.check(paths: [path], keepModels: true, progress: progress, cache: use)
    var treeCache = check.cache
    check.cache = nil
    guard !check.hasErrors, let set = check.definitions.first, let catalog = set.catalog, let agencies = set.agencies,
      let sectors = set.sectors
    else { return Outcome(check: check, files: nil, cache: treeCache) }
    let input = BuildInput(catalog: catalog, agencies: agencies, sectors: sectors, procedures: set.procedures, calendar: set.calendar)

    // Per procedure, in parallel: its files and its catalog entry.
    let perProcedure = procedureGenerators(formTemplate: formTemplate)
    let catalogGenerator = CatalogGenerator()
    let slots = ParallelSlots<(files: [OutputFile], entry: [UInt8])>(count: input.procedures.count)
    progress?.start("tthc build:", total: input.procedures.count)
    DispatchQueue.concurrentPerform(iterations: input.procedures.count) { index in
      let procedure = input.procedures[index]
      slots.store(
        (perProcedure.flatMap { $0.generate(procedure, in: input) }, Array(catalogGenerator.entry(for: procedure, in: input).utf8)),
        at: index)
      progress?.advance()
    }
    progress?.finish()
    let generated = slots.results

    // Entries of unchanged procedures are copied from the current catalog; all go in by code.
    var entries = zip(input.procedures, generated).map {
      (code: $0.code, path: $0.procedure.source.path, entry: SplicedFile.Piece.bytes($1.entry[...]))
    }
    var kept: [String] = []
    if let cache, let pending = treeCache {
      let carried = pending.files.values.filter { $0.outputs != nil }
      if !carried.isEmpty {
        guard let located = cache.locateEntries(of: carried, expecting: pending.output?.catalog) else {
          // The output folder changed during the build: make everything afresh.
          return try build(path: path, formTemplate: formTemplate, templateDigest: templateDigest, progress: progress)
        }
        entries += located.map { ($0.code, $0.path, SplicedFile.Piece.copy($0.range)) }
        kept = carried.flatMap { $0.outputs!.files.map(\.path) }
      }
    }
    entries.sort { $0.code < $1.code }
    let frame = catalogGenerator.frame(input, entryCount: entries.count)
    let (catalogFile, ranges) = SplicedFile.layout(
      path: "catalog.json", frame: frame.bytes, places: frame.places, entries: entries.map(\.entry))
    if let cache, treeCache != nil {
      cache.place(
        entriesOf: entries.map(\.path), at: ranges,
        generated: zip(input.procedures, generated).map { ($0.procedure.source.path, $1.files) }, in: &treeCache!)
    }
    var files = CatalogSchemaGenerator().generate(input) + generated.flatMap(\.files)
    var spliced: [SplicedFile] = []
    if let bytes = catalogFile.bytesWithoutCopies { files.append(OutputFile(path: catalogFile.path, bytes: bytes)) } else { spliced.append(catalogFile) }
    return Outcome(check: check, files: files.sorted { $0.path < $1.path }, kept: kept, spliced: spliced, cache: treeCache)
  }
}
