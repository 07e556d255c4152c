import Diagnostics

/// Where an example is written.
public enum ExampleFile: String, Sendable {
  case procedure, catalog, agencies, sectors, calendar
}

/// A YAML snippet that shows a rule: a failing one marks with `↓` each place a diagnostic of
/// the rule must start; a passing one must give none.
///
/// A procedure snippet is completed with the keys of a valid base procedure that it does not
/// write itself (appended after it, so markers keep their lines); a snippet that starts with
/// `# whole file` is used as it is. `«D2»` stands for a raw byte, `«repeat N x»` for `x`
/// written N times (for files no one would type).
public struct Example: Sendable {
  public var yaml: String
  public var file: ExampleFile
  /// Other procedure files of the tree, by path (for checks across files).
  public var otherFiles: [String: String]
  /// Registries left out of the tree.
  public var omitting: [String]

  public init(_ yaml: String, file: ExampleFile = .procedure, otherFiles: [String: String] = [:], omitting: [String] = []) {
    self.yaml = yaml
    self.file = file
    self.otherFiles = otherFiles
    self.omitting = omitting
  }
}

/// The documentation of one diagnostic code: why it matters and examples that are also tests.
public struct RuleEntry: Sendable {
  public var code: DiagnosticCode
  public var rationale: LocalizedText
  public var failing: [Example]
  public var passing: [Example]

  public init(_ code: DiagnosticCode, rationale: LocalizedText, failing: [Example], passing: [Example]) {
    self.code = code
    self.rationale = rationale
    self.failing = failing
    self.passing = passing
  }

  public var info: DiagnosticCodeInfo { code.info }
}

/// Every rule's documentation, in the registry's order (the order of the pipeline: reading,
/// schema, expressions, workflow, level, content, references); a test checks that every code
/// has one.
public enum RuleCatalog {
  public static let entries: [RuleEntry] = {
    let order = Dictionary(uniqueKeysWithValues: DiagnosticCode.allCases.enumerated().map { ($1, $0) })
    return (readingRules + schemaRules + expressionRules + workflowRules + levelRules + contentRules + calendarRules + suppressionRules + referenceRules)
      .sorted { order[$0.code]! < order[$1.code]! }
  }()

  public static func entry(for code: DiagnosticCode) -> RuleEntry? {
    entries.first { $0.code == code }
  }
}
