import Diagnostics
import Model

/// Checks that hold across files: sectors, agencies, roles and databases exist; procedure
/// codes are unique in the tree; per-channel deadlines match the channels; fee bases exist;
/// texts use the catalog's languages.
public enum ReferenceChecker {
  /// Checks that belong to the tree as a whole: missing registries and codes used twice.
  /// `procedures` may come in any order: they are visited by file path, so "first" is the
  /// same on every run.
  public static func checkTree(root: String, missingRegistries: [String], procedures: [ProcedureSummary]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for name in missingRegistries {
      let path = root.isEmpty ? name : root + "/" + name
      let position = SourcePosition(line: 1, column: 1)
      diagnostics.append(Diagnostic(
        code: .R006, range: SourceRange(file: path, start: position, end: position),
        message: LocalizedText(vi: "không tìm thấy \(name) trong cây định nghĩa", en: "\(name) is missing from the definitions tree"),
        help: LocalizedText(
          vi: "tạo \(path); xem docs/format.md, mục \"Cây định nghĩa\"",
          en: "create \(path); see docs/format.md, \"The definitions tree\"")))
    }
    let order = procedures.indices.sorted { procedures[$0].codeRange.file < procedures[$1].codeRange.file }
    var firstByCode: [String: Int] = [:]
    for index in order {
      let procedure = procedures[index]
      guard let firstIndex = firstByCode[procedure.code] else {
        firstByCode[procedure.code] = index
        continue
      }
      diagnostics.append(Diagnostic(
        code: .R004, range: procedure.codeRange,
        message: LocalizedText(vi: "mã thủ tục \(procedure.code) đã được dùng", en: "procedure code \(procedure.code) is already used"),
        help: LocalizedText(
          vi: "mỗi mã quốc gia chỉ thuộc một thủ tục; kiểm tra lại mã trên Cổng Dịch vụ công quốc gia",
          en: "each national code belongs to one procedure; check the code on the National Public Service Portal"),
        notes: [DiagnosticNote(
          range: procedures[firstIndex].codeRange,
          message: LocalizedText(vi: "thủ tục dùng mã này trước", en: "the procedure that uses it first"))]))
    }
    return diagnostics
  }

  /// Checks one procedure against the registries; independent of every other procedure, so
  /// procedures can be checked in parallel.
  public static func check(_ procedure: Procedure, in registries: RegistryIndex) -> [Diagnostic] {
    var bag = DiagnosticBag(file: procedure.source)
    if let sectors = registries.sectors, sectors[procedure.sector.value] == nil {
      report(.R001, procedure.sector, known: sectors.keys.sorted(), file: "sectors.yaml",
             what: LocalizedText(vi: "lĩnh vực", en: "sector"), into: &bag)
    }
    if let agencies = registries.agencies {
      let agency = agencies[procedure.agency.value]
      if agency == nil {
        report(.R002, procedure.agency, known: agencies.keys.sorted(), file: "agencies.yaml",
               what: LocalizedText(vi: "cơ quan", en: "agency"), into: &bag)
      }
      for step in procedure.steps {
        checkActor(step.actor, agency: agency, agencies: agencies, into: &bag)
      }
    }
    for document in procedure.documents {
      if let database = document.retrievableFrom, !registries.databases.contains(database.value) {
        report(.R007, database, known: registries.databases.sorted(), file: "catalog.yaml (databases)",
               what: LocalizedText(vi: "cơ sở dữ liệu", en: "database"), into: &bag)
      }
    }
    let legalIDs = procedure.legalBasis.map { $0.id.value }
    for fee in procedure.fees {
      if let basis = fee.legalBasis, !legalIDs.contains(basis.value) {
        report(.R010, basis, known: legalIDs, file: "legal_basis",
               what: LocalizedText(vi: "căn cứ pháp lý", en: "legal basis"), into: &bag)
      }
    }
    checkProcessingTime(procedure, into: &bag)
    if let languages = registries.languages {
      checkLanguages(of: procedure, offered: languages, into: &bag)
    }
    return bag.diagnostics
  }

  /// Reports a reference to something a registry does not list, with "did you mean" and the known ids.
  private static func report(
    _ code: DiagnosticCode, _ reference: Located<String>, known: [String], file: String, what: LocalizedText,
    into bag: inout DiagnosticBag
  ) {
    let value = reference.value
    let shown = known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
    var help = known.isEmpty
      ? LocalizedText(vi: "\(file) chưa có mục nào", en: "\(file) lists none yet")
      : LocalizedText(vi: "các mã trong \(file): \(shown)", en: "ids in \(file): \(shown)")
    if let suggestion = closest(to: value, in: known) {
      help = LocalizedText(vi: "có phải ý bạn là \"\(suggestion)\"? ", en: "did you mean \"\(suggestion)\"? ") + help
    }
    bag.report(
      code, at: reference.span,
      LocalizedText(vi: "\(what.vi) \"\(value)\" không có trong \(file)", en: "\(what.en) \"\(value)\" is not in \(file)"),
      help: help)
  }

