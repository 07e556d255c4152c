/// Every diagnostic code tthc can report, registered once.
///
/// A code is a letter for the phase that finds it and three digits, stable forever:
/// `Y` reading YAML, `S` the schema of a file, `R` references across files. A retired code
/// stays listed so it is never reused. The kebab-case name states the problem, not the fix.
public enum DiagnosticCode: String, Sendable, CaseIterable, Hashable, Codable {
  // Reading
  case Y001, Y002, Y003, Y004, Y005, Y006, Y007, Y008, Y009, Y010, Y011, Y012, Y013, Y014, Y015
  // Schema
  case S001, S002, S003, S004, S005, S006, S007, S008, S009, S010, S011, S012, S013, S014
  case S015, S016, S017, S018, S019, S020, S021, S022
  // Expressions
  case X001, X002, X003, X004, X005, X006, X007, X008, X009, X010
  // Workflow and deadlines
  case W001, W002, W003, W004, W005, W006, W007, W008
  // Online service level
  case L001, L002
  // Content of fields, fees and texts
  case C001, C002, C003, C004, C005, C006
  // Calendar
  case K001, K002, K003, K004, K005
  // Suppression comments
  case I001, I002, I003
  // References
  case R001, R002, R003, R004, R005, R006, R007, R008, R009, R010

  /// The registered description of this code.
  public var info: DiagnosticCodeInfo {
    DiagnosticCodeInfo.table[self]!
  }
}

/// What the registry knows about one code.
public struct DiagnosticCodeInfo: Sendable {
  public let code: DiagnosticCode
  /// kebab-case, states the problem: `duplicate-key`.
  public let name: String
  public let severity: Severity
  public let summary: LocalizedText

  init(_ code: DiagnosticCode, _ name: String, _ severity: Severity, vi: String, en: String) {
    self.code = code
    self.name = name
    self.severity = severity
    self.summary = LocalizedText(vi: vi, en: en)
  }

  static let table: [DiagnosticCode: DiagnosticCodeInfo] = {
    var table: [DiagnosticCode: DiagnosticCodeInfo] = [:]
    for info in all { table[info.code] = info }
    return table
  }()

