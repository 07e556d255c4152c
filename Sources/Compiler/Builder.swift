import Diagnostics
import Generators
import Mustache
import Model
import Semantics

/// `tthc build`: check, then generate every output file from the checked definitions.
public enum Builder {
  /// The generators, in no particular order: each makes its own files.
  static func generators(formTemplate: MustacheTemplate?) -> [any Generator] {
    [
      CatalogGenerator(), CatalogSchemaGenerator(), FormHTMLGenerator(template: formTemplate), FormSchemaGenerator(),
      WorkflowTableGenerator(), WorkflowCSVGenerator(), BPMNGenerator(),
    ]
  }

  /// What a build gives: the check's result, and the files when there were no errors.
  public struct Outcome: Sendable {
    public var check: CheckResult
    public var files: [OutputFile]?
  }

  /// Checks `path` (one definitions tree) and, without errors, makes every output file.
  public static func build(path: String, formTemplate: MustacheTemplate? = nil) throws(InputError) -> Outcome {
    let check = try Compiler.check(paths: [path], keepModels: true)
    guard !check.hasErrors, let set = check.definitions.first, let catalog = set.catalog, let agencies = set.agencies,
      let sectors = set.sectors
    else { return Outcome(check: check, files: nil) }
    let input = BuildInput(catalog: catalog, agencies: agencies, sectors: sectors, procedures: set.procedures, calendar: set.calendar)
    let files = generators(formTemplate: formTemplate).flatMap { $0.generate(input) }.sorted { $0.path < $1.path }
    return Outcome(check: check, files: files)
  }
}
