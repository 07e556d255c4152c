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
      let checks = checkFiles(tree.files, limits: limits)
      var set = DefinitionSet(
        root: tree.root, catalog: nil, agencies: nil, sectors: nil, procedures: [], missingRegistries: tree.missingRegistries)
      for check in checks {
        result.diagnostics += check.diagnostics
        if let source = check.source { result.sources[source.path] = source }
        switch check.decoded {
        case .catalog(let catalog): set.catalog = catalog
        case .agencies(let agencies): set.agencies = agencies
        case .sectors(let sectors): set.sectors = sectors
        case .procedure(let procedure): set.procedures.append(procedure)
        case .nothing: break
        }
      }
      result.diagnostics += ReferenceChecker.check(set)
      result.filesChecked += tree.files.count
      result.definitions.append(set)
    }
    result.diagnostics = result.diagnostics.sortedUnique()
    return result
  }

  /// Checks files on all cores; the order of the results is the order of `files`.
  static func checkFiles(_ files: [(path: String, role: FileRole)], limits: ReaderLimits) -> [FileCheck] {
    let slots = ResultSlots(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      slots.store(FileCheck.run(path: files[index].path, role: files[index].role, limits: limits), at: index)
    }
    return slots.results
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
