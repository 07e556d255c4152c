import Diagnostics
import Model
import YAMLReader

/// Decodes `catalog.yaml`, `agencies.yaml` and `sectors.yaml`.
public enum RegistryDecoder {
  /// The newest format version this compiler reads.
  public static let formatVersion = 1

  static let catalogKeys = [
    "format_version", "jurisdiction", "publisher", "languages", "default_language", "required_languages",
    "office_hours", "same_day_cutoff", "saturday_morning", "databases",
  ]
  static let agencyKeys = ["name", "level", "roles", "office_hours", "same_day_cutoff", "saturday_morning"]

  public static func catalog(_ document: YAMLDocument) -> (Catalog?, [Diagnostic]) {
    var reader = SchemaReader(document: document)
    let catalog = reader.catalog(document.root)
    return (catalog, reader.bag.diagnostics)
  }

  public static func agencies(_ document: YAMLDocument) -> (AgencyRegistry?, [Diagnostic]) {
    var reader = SchemaReader(document: document)
    let agencies = reader.agencies(document.root)
    return (AgencyRegistry(source: document.source, agencies: agencies), reader.bag.diagnostics)
  }

  public static func sectors(_ document: YAMLDocument) -> (SectorRegistry?, [Diagnostic]) {
    var reader = SchemaReader(document: document)
    var sectors: [Sector] = []
    for entry in document.entries(document.root) {
      let id = reader.identifier(entry.key)
      let name = reader.text(entry.value, key: document.text(entry.key))
      if let id, let name { sectors.append(Sector(id: id, name: name)) }
    }
    return (SectorRegistry(source: document.source, sectors: sectors), reader.bag.diagnostics)
  }
}

extension SchemaReader {
  mutating func catalog(_ root: NodeID) -> Catalog? {
    guard var map = mapping(root, .catalog, keys: RegistryDecoder.catalogKeys) else { return nil }
    let version = map.take("format_version").flatMap { integer($0, key: "format_version") }
    if let version, version.value != RegistryDecoder.formatVersion {
      bag.report(
        .S022, at: version.span,
        LocalizedText(vi: "phiên bản định dạng \(version.value) chưa được hỗ trợ", en: "format version \(version.value) is not supported"),
        help: LocalizedText(vi: "trình biên dịch này đọc định dạng \(RegistryDecoder.formatVersion)",
                            en: "this compiler reads format \(RegistryDecoder.formatVersion)"))
    }
    let jurisdiction = required("jurisdiction", from: &map, example: "jurisdiction: {vi: Thành phố Hà Nội, en: Hanoi}")
      .flatMap { text($0, key: "jurisdiction") }
    let publisher = required("publisher", from: &map, example: "publisher: Văn phòng Ủy ban nhân dân thành phố")
      .flatMap { text($0, key: "publisher") }
    let languages = required("languages", from: &map, example: "languages: [vi, en]").map { languageList($0, key: "languages") }
    let defaultLanguage = map.take("default_language").flatMap { language($0, key: "default_language") }
    let requiredLanguages = map.take("required_languages").map { languageList($0, key: "required_languages") }
    let schedule = officeSchedule(&map)
    let databases = map.take("databases").map { databaseList($0) }
    finish(map)
    if let languages, !languages.contains(where: { $0.value == "vi" }), let node = map.keyNode("languages") {
      bag.report(
        .S013, at: span(node),
        LocalizedText(vi: "danh sách ngôn ngữ thiếu tiếng Việt (vi)", en: "the languages do not include Vietnamese (vi)"),
        help: LocalizedText(vi: "thêm vi vào languages", en: "add vi to languages"))
    }
    guard let jurisdiction, let publisher else { return nil }
    var catalog = Catalog(source: file, jurisdiction: jurisdiction, publisher: publisher)
    catalog.formatVersion = version?.value ?? RegistryDecoder.formatVersion
    catalog.languages = languages ?? []
    catalog.defaultLanguage = defaultLanguage
    catalog.requiredLanguages = requiredLanguages ?? []
    catalog.schedule = schedule
    catalog.databases = databases ?? []
    return catalog
  }

