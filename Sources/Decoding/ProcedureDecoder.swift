import Diagnostics
import Model
import YAMLReader

/// Decodes a procedure file (format v1, "A procedure file").
public enum ProcedureDecoder {
  static let keys = [
    "code", "name", "description", "sector", "authority_level", "agency", "applicants", "online_level",
    "legal_basis", "channels", "payment", "fields", "documents", "fees", "processing_time", "steps", "result",
  ]

  static let levelSynonyms: [String: AuthorityLevel] = [
    "bo": .central, "cap_bo": .central, "trung_uong": .central, "tinh": .province, "cap_tinh": .province,
    "xa": .commune, "cap_xa": .commune, "phuong": .commune, "huyen": .district, "cap_huyen": .district,
    "khac": .other, "co_quan_khac": .other,
  ]

  static let channelSynonyms: [String: Channel] = [
    "truc_tuyen": .online, "truc_tiep": .inPerson, "buu_chinh": .post, "buu_dien": .post, "in_person_": .inPerson,
  ]

  /// The procedure, or nil when a required part could not be read; diagnostics either way.
  public static func decode(_ document: YAMLDocument) -> (procedure: Procedure?, diagnostics: [Diagnostic]) {
    var reader = SchemaReader(document: document)
    var procedure = reader.procedure(document.root)
    procedure?.incompleteIDs = reader.incompleteIDs
    procedure?.hasDecodingErrors = reader.bag.hasErrors
    return (procedure, reader.bag.diagnostics)
  }
}

extension SchemaReader {
  mutating func procedure(_ root: NodeID) -> Procedure? {
    guard var map = mapping(root, .procedure, keys: ProcedureDecoder.keys) else { return nil }
    let code = required("code", from: &map, example: "code: 1.001193").flatMap { procedureCode($0) }
    let name = required("name", from: &map, example: "name: {vi: Đăng ký khai sinh, en: Birth registration}")
      .flatMap { text($0, key: "name") }
    let description = map.take("description").flatMap { text($0, key: "description") }
    let sector = required("sector", from: &map, example: "sector: ho_tich").flatMap { identifier($0, key: "sector") }
    let level = required("authority_level", from: &map, example: "authority_level: commune").flatMap {
      choice($0, key: "authority_level", as: AuthorityLevel.self, synonyms: ProcedureDecoder.levelSynonyms, hidden: [.district])
    }
    if let level, level.value == .district {
      bag.report(
        .S014, at: level.span,
        LocalizedText(vi: "cấp huyện không còn từ ngày 1/7/2025", en: "there is no district level since 1 July 2025"),
        help: LocalizedText(
          vi: "chỉ giữ để lưu trữ; thủ tục hiện hành dùng province hoặc commune",
          en: "keep it only for the record; current procedures use province or commune"))
    }
    let agency = required("agency", from: &map, example: "agency: ubnd_cap_xa").flatMap { identifier($0, key: "agency") }
    let applicants = required("applicants", from: &map, example: "applicants: [citizen]").flatMap {
      choices($0, key: "applicants", as: ApplicantKind.self)
    }
    let onlineLevel = required("online_level", from: &map, example: "online_level: 4").flatMap {
      integer($0, key: "online_level", range: 1...4)
    }
    let legalBasis = required("legal_basis", from: &map, example: "legal_basis: [{id: luat_ho_tich_2014, title: Luật Hộ tịch số 60/2014/QH13}]")
      .map { node in
        entities(node, key: "legal_basis", example: "[{id: luat_ho_tich_2014, title: Luật Hộ tịch số 60/2014/QH13}]",
                 allowEmpty: false, id: { $0.id }, decodeItem: { $0.legalReference($1) })
      }
    let channels = required("channels", from: &map, example: "channels: [online, in_person, post]").flatMap {
      choices($0, key: "channels", as: Channel.self, synonyms: ProcedureDecoder.channelSynonyms)
    }
    let payment = map.take("payment").flatMap {
      choices($0, key: "payment", as: PaymentMethod.self, allowEmpty: true)
    }
    let fields = map.take("fields").map { node in
      entities(node, key: "fields", example: "- id: child_name", id: { $0.id }, decodeItem: { $0.field($1) })
    } ?? []
    let documents = map.take("documents").map { node in
      entities(node, key: "documents", example: "- id: giay_chung_sinh", id: { $0.id }, decodeItem: { $0.document($1) })
    } ?? []
    let fees = map.take("fees").map { node in
      entities(node, key: "fees", example: "- id: le_phi", id: { $0.id }, decodeItem: { $0.fee($1) })
    } ?? []
    let processingNode = required("processing_time", from: &map, example: "processing_time: 5 working_days")
    let processing = processingNode.flatMap { processingTime($0) }
    let steps = required("steps", from: &map, example: "steps: [{id: tiep_nhan, …}]").map { node in
      entities(node, key: "steps", example: "- id: tiep_nhan", allowEmpty: false, id: { $0.id }, decodeItem: { $0.step($1) })
    }
    let result = required("result", from: &map, example: "result: {name: Giấy khai sinh, delivery: [online]}")
      .flatMap { procedureResult($0) }
    finish(map)

    guard let code, let name, let sector, let agency else { return nil }
    var procedure = Procedure(source: file, code: code, name: name, sector: sector, agency: agency)
    procedure.authorityLevel = level
    procedure.onlineLevel = onlineLevel
    procedure.processingTime = processing
    procedure.processingTimeSpan = span(processingNode ?? root)
    procedure.description = description
    procedure.applicants = applicants ?? []
    procedure.legalBasis = legalBasis ?? []
    procedure.channels = channels ?? []
    procedure.payment = payment ?? []
    procedure.fields = fields
    procedure.documents = documents
    procedure.fees = fees
    procedure.steps = steps ?? []
    procedure.result = result
    procedure.keySpans.reserveCapacity(ProcedureDecoder.keys.count)
    for key in ProcedureDecoder.keys {
      if let node = map.keyNode(key) { procedure.keySpans[key] = span(node) }
    }
    return procedure
  }

