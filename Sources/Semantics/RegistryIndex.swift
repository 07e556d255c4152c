import Model

/// The registries of one tree, indexed for lookups by id. A registry that is missing or could
/// not be read is nil, so references to it are not reported twice.
public struct RegistryIndex: Sendable {
  public var sectors: [String: Sector]?
  public var agencies: [String: Agency]?
  /// Built-in national databases and the ones `catalog.yaml` declares.
  public var databases: Set<String>
  /// The languages `catalog.yaml` offers (two or three: searched in order, not hashed); nil
  /// without a catalog.
  public var languages: [String]?
  /// The languages every text must have (`required_languages`).
  public var requiredLanguages: [String]

  public init(catalog: Catalog?, agencies: AgencyRegistry?, sectors: SectorRegistry?) {
    self.sectors = sectors.map { Dictionary($0.sectors.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first }) }
    self.agencies = agencies.map { Dictionary($0.agencies.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first }) }
    var databases = Set(NationalDatabase.builtIn)
    for database in catalog?.databases ?? [] { databases.insert(database.id.value) }
    self.databases = databases
    self.languages = catalog.map { $0.languages.map(\.value) }
    self.requiredLanguages = catalog?.requiredLanguages.map { $0.value } ?? []
  }
}
