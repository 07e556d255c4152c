import Diagnostics
import Dispatch
import Generators
import Mustache
import Model
import Semantics

/// `tthc build`: check, then generate every output file from the checked definitions.
public enum Builder {
  /// Generators of files about the whole tree.
  static let treeGenerators: [any Generator] = [CatalogGenerator(), CatalogSchemaGenerator()]

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
    public var files: [OutputFile]?
  }

  /// Checks `path` (one definitions tree) and, without errors, makes every output file.
  public static func build(
    path: String, formTemplate: MustacheTemplate? = nil, progress: Progress? = nil
  ) throws(InputError) -> Outcome {
    let check = try Compiler.check(paths: [path], keepModels: true, progress: progress)
    guard !check.hasErrors, let set = check.definitions.first, let catalog = set.catalog, let agencies = set.agencies,
      let sectors = set.sectors
    else { return Outcome(check: check, files: nil) }
    let input = BuildInput(catalog: catalog, agencies: agencies, sectors: sectors, procedures: set.procedures, calendar: set.calendar)
    let perProcedure = procedureGenerators(formTemplate: formTemplate)
    let slots = ParallelSlots<[OutputFile]>(count: input.procedures.count)
    progress?.start("tthc build:", total: input.procedures.count)
    DispatchQueue.concurrentPerform(iterations: input.procedures.count) { index in
      slots.store(perProcedure.flatMap { $0.generate(input.procedures[index], in: input) }, at: index)
      progress?.advance()
    }
    progress?.finish()
    let files = (treeGenerators.flatMap { $0.generate(input) } + slots.results.flatMap { $0 }).sorted { $0.path < $1.path }
    return Outcome(check: check, files: files)
  }
}