  /// The registry, in code order.
  public static let all: [DiagnosticCodeInfo] = [
    .init(.Y001, "yaml-syntax-error", .error,
          vi: "tệp không đúng cú pháp YAML", en: "the file is not valid YAML"),
    .init(.Y002, "tab-indentation", .error,
          vi: "thụt lề bằng ký tự tab", en: "indentation uses a tab character"),
    .init(.Y003, "invalid-utf8", .error,
          vi: "tệp có byte không phải UTF-8", en: "the file has bytes that are not UTF-8"),
    .init(.Y004, "duplicate-key", .error,
          vi: "một khóa xuất hiện hai lần trong cùng một bảng", en: "a key appears twice in one mapping"),
    .init(.Y005, "top-level-not-mapping", .error,
          vi: "cấp ngoài cùng của tệp không phải là bảng khóa–giá trị",
          en: "the top level of the file is not a mapping"),
    .init(.Y006, "empty-file", .error,
          vi: "tệp trống", en: "the file is empty"),
    .init(.Y007, "alias-expansion-too-large", .error,
          vi: "bí danh (alias) mở rộng vượt giới hạn", en: "aliases expand beyond the limit"),
    .init(.Y008, "nesting-too-deep", .error,
          vi: "lồng nhau quá sâu", en: "nesting is too deep"),
    .init(.Y009, "file-too-large", .error,
          vi: "tệp vượt giới hạn kích thước", en: "the file is larger than the limit"),
    .init(.Y010, "undefined-alias", .error,
          vi: "bí danh trỏ tới neo (anchor) chưa được định nghĩa", en: "an alias names an anchor that is not defined before it"),
    .init(.Y011, "multiple-documents", .error,
          vi: "tệp chứa nhiều hơn một tài liệu YAML", en: "the file holds more than one YAML document"),
    .init(.Y012, "complex-key", .error,
          vi: "khóa không phải là một giá trị đơn", en: "a key is not a plain value"),
    .init(.Y013, "tag-ignored", .warning,
          vi: "thẻ (tag) YAML bị bỏ qua", en: "a YAML tag is ignored"),
    .init(.Y014, "invalid-character", .error,
          vi: "tệp có ký tự điều khiển không được phép", en: "the file has a control character that is not allowed"),
    .init(.Y015, "unreadable-file", .error,
          vi: "không đọc được tệp", en: "the file cannot be read"),

    .init(.S001, "unknown-key", .error,
          vi: "khóa không có trong định dạng", en: "a key that the format does not have"),
    .init(.S002, "missing-key", .error,
          vi: "thiếu khóa bắt buộc", en: "a required key is missing"),
    .init(.S003, "wrong-value-kind", .error,
          vi: "giá trị sai loại (đơn, danh sách hoặc bảng)", en: "a value of the wrong kind (scalar, list or mapping)"),
    .init(.S004, "invalid-boolean", .error,
          vi: "giá trị đúng/sai không phải true hoặc false", en: "a yes/no value that is not true or false"),
    .init(.S005, "money-with-separator", .error,
          vi: "số tiền viết với dấu chấm hoặc dấu phẩy", en: "an amount written with a dot or comma"),
    .init(.S006, "invalid-number", .error,
          vi: "số không hợp lệ", en: "a number that cannot be read"),
    .init(.S007, "invalid-duration", .error,
          vi: "thời hạn không đúng dạng <số> <đơn vị>", en: "a duration that is not <number> <unit>"),
    .init(.S008, "invalid-identifier", .error,
          vi: "mã định danh không đúng dạng lower_snake_case", en: "an id that is not lower_snake_case"),
    .init(.S009, "invalid-procedure-code", .error,
          vi: "mã thủ tục không đúng dạng quốc gia (1.001193)", en: "a procedure code not in the national form (1.001193)"),
    .init(.S010, "invalid-date", .error,
          vi: "ngày không hợp lệ", en: "a date that does not exist or is not YYYY-MM-DD"),
    .init(.S011, "invalid-choice", .error,
          vi: "giá trị không thuộc danh sách cho phép", en: "a value outside the allowed list"),
    .init(.S012, "key-not-for-field-type", .error,
          vi: "khóa không dùng được cho kiểu trường này", en: "a key that does not belong to the field's type"),
    .init(.S013, "invalid-text", .error,
          vi: "văn bản đa ngôn ngữ không hợp lệ", en: "a text whose languages are wrong"),
    .init(.S014, "district-level", .warning,
          vi: "cấp huyện không còn từ ngày 1/7/2025", en: "the district level no longer exists since 1 July 2025"),
    .init(.S015, "empty-value", .error,
          vi: "giá trị trống", en: "an empty value"),
    .init(.S016, "conflicting-keys", .error,
          vi: "các khóa không được dùng cùng nhau", en: "keys that cannot be used together"),
    .init(.S017, "invalid-step-target", .error,
          vi: "đích chuyển bước không hợp lệ", en: "a step target that cannot be read"),
    .init(.S018, "invalid-time-of-day", .error,
          vi: "giờ không đúng dạng HH:MM", en: "a time of day that is not HH:MM"),
    .init(.S019, "invalid-currency", .error,
          vi: "mã tiền tệ không đúng ISO 4217", en: "a currency that is not an ISO 4217 code"),
    .init(.S020, "invalid-file-size", .error,
          vi: "dung lượng tệp không hợp lệ", en: "a file size that cannot be read"),
    .init(.S021, "duplicate-value", .error,
          vi: "giá trị lặp lại trong danh sách", en: "a value repeated in a list"),
    .init(.S022, "unsupported-format-version", .error,
          vi: "phiên bản định dạng không được hỗ trợ", en: "a format version this compiler does not read"),

    .init(.X001, "expression-syntax-error", .error,
          vi: "biểu thức viết sai cú pháp", en: "an expression that cannot be parsed"),
    .init(.X002, "unknown-field", .error,
          vi: "biểu thức dùng trường không có trong tờ khai", en: "an expression names a field the form does not have"),
    .init(.X003, "type-mismatch", .error,
          vi: "các giá trị trong biểu thức không hợp kiểu", en: "values of types that do not go together"),
    .init(.X004, "condition-not-boolean", .error,
          vi: "điều kiện không phải đúng/sai", en: "a condition that is not true or false"),
    .init(.X005, "amount-not-numeric", .error,
          vi: "số tiền không phải là số", en: "a fee amount that is not a number"),
    .init(.X006, "unknown-function", .error,
          vi: "hàm không có trong ngôn ngữ biểu thức", en: "a function the expression language does not have"),
    .init(.X007, "wrong-arity", .error,
          vi: "gọi hàm với số đối số sai", en: "a function called with the wrong number of arguments"),
    .init(.X008, "division-by-zero", .error,
          vi: "chia cho số 0", en: "a division by the number 0"),
    .init(.X009, "invalid-date-literal", .error,
          vi: "ngày trong date(…) không hợp lệ", en: "a date(…) whose date is not valid"),
    .init(.X010, "unknown-option", .error,
          vi: "so sánh trường lựa chọn với giá trị không có trong options", en: "a choice field compared with a value it does not offer"),

    .init(.W001, "unreachable-step", .error,
          vi: "bước không thể đến được từ bước đầu tiên", en: "a step that cannot be reached from the first step"),
    .init(.W002, "step-cannot-finish", .error,
          vi: "từ bước này không thể đi tới kết thúc", en: "a step from which no end can be reached"),
    .init(.W003, "cycle-without-applicant-wait", .error,
          vi: "vòng lặp không qua bước chờ người nộp", en: "a loop that does not pass a step waiting for the applicant"),
    .init(.W004, "exceeds-processing-time", .error,
          vi: "tổng thời gian các bước vượt thời hạn giải quyết", en: "the steps take longer than the legal deadline"),
    .init(.W005, "unknown-step-target", .error,
          vi: "chuyển tới bước không có", en: "a transition to a step that does not exist"),
    .init(.W006, "no-success-end", .error,
          vi: "quy trình không có kết thúc thành công", en: "the workflow has no successful end"),
    .init(.W007, "unknown-end-outcome", .error,
          vi: "kết quả kết thúc không có trong danh sách", en: "an end outcome that is neither standard nor declared"),
    .init(.W008, "duplicate-transition", .warning,
          vi: "hai nhánh của một bước dẫn tới cùng một nơi", en: "two outcomes of a step lead to the same place"),
    .init(.L001, "level-not-achievable", .error,
          vi: "mức độ trực tuyến khai báo cao hơn mức đạt được", en: "the declared online level is higher than the definition supports"),
    .init(.L002, "higher-level-achievable", .note,
          vi: "thủ tục có thể đạt mức độ trực tuyến cao hơn", en: "the procedure could reach a higher online level"),
    .init(.C001, "negative-amount", .error,
          vi: "số tiền âm", en: "a negative amount"),
    .init(.C002, "online-amount-above-amount", .error,
          vi: "giá nộp trực tuyến cao hơn giá thường", en: "an online price above the normal price"),
    .init(.C003, "default-not-an-option", .error,
          vi: "giá trị mặc định không có trong options", en: "a default that is not one of the options"),
    .init(.C004, "min-above-max", .error,
          vi: "giới hạn dưới lớn hơn giới hạn trên", en: "a lower bound above the upper bound"),
    .init(.C005, "missing-required-language", .error,
          vi: "văn bản thiếu ngôn ngữ bắt buộc", en: "a text without a language the catalog requires"),
    .init(.C006, "online-until-without-online-amount", .warning,
          vi: "có online_until nhưng không có online_amount", en: "online_until without an online_amount"),

    .init(.K001, "date-outside-year", .error,
          vi: "ngày không thuộc năm chứa nó trong calendar.yaml", en: "a date outside the year it is listed under"),
    .init(.K002, "year-without-tet", .error,
          vi: "năm không có ngày nghỉ Tết", en: "a year without Tết days off"),
    .init(.K003, "extra-working-day-not-weekend", .warning,
          vi: "ngày làm bù không phải thứ Bảy hay Chủ nhật", en: "an extra working day that is not a weekend day"),
    .init(.K004, "day-both-off-and-working", .error,
          vi: "một ngày vừa nghỉ vừa làm việc", en: "a day listed both as off and as worked"),
    .init(.K005, "invalid-calendar-year", .error,
          vi: "khóa năm không hợp lệ trong calendar.yaml", en: "a year key in calendar.yaml that is not a year"),
    .init(.I001, "unused-suppression", .warning,
          vi: "chú thích bỏ qua không bỏ qua lỗi nào", en: "a suppression comment that suppresses nothing"),
    .init(.I002, "suppression-without-reason", .warning,
          vi: "chú thích bỏ qua không nêu lý do", en: "a suppression comment without a reason"),
    .init(.I003, "suppression-of-unknown-code", .warning,
          vi: "chú thích bỏ qua một mã không tồn tại", en: "a suppression comment naming a code that does not exist"),

    .init(.R001, "unknown-sector", .error,
          vi: "lĩnh vực không có trong sectors.yaml", en: "a sector that sectors.yaml does not list"),
    .init(.R002, "unknown-agency", .error,
          vi: "cơ quan không có trong agencies.yaml", en: "an agency that agencies.yaml does not list"),
    .init(.R003, "unknown-actor", .error,
          vi: "người thực hiện bước không phải vai trò của cơ quan", en: "a step actor that is not a role of the agency"),
    .init(.R004, "duplicate-procedure-code", .error,
          vi: "hai thủ tục có cùng mã", en: "two procedures share a code"),
    .init(.R005, "duplicate-id", .error,
          vi: "mã định danh lặp lại trong cùng danh sách", en: "an id used twice in one list"),
    .init(.R006, "missing-registry", .error,
          vi: "thiếu tệp danh mục (catalog, agencies, sectors)", en: "a registry file (catalog, agencies, sectors) is missing"),
    .init(.R007, "unknown-database", .error,
          vi: "cơ sở dữ liệu quốc gia không được khai báo", en: "a national database that is not declared"),
    .init(.R008, "language-not-offered", .warning,
          vi: "ngôn ngữ không có trong catalog.yaml", en: "a language that catalog.yaml does not offer"),
    .init(.R009, "processing-time-channel-mismatch", .error,
          vi: "thời hạn theo kênh không khớp với các kênh nộp", en: "per-channel processing times do not match the channels"),
    .init(.R010, "unknown-legal-basis", .error,
          vi: "căn cứ pháp lý không có trong legal_basis", en: "a legal basis id that legal_basis does not list"),
  ]

  /// Looks a code up by its code (`S001`) or its name (`unknown-key`), ignoring case.
  public static func find(_ query: String) -> DiagnosticCodeInfo? {
    let lowered = query.lowercased()
    return all.first { $0.code.rawValue.lowercased() == lowered || $0.name == lowered }
  }
}
