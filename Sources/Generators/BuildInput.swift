import Expressions
import Model
import Semantics

/// A procedure with the facts derived from it, computed once for every generator.
public struct CheckedProcedure: Sendable {
  public var procedure: Procedure
  public var level: OnlineLevel
  public var graph: WorkflowGraph
  /// Expression types of the form's fields.
  public var fields: [String: FieldSignature]

  public init(_ procedure: Procedure) {
    self.procedure = procedure
    self.level = OnlineLevel(procedure)
    self.graph = WorkflowGraph(procedure.steps)
    self.fields = ExpressionChecker.signatures(of: procedure)
  }

  public var code: String { procedure.code.value }

  /// Parses an expression that checking has already accepted.
  public func parsed(_ text: String) -> Expression? {
    if case .success(let expression) = Parser.parse(text) { return expression }
    return nil
  }
}

/// Everything generators read: the registries and every procedure, sorted by code.
public struct BuildInput: Sendable {
  public var catalog: Catalog
  public var agencies: [String: Agency]
  public var sectors: [String: Sector]
  public var procedures: [CheckedProcedure]
  /// `calendar.yaml`, when the tree has one.
  public var calendar: CalendarDefinition?

  public init(
    catalog: Catalog, agencies: AgencyRegistry, sectors: SectorRegistry, procedures: [Procedure],
    calendar: CalendarDefinition? = nil
  ) {
    self.catalog = catalog
    self.calendar = calendar
    self.agencies = Dictionary(agencies.agencies.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    self.sectors = Dictionary(sectors.sectors.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    self.procedures = procedures.sorted { $0.code.value < $1.code.value }.map(CheckedProcedure.init)
  }

  /// The relative paths of one procedure's generated files.
  public static func paths(for code: String) -> (form: String, formSchema: String, workflow: String, csv: String, bpmn: String) {
    ("forms/\(code).html", "forms/\(code).schema.json", "workflows/\(code).md", "workflows/\(code).csv", "workflows/\(code).bpmn")
  }
}
