import Diagnostics

extension RuleCatalog {
  static let schemaRules: [RuleEntry] = [
    RuleEntry(
      .S001,
      rationale: LocalizedText(
        vi: "Một khóa viết sai chính tả bị bỏ qua âm thầm ở các công cụ khác, và thông tin người soạn đã viết sẽ không lên cổng.",
        en: "A misspelt key is silently dropped by other tools, and what the author wrote never reaches the portal."),
      failing: [Example("fields:\n  - id: child_name\n    ↓lable: Họ và tên\n    label: Họ và tên\n    type: text")],
      passing: [Example("fields:\n  - id: child_name\n    label: Họ và tên\n    type: text")]),
    RuleEntry(
      .S002,
      rationale: LocalizedText(
        vi: "Thiếu thông tin bắt buộc thì cổng không hiển thị được thủ tục hoặc biểu mẫu.",
        en: "Without the required information a portal cannot show the procedure or its form."),
      failing: [Example("fields:\n  - ↓id: child_name\n    type: text")],
      passing: [Example("fields:\n  - id: child_name\n    label: Họ và tên\n    type: text")]),
    RuleEntry(
      .S003,
      rationale: LocalizedText(
        vi: "Danh sách viết thành một giá trị (hoặc ngược lại) đổi nghĩa của dữ liệu.",
        en: "A list written as a single value, or the reverse, changes what the data means."),
      failing: [Example("channels: ↓online")],
      passing: [Example("channels: [online, in_person]")]),
    RuleEntry(
      .S004,
      rationale: LocalizedText(
        vi: "YAML 1.1 đọc yes, no, on, off là đúng/sai nhưng các công cụ hiện đại thì không; chỉ true và false có cùng nghĩa ở mọi nơi.",
        en: "YAML 1.1 reads yes, no, on, off as booleans and modern tools do not; only true and false mean the same everywhere."),
      failing: [Example("fields:\n  - {id: child_name, label: Họ và tên, type: text, required: ↓yes}")],
      passing: [Example("fields:\n  - {id: child_name, label: Họ và tên, type: text, required: true}")]),
    RuleEntry(
      .S005,
      rationale: LocalizedText(
        vi: "Người Việt viết 50.000 là năm mươi nghìn, còn YAML đọc là 50; tthc từ chối và gợi ý số cần viết.",
        en: "Vietnamese writes 50.000 for fifty thousand, while YAML reads 50; tthc refuses it and suggests the number."),
      failing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: ↓50.000}")],
      passing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 50000}")]),
    RuleEntry(
      .S006,
      rationale: LocalizedText(
        vi: "Số có số 0 ở đầu bị một số công cụ đọc theo hệ bát phân (0012 thành 10); số tiền kèm đơn vị không đọc được.",
        en: "Some tools read numbers with leading zeros as octal (0012 becomes 10); an amount with a unit cannot be read."),
      failing: [Example("documents:\n  - {id: to_khai, name: Tờ khai, electronic: true, copies: ↓0012}")],
      passing: [Example("documents:\n  - {id: to_khai, name: Tờ khai, electronic: true, copies: 12}")]),
    RuleEntry(
      .S007,
      rationale: LocalizedText(
        vi: "Dữ liệu thật thường mất đơn vị thời hạn (\"1\" không rõ là giờ hay ngày); thời hạn luôn cần số và đơn vị.",
        en: "Real data often loses the unit of a deadline (is \"1\" an hour or a day?); a duration always needs a number and a unit."),
      failing: [Example("processing_time: ↓15")],
      passing: [Example("processing_time: 15 ngày làm việc")]),
    RuleEntry(
      .S008,
      rationale: LocalizedText(
        vi: "Mã định danh trở thành tên trong biểu mẫu, JSON và tên tệp; dấu, khoảng trắng hay \"..\" sẽ làm hỏng chúng.",
        en: "Ids become names in forms, JSON and file names; diacritics, spaces or \"..\" would break them."),
      failing: [Example("documents:\n  - {id: ↓Giấy chứng sinh, name: Giấy chứng sinh, electronic: true}")],
      passing: [Example("documents:\n  - {id: giay_chung_sinh, name: Giấy chứng sinh, electronic: true}")]),
    RuleEntry(
      .S009,
      rationale: LocalizedText(
        vi: "Mã thủ tục liên kết với Cơ sở dữ liệu quốc gia về TTHC và trở thành tên tệp; chỉ dạng một chữ số, dấu chấm, sáu chữ số là hợp lệ.",
        en: "The code links to the national procedure database and becomes a file name; only one digit, a dot and six digits is valid."),
      failing: [Example("code: ↓1.00119")],
      passing: [Example("code: 1.001193")]),
    RuleEntry(
      .S010,
      rationale: LocalizedText(
        vi: "Một ngày không tồn tại (30/02) làm sai mọi phép tính hạn và giảm phí.",
        en: "A date that does not exist (30 February) breaks every deadline and discount computed from it."),
      failing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 10000, online_amount: 5000, online_until: ↓2026-02-30}")],
      passing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 10000, online_amount: 5000, online_until: 2026-12-31}")]),
    RuleEntry(
      .S011,
      rationale: LocalizedText(
        vi: "Các giá trị như cấp thực hiện hay kênh nộp là danh mục đóng để cổng hiểu giống nhau; từ tiếng Việt được gợi ý từ tương ứng.",
        en: "Values such as the authority level or channels are closed lists so every portal reads them alike; Vietnamese words get the matching value."),
      failing: [Example("authority_level: ↓cap_xa")],
      passing: [Example("authority_level: commune")]),
    RuleEntry(
      .S012,
      rationale: LocalizedText(
        vi: "Khóa của kiểu khác không có tác dụng (max_length của trường ngày) nên người soạn tưởng đã đặt ràng buộc mà thực ra không.",
        en: "A key of another type has no effect (max_length on a date), so the author believes a rule is in place when it is not."),
      failing: [Example("fields:\n  - id: child_dob\n    label: Ngày sinh\n    type: date\n    ↓max_length: 10")],
      passing: [Example("fields:\n  - id: child_dob\n    label: Ngày sinh\n    type: date\n    max: 2030-01-01")]),
    RuleEntry(
      .S013,
      rationale: LocalizedText(
        vi: "Tiếng Việt bắt buộc ở mọi văn bản; mã ngôn ngữ theo ISO 639-1 (vi, không phải vn).",
        en: "Vietnamese is required in every text; languages use ISO 639-1 codes (vi, not vn)."),
      failing: [Example("name: ↓{vn: Đăng ký khai sinh, en: Birth registration}")],
      passing: [Example("name: {vi: Đăng ký khai sinh, en: Birth registration}")]),
    RuleEntry(
      .S014,
      rationale: LocalizedText(
        vi: "Từ 1/7/2025 không còn cấp huyện; định nghĩa cấp huyện chỉ nên giữ để lưu trữ.",
        en: "Since 1 July 2025 there is no district level; district definitions belong to the record only."),
      failing: [Example("authority_level: ↓district")],
      passing: [Example("authority_level: commune")]),
    RuleEntry(
      .S015,
      rationale: LocalizedText(
        vi: "Giá trị trống hiện ra thành ô trống trên cổng; bỏ hẳn dòng nếu khóa không bắt buộc.",
        en: "An empty value shows as a blank on the portal; leave the line out if the key is optional."),
      failing: [Example("name: ↓\"\"")],
      passing: [Example("name: Đăng ký khai sinh")]),
    RuleEntry(
      .S016,
      rationale: LocalizedText(
        vi: "Một bước có cả next và outcomes thì không rõ bước sau là gì.",
        en: "A step with both next and outcomes leaves the way on unclear."),
      failing: [Example("""
        steps:
          - id: tiep_nhan
            name: Tiếp nhận
            actor: bo_phan_mot_cua
            duration: 2 hours
            next: ky_duyet
            ↓outcomes: {ok: ky_duyet}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)],
      passing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: ky_duyet}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)]),
    RuleEntry(
      .S017,
      rationale: LocalizedText(
        vi: "Kết thúc phải nêu kết quả, như end(issued), để cổng biết hồ sơ được giải quyết hay bị từ chối.",
        en: "An end names its outcome, such as end(issued), so portals know whether the dossier succeeded."),
      failing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: ↓end}")],
      passing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}")]),
    RuleEntry(
      .S018,
      rationale: LocalizedText(
        vi: "Giờ làm việc và giờ chốt nhận hồ sơ quyết định ngày hẹn trả; giờ sai làm sai mọi ngày hẹn.",
        en: "Office hours and the same-day cut-off decide due dates; a wrong time makes every due date wrong."),
      failing: [Example("# whole file\njurisdiction: Tỉnh Thử nghiệm\npublisher: Văn phòng\nlanguages: [vi, en]\nsame_day_cutoff: ↓\"25:00\"\n", file: .catalog)],
      passing: [Example("# whole file\njurisdiction: Tỉnh Thử nghiệm\npublisher: Văn phòng\nlanguages: [vi, en]\nsame_day_cutoff: \"15:00\"\n", file: .catalog)]),
    RuleEntry(
      .S019,
      rationale: LocalizedText(
        vi: "Một số thủ tục lãnh sự thu bằng USD; mã tiền tệ phải theo ISO 4217 để cổng hiển thị đúng.",
        en: "Some consular procedures charge in USD; the currency must be an ISO 4217 code for portals to show it."),
      failing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 10, currency: ↓usd}")],
      passing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 10, currency: USD}")]),
    RuleEntry(
      .S020,
      rationale: LocalizedText(
        vi: "Dung lượng tệp tải lên phải đọc được để biểu mẫu chặn tệp quá lớn trước khi nộp.",
        en: "The upload size must be readable so the form can stop oversized files before submission."),
      failing: [Example("fields:\n  - {id: anh, label: Ảnh, type: file, max_size: ↓5 GB}")],
      passing: [Example("fields:\n  - {id: anh, label: Ảnh, type: file, max_size: 5MB}")]),
    RuleEntry(
      .S021,
      rationale: LocalizedText(
        vi: "Giá trị lặp lại trong danh sách thường là lỗi sao chép và làm sai số liệu thống kê.",
        en: "A repeated value in a list is usually a copying slip and skews statistics."),
      failing: [Example("channels: [online, ↓online]")],
      passing: [Example("channels: [online, in_person]")]),
    RuleEntry(
      .S022,
      rationale: LocalizedText(
        vi: "Cây định nghĩa viết cho phiên bản định dạng mới hơn có thể mang nghĩa mà trình biên dịch này không hiểu.",
        en: "A tree written for a newer format may mean things this compiler does not understand."),
      failing: [Example("# whole file\nformat_version: ↓2\njurisdiction: Tỉnh\npublisher: Văn phòng\nlanguages: [vi]\n", file: .catalog)],
      passing: [Example("# whole file\nformat_version: 1\njurisdiction: Tỉnh\npublisher: Văn phòng\nlanguages: [vi, en]\n", file: .catalog)]),
  ]
}