  static let legalReferenceKeys = ["id", "title"]
  static let resultKeys = ["name", "delivery", "electronic", "code", "success_outcomes"]

  mutating func legalReference(_ node: NodeID) -> LegalReference? {
    guard var map = mapping(node, .legalReference, keys: Self.legalReferenceKeys) else { return nil }
    let id = required("id", from: &map, example: "id: luat_ho_tich_2014").flatMap { identifier($0, key: "id") }
    let title = required("title", from: &map, example: "title: Luật Hộ tịch số 60/2014/QH13").flatMap { text($0, key: "title") }
    finish(map)
    guard let id, let title else { return nil }
    return LegalReference(id: id, title: title)
  }

  /// One duration for every channel, or `{online: …, in_person: …, post: …}`.
  mutating func processingTime(_ node: NodeID) -> ProcessingTime? {
    switch document.kind(node) {
    case .scalar:
      return duration(node, key: "processing_time").map { .single($0) }
    case .mapping:
      var entries: [(channel: Located<Channel>, duration: Located<Duration>)] = []
      var ok = true
      for entry in document.entries(node) {
        let channel = choice(entry.key, key: "processing_time", as: Channel.self, synonyms: ProcedureDecoder.channelSynonyms)
        let value = duration(entry.value, key: document.text(entry.key))
        guard let channel, let value else {
          ok = false
          continue
        }
        entries.append((channel, value))
      }
      return ok ? .perChannel(entries) : nil
    case .sequence:
      _ = expect(.scalar, node, key: "processing_time", example: "processing_time: 5 working_days")
      return nil
    }
  }

  mutating func procedureResult(_ node: NodeID) -> ProcedureResult? {
    guard var map = mapping(node, .result, key: "result", keys: Self.resultKeys)
    else { return nil }
    let name = required("name", from: &map, example: "name: Giấy khai sinh").flatMap { text($0, key: "name") }
    let delivery = required("delivery", from: &map, example: "delivery: [online, post, in_person]").flatMap {
      choices($0, key: "delivery", as: Channel.self, synonyms: ProcedureDecoder.channelSynonyms)
    }
    let electronic = map.take("electronic").flatMap { boolean($0, key: "electronic") }
    let code = map.take("code").flatMap { resultCode($0) }
    let success = map.take("success_outcomes").map { node in
      list(node, key: "success_outcomes", example: "success_outcomes: [registered]").map { items in
        items.compactMap { identifier($0, key: "success_outcomes") }
      } ?? []
    }
    finish(map)
    guard let name else { return nil }
    var result = ProcedureResult(name: name)
    result.successOutcomes = success ?? []
    result.deliverySpan = map.keyNode("delivery").map { span($0) }
    result.delivery = delivery ?? []
    result.electronic = electronic ?? false
    result.code = code
    return result
  }

  /// `KQ.G` and two digits, a dot and six digits, in ASCII.
  static func isResultCode(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 13, bytes[0..<4].elementsEqual("KQ.G".utf8), bytes[6] == UInt8(ascii: ".") else { return false }
    return (bytes[4..<6] + bytes[7...]).allSatisfy(NumberText.isDigit)
  }

  /// A national result code, `KQ.G15.000031`.
  private mutating func resultCode(_ node: NodeID) -> Located<String>? {
    guard let text = scalar(node, key: "code", example: "code: KQ.G15.000031") else { return nil }
    if Self.isResultCode(text) { return Located(text, at: span(node)) }
    bag.report(
      .S009, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải mã kết quả quốc gia", en: "\(quoted(text)) is not a national result code"),
      help: LocalizedText(vi: "mã kết quả có dạng KQ.G15.000031", en: "a result code looks like KQ.G15.000031"))
    return nil
  }
}