  /// `agencies.yaml`: agency id → `{name, level, roles, office_hours?, same_day_cutoff?, saturday_morning?}`.
  mutating func agencies(_ root: NodeID) -> [Agency] {
    var agencies: [Agency] = []
    for entry in document.entries(root) {
      let id = identifier(entry.key)
      guard var map = mapping(entry.value, .agency, key: document.text(entry.key), keys: RegistryDecoder.agencyKeys) else {
        continue
      }
      let name = required("name", from: &map, example: "name: Ủy ban nhân dân xã").flatMap { text($0, key: "name") }
      let level = required("level", from: &map, example: "level: commune").flatMap {
        choice($0, key: "level", as: AuthorityLevel.self, synonyms: ProcedureDecoder.levelSynonyms, hidden: [.district])
      }
      let roles = required("roles", from: &map, example: "roles: {bo_phan_mot_cua: Bộ phận Một cửa}").map { roleList($0) }
      let schedule = officeSchedule(&map)
      finish(map)
      guard let id, let name else { continue }
      var agency = Agency(id: id, name: name)
      agency.level = level
      agency.roles = roles ?? []
      agency.schedule = schedule
      agencies.append(agency)
    }
    return agencies
  }

  private mutating func roleList(_ node: NodeID) -> [Role] {
    guard expect(.mapping, node, key: "roles", example: "roles: {bo_phan_mot_cua: Bộ phận Một cửa}") else { return [] }
    var roles: [Role] = []
    for entry in document.entries(node) {
      let id = identifier(entry.key)
      let name = text(entry.value, key: document.text(entry.key))
      if let id, let name { roles.append(Role(id: id, name: name)) }
    }
    if roles.isEmpty && document.entries(node).isEmpty { reportEmpty(at: span(node), key: "roles") }
    return roles
  }

  private mutating func officeSchedule(_ map: inout MappingReader) -> OfficeSchedule {
    var schedule = OfficeSchedule()
    schedule.officeHours = map.take("office_hours").flatMap { officeHours($0, key: "office_hours") }
    schedule.sameDayCutoff = map.take("same_day_cutoff").flatMap { timeOfDay($0, key: "same_day_cutoff") }
    schedule.saturdayMorning = map.take("saturday_morning").flatMap { boolean($0, key: "saturday_morning") }
    return schedule
  }

  private mutating func language(_ node: NodeID, key: String) -> Located<String>? {
    guard let text = scalar(node, key: key, example: "\(key): vi") else { return nil }
    if Text.isLanguageCode(text) { return Located(text, at: span(node)) }
    bag.report(
      .S013, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải mã ngôn ngữ ISO 639-1", en: "\(quoted(text)) is not an ISO 639-1 language code"),
      help: LocalizedText(vi: "dùng mã hai chữ: vi, en", en: "use two-letter codes: vi, en"))
    return nil
  }

  private mutating func languageList(_ node: NodeID, key: String) -> [Located<String>] {
    guard let items = list(node, key: key, example: "\(key): [vi, en]") else { return [] }
    let languages = items.compactMap { language($0, key: key) }
    reportDuplicateIDs(languages, in: key)
    return languages
  }

  private mutating func databaseList(_ node: NodeID) -> [(id: Located<String>, name: Text)] {
    guard expect(.mapping, node, key: "databases", example: "databases: {bao_hiem_xa_hoi: Cơ sở dữ liệu bảo hiểm}") else {
      return []
    }
    var databases: [(id: Located<String>, name: Text)] = []
    for entry in document.entries(node) {
      let id = identifier(entry.key)
      let name = text(entry.value, key: document.text(entry.key))
      if let id, let name { databases.append((id, name)) }
    }
    return databases
  }
}
