import Diagnostics
import Model

/// Everything decoded from one definitions tree: the registries (nil when missing or
/// unreadable) and every procedure that could be decoded.
public struct DefinitionSet: Sendable {
  /// The tree's root as shown to users, e.g. `Procedures`.
  public var root: String
  public var catalog: Catalog?
  public var agencies: AgencyRegistry?
  public var sectors: SectorRegistry?
  public var calendar: CalendarDefinition?
  public var procedures: [Procedure]
  /// Registry files that are absent from the tree (not the ones that failed to read).
  public var missingRegistries: [String]

  public init(
    root: String, catalog: Catalog?, agencies: AgencyRegistry?, sectors: SectorRegistry?, procedures: [Procedure],
    missingRegistries: [String]
  ) {
    self.root = root
    self.catalog = catalog
    self.agencies = agencies
    self.sectors = sectors
    self.procedures = procedures
    self.missingRegistries = missingRegistries
  }
}
