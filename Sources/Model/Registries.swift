import Diagnostics

/// Office hours and cut-off shared by `catalog.yaml` (defaults) and each agency.
public struct OfficeSchedule: Sendable {
  /// e.g. `[07:30-11:30, 13:00-17:00]`, Monday to Friday.
  public var officeHours: Located<[OfficePeriod]>?
  /// Dossiers received after this time count from the next working day.
  public var sameDayCutoff: Located<TimeOfDay>?
  /// Whether the office also receives on Saturday morning.
  public var saturdayMorning: Bool?

  public init() {}
}

/// `catalog.yaml`: who publishes the catalog and in which languages.
public struct Catalog: Sendable {
  public var source: SourceFile
  public var formatVersion: Int
  public var jurisdiction: Text
  public var publisher: Text
  /// Languages the catalog offers; the first is the default when `default_language` is absent.
  public var languages: [Located<String>]
  public var defaultLanguage: Located<String>?
  /// Languages every text must have.
  public var requiredLanguages: [Located<String>]
  public var schedule: OfficeSchedule
  /// National databases declared besides the built-in ones, id → name.
  public var databases: [(id: Located<String>, name: Text)]

  public init(source: SourceFile, jurisdiction: Text, publisher: Text) {
    self.source = source
    self.formatVersion = 1
    self.jurisdiction = jurisdiction
    self.publisher = publisher
    self.languages = []
    self.requiredLanguages = []
    self.schedule = OfficeSchedule()
    self.databases = []
  }
}

/// A role inside an agency (bộ phận, chức danh).
public struct Role: Sendable {
  public var id: Located<String>
  public var name: Text

  public init(id: Located<String>, name: Text) {
    self.id = id
    self.name = name
  }
}

/// An implementing agency from `agencies.yaml`.
public struct Agency: Sendable {
  public var id: Located<String>
  public var name: Text
  public var level: Located<AuthorityLevel>?
  public var roles: [Role]
  public var schedule: OfficeSchedule

  public init(id: Located<String>, name: Text) {
    self.id = id
    self.name = name
    self.roles = []
    self.schedule = OfficeSchedule()
  }
}

/// `agencies.yaml`.
public struct AgencyRegistry: Sendable {
  public var source: SourceFile
  public var agencies: [Agency]

  public init(source: SourceFile, agencies: [Agency]) {
    self.source = source
    self.agencies = agencies
  }
}

/// A sector (lĩnh vực) from `sectors.yaml`.
public struct Sector: Sendable {
  public var id: Located<String>
  public var name: Text

  public init(id: Located<String>, name: Text) {
    self.id = id
    self.name = name
  }
}

/// `sectors.yaml`.
public struct SectorRegistry: Sendable {
  public var source: SourceFile
  public var sectors: [Sector]

  public init(source: SourceFile, sectors: [Sector]) {
    self.source = source
    self.sectors = sectors
  }
}
