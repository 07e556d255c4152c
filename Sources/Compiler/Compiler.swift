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
  /// What each tree decoded to.
  public var definitions: [DefinitionSet]

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The pipeline: discover → read → decode (per file, in parallel) → check references (per tree).
public enum Compiler {
  public static func check(paths: [String], limits: ReaderLimits = .standard) throws(InputError) -> CheckResult {
    var trees: [DiscoveredTree] = []
    for path in paths { trees.append(try FileDiscovery.discover(path)) }
    var result = CheckResult(diagnostics: [], sources: [:], filesChecked: 0, definitions: [])
    for tree in trees {
      // Registries first (a handful of files), then every procedure in parallel against them.
      let registryFiles = tree.files.filter { $0.role != .procedure }
      let procedureFiles = tree.files.filter { $0.role == .procedure }
      var set = DefinitionSet(
        root: tree.root, catalog: nil, agencies: nil, sectors: nil, procedures: [], missingRegistries: tree.missingRegistries)
      for check in registryFiles.map({ FileCheck.run(path: $0.path, role: $0.role, limits: limits) }) {
        result.collect(check)
        switch check.decoded {
        case .catalog(let catalog): set.catalog = catalog
        case .agencies(let agencies): set.agencies = agencies
        case .sectors(let sectors): set.sectors = sectors
        case .procedure, .nothing: break
        }
      }
      let registries = RegistryIndex(catalog: set.catalog, agencies: set.agencies, sectors: set.sectors)
      for check in checkProcedures(procedureFiles.map(\.path), against: registries, limits: limits) {
        result.collect(check)
        if case .procedure(let procedure) = check.decoded { set.procedures.append(procedure) }
      }
      result.diagnostics += ReferenceChecker.checkTree(set)
      result.filesChecked += tree.files.count
      result.definitions.append(set)
    }
    result.diagnostics = result.diagnostics.sortedUnique()
    return result
  }

  /// Reads, decodes and checks each procedure on all cores; results keep the order of `paths`.
  static func checkProcedures(_ paths: [String], against registries: RegistryIndex, limits: ReaderLimits) -> [FileCheck] {
    let slots = ResultSlots(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      var check = FileCheck.run(path: paths[index], role: .procedure, limits: limits)
      if case .procedure(let procedure) = check.decoded {
        check.diagnostics += ReferenceChecker.check(procedure, in: registries)
      }
      slots.store(check, at: index)
    }
    return slots.results
  }
}

extension CheckResult {
  mutating func collect(_ check: FileCheck) {
    diagnostics += check.diagnostics
    if let source = check.source { sources[source.path] = source }
  }
}

/// One slot per file, each written by exactly one worker, read after all have finished.
private final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<FileCheck?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ check: FileCheck, at index: Int) {
    slots[index] = check
  }

  var results: [FileCheck] { slots.compactMap { $0 } }
}
