import Diagnostics

/// The part of a definition a message speaks of: "in a field", "trong trường".
enum Place {
  case procedure, field, option, document, fee, step, outcomes, result, legalReference, text
  case processingTime, catalog, agency, roles, sector, calendarYear

  /// The noun, e.g. `field` / `trường`.
  var noun: LocalizedText {
    switch self {
    case .procedure: LocalizedText(vi: "thủ tục", en: "procedure")
    case .field: LocalizedText(vi: "trường thông tin", en: "field")
    case .option: LocalizedText(vi: "lựa chọn", en: "option")
    case .document: LocalizedText(vi: "giấy tờ", en: "document")
    case .fee: LocalizedText(vi: "khoản phí", en: "fee")
    case .step: LocalizedText(vi: "bước", en: "step")
    case .outcomes: LocalizedText(vi: "danh sách kết quả của bước", en: "step's outcomes")
    case .result: LocalizedText(vi: "kết quả thủ tục", en: "result")
    case .legalReference: LocalizedText(vi: "căn cứ pháp lý", en: "legal basis entry")
    case .text: LocalizedText(vi: "văn bản đa ngôn ngữ", en: "text")
    case .processingTime: LocalizedText(vi: "thời hạn theo kênh", en: "per-channel processing time")
    case .catalog: LocalizedText(vi: "catalog.yaml", en: "catalog.yaml")
    case .agency: LocalizedText(vi: "cơ quan", en: "agency")
    case .roles: LocalizedText(vi: "danh sách vai trò", en: "roles")
    case .sector: LocalizedText(vi: "lĩnh vực", en: "sector")
    case .calendarYear: LocalizedText(vi: "năm trong lịch", en: "calendar year")
    }
  }
}


/// Words for node kinds in messages.
enum NodeKindWords {
  static func describe(_ kind: KindName) -> LocalizedText {
    switch kind {
    case .scalar: LocalizedText(vi: "một giá trị đơn", en: "a single value")
    case .list: LocalizedText(vi: "một danh sách", en: "a list")
    case .mapping: LocalizedText(vi: "một bảng \"khóa: giá trị\"", en: "a mapping of \"key: value\"")
    }
  }

  enum KindName { case scalar, list, mapping }
}

/// Quotes author text in messages: `"lable"`.
func quoted(_ text: String) -> String { "\"" + text + "\"" }

/// A comma-separated list of words: `id, label, type`.
func listed(_ words: [String]) -> String { words.joined(separator: ", ") }