  /// `role` must be a role of the procedure's agency; `agency.role` a role of that agency.
  private static func checkActor(
    _ actor: Located<String>, agency: Agency?, agencies: [String: Agency], into bag: inout DiagnosticBag
  ) {
    // The common case, a role of the procedure's own agency, needs no splitting.
    if !actor.value.utf8.contains(UInt8(ascii: ".")), let agency, agency.roles.contains(where: { $0.id.value == actor.value }) {
      return
    }
    let parts = actor.value.split(separator: ".").map(String.init)
    let owner: Agency?
    let role: String
    if parts.count == 2 {
      owner = agencies[parts[0]]
      role = parts[1]
      if owner == nil {
        report(.R003, Located(parts[0], at: actor.span.narrowed(offset: 0, length: parts[0].count)),
               known: agencies.keys.sorted(), file: "agencies.yaml", what: LocalizedText(vi: "cơ quan", en: "agency"), into: &bag)
        return
      }
    } else {
      owner = agency
      role = actor.value
    }
    guard let owner else { return }  // the procedure's own agency is unknown: reported as R002
    let roles = owner.roles.map(\.id.value)
    guard !roles.contains(role) else { return }
    let offset = parts.count == 2 ? parts[0].count + 1 : 0
    var help = LocalizedText(
      vi: "các vai trò của \(owner.id.value): \(roles.joined(separator: ", "))",
      en: "roles of \(owner.id.value): \(roles.joined(separator: ", "))")
    if let suggestion = closest(to: role, in: roles) {
      help = LocalizedText(vi: "có phải ý bạn là \"\(suggestion)\"? ", en: "did you mean \"\(suggestion)\"? ") + help
    }
    bag.report(
      .R003, at: actor.span.narrowed(offset: offset, length: role.count),
      LocalizedText(
        vi: "vai trò \"\(role)\" không có trong \(owner.id.value) (agencies.yaml)",
        en: "role \"\(role)\" is not a role of \(owner.id.value) in agencies.yaml"),
      help: help)
  }

  /// Per-channel deadlines name only the procedure's channels, and name all of them.
  private static func checkProcessingTime(_ procedure: Procedure, into bag: inout DiagnosticBag) {
    guard case .perChannel(let entries)? = procedure.processingTime else { return }
    let channels = procedure.channels.map { $0.value }
    var seen: [Channel: Span] = [:]
    for entry in entries {
      if let first = seen[entry.channel.value] {
        bag.report(
          .R009, at: entry.channel.span,
          LocalizedText(vi: "kênh \"\(entry.channel.value.rawValue)\" có hai thời hạn", en: "channel \"\(entry.channel.value.rawValue)\" has two deadlines"),
          help: LocalizedText(vi: "giữ một thời hạn cho mỗi kênh", en: "keep one deadline per channel"),
          notes: [bag.note(at: first, LocalizedText(vi: "lần đầu ở đây", en: "first here"))])
        continue
      }
      seen[entry.channel.value] = entry.channel.span
      if !channels.contains(entry.channel.value) {
        bag.report(
          .R009, at: entry.channel.span,
          LocalizedText(
            vi: "thời hạn cho kênh \"\(entry.channel.value.rawValue)\" nhưng thủ tục không nhận hồ sơ qua kênh này",
            en: "a deadline for \"\(entry.channel.value.rawValue)\", but the procedure does not take dossiers that way"),
          help: LocalizedText(
            vi: "thêm \"\(entry.channel.value.rawValue)\" vào channels, hoặc xóa thời hạn này",
            en: "add \"\(entry.channel.value.rawValue)\" to channels, or remove this deadline"))
      }
    }
    for channel in procedure.channels where seen[channel.value] == nil {
      bag.report(
        .R009, at: Span(at: procedure.processingTimeSpan.start),
        LocalizedText(
          vi: "thiếu thời hạn cho kênh \"\(channel.value.rawValue)\"",
          en: "no deadline for channel \"\(channel.value.rawValue)\""),
        help: LocalizedText(
          vi: "thêm \"\(channel.value.rawValue): <thời hạn>\" vào processing_time",
          en: "add \"\(channel.value.rawValue): <duration>\" to processing_time"),
        notes: [bag.note(at: channel.span, LocalizedText(vi: "kênh được khai báo ở đây", en: "the channel is declared here"))])
    }
  }

  private static func checkLanguages(of procedure: Procedure, offered: [String], into bag: inout DiagnosticBag) {
    procedure.forEachText { text in
      for translation in text.translations where !offered.contains(translation.language) {
        bag.report(
          .R008, at: text.span,
          LocalizedText(
            vi: "ngôn ngữ \"\(translation.language)\" không có trong languages của catalog.yaml",
            en: "language \"\(translation.language)\" is not in the languages of catalog.yaml"),
          help: LocalizedText(
            vi: "thêm \"\(translation.language)\" vào languages, hoặc xóa bản dịch này",
            en: "add \"\(translation.language)\" to languages, or remove this translation"))
      }
    }
  }

  private static func closest(to word: String, in candidates: [String]) -> String? {
    EditDistance.closest(to: word, in: candidates)
  }
}
