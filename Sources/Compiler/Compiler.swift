import Diagnostics
import Dispatch
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
  /// What each tree decoded to; the procedures only when `keepModels` was asked for.
  public var definitions: [DefinitionSet]

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// Whether a file could not be read at all (an input failure, not a mistake in it).
  public var hasUnreadableFiles: Bool { diagnostics.contains { $0.code == .Y015 } }
}

/// The pipeline: discover → read → decode (per file, in parallel) → check references (per tree).
public enum Compiler {
  /// Checks the trees and files at `paths`.
  ///
  /// With `keepModels` false (what `tthc check` uses), each procedure's model is dropped as
  /// soon as its own checks are done and only a small summary is kept for the whole-tree
  /// checks, so memory does not grow with the size of a national tree; the sources of files
  /// with diagnostics are kept for excerpts.
  public static func check(
    paths: [String], limits: ReaderLimits = .standard, keepModels: Bool = true, progress: Progress? = nil
  ) throws(InputError) -> CheckResult {
    var trees: [DiscoveredTree] = []
    for path in paths { trees.append(try FileDiscovery.discover(path)) }
    var result = CheckResult(diagnostics: [], sources: [:], filesChecked: 0, definitions: [])
    var suppressions: [Suppression] = []
    for tree in trees {
      // Registries first (a handful of files), then every procedure in parallel against them.
      let registryFiles = tree.files.filter { $0.role != .procedure }
      let procedureFiles = tree.files.filter { $0.role == .procedure }
      var set = DefinitionSet(
        root: tree.root, catalog: nil, agencies: nil, sectors: nil, procedures: [], missingRegistries: tree.missingRegistries)
      for check in registryFiles.map({ FileCheck.run(path: $0.path, role: $0.role, limits: limits) }) {
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
      progress?.start("tthc check:", total: procedureFiles.count)
      let checks = checkProcedures(
        procedureFiles.map(\.path), against: registries, limits: limits, keepModels: keepModels, progress: progress)
      for check in checks {
        result.collect(check, keepingSource: keepModels || !check.diagnostics.isEmpty)
        suppressions += check.suppressions
        if let summary = check.summary { summaries.append(summary) }
        if case .procedure(let procedure) = check.decoded { set.procedures.append(procedure) }
      }
      result.diagnostics += ReferenceChecker.checkTree(
        root: set.root, missingRegistries: set.missingRegistries, procedures: summaries)
      result.filesChecked += tree.files.count
      result.definitions.append(set)
    }
    progress?.finish()
    result.diagnostics = Suppression.apply(suppressions, to: result.diagnostics).sortedUnique()
    result.loadMissingSources()
    return result
  }

  /// Reads, decodes and checks each procedure on all cores; results keep the order of `paths`.
  static func checkProcedures(
    _ paths: [String], against registries: RegistryIndex, limits: ReaderLimits, keepModels: Bool, progress: Progress?
  ) -> [FileCheck] {
    let slots = ParallelSlots<FileCheck>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      var check = FileCheck.run(path: paths[index], role: .procedure, limits: limits)
      if case .procedure(let procedure) = check.decoded {
        check.diagnostics += ReferenceChecker.check(procedure, in: registries)
        check.diagnostics += ExpressionChecker.check(procedure)
        check.diagnostics += WorkflowChecker.check(procedure)
        check.diagnostics += OnlineLevelChecker.check(procedure)
        check.diagnostics += ContentChecker.check(procedure, requiredLanguages: registries.requiredLanguages)
        check.summary = ProcedureSummary(procedure)
        if !keepModels { check.decoded = .nothing }
      }
      // Without diagnostics there is nothing to show of the file: let its bytes go now.
      if !keepModels && check.diagnostics.isEmpty { check.source = nil }
      slots.store(check, at: index)
      progress?.advance()
    }
    return slots.results
  }
}

extension CheckResult {
  mutating func collect(_ check: FileCheck, keepingSource: Bool = true) {
    diagnostics += check.diagnostics
    if keepingSource, let source = check.source { sources[source.path] = source }
  }

  /// Reads again the few files that got a diagnostic only in the whole-tree checks, so their
  /// excerpts can be shown.
  mutating func loadMissingSources() {
    for path in Set(diagnostics.map { $0.range.file }) where sources[path] == nil {
      if case .bytes(let bytes) = FileReader.read(path, limit: ReaderLimits.standard.maxFileBytes) {
        sources[path] = SourceFile(path: path, bytes: bytes)
      }
    }
  }
}

/// One slot per task, each written by exactly one worker, read after all have finished.
final class ParallelSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: max(count, 1))
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: Value, at index: Int) {
    slots[index] = value
  }

  var results: [Value] { slots.compactMap { $0 } }
}
