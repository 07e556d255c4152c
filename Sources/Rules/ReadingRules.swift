import Diagnostics

extension RuleCatalog {
  static let readingRules: [RuleEntry] = [
    RuleEntry(
      .Y001,
      rationale: LocalizedText(
        vi: "Tệp không đọc được thì không có gì để kiểm tra tiếp; lỗi hay gặp nhất là dấu hai chấm trong giá trị không đặt trong ngoặc kép.",
        en: "A file that cannot be read cannot be checked further; the most common cause is a colon inside an unquoted value."),
      failing: [Example("name: Bước 1↓: tiếp nhận")],
      passing: [Example("name: \"Bước 1: tiếp nhận\"")]),
    RuleEntry(
      .Y002,
      rationale: LocalizedText(
        vi: "YAML không cho thụt lề bằng tab; tab nhìn giống dấu cách nên lỗi khó thấy bằng mắt.",
        en: "YAML forbids tabs for indentation, and a tab looks like spaces, so the mistake is hard to see."),
      failing: [Example("steps:\n↓\t- {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}")],
      passing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}")]),
    RuleEntry(
      .Y003,
      rationale: LocalizedText(
        vi: "Tệp lưu bằng bảng mã cũ (Windows-1258, TCVN3) làm hỏng chữ Việt trên cổng dịch vụ công.",
        en: "A file saved in an old encoding (Windows-1258, TCVN3) garbles Vietnamese on every portal."),
      failing: [Example("name: Ti↓«D2»p nhận")],
      passing: [Example("name: Tiếp nhận")]),
    RuleEntry(
      .Y004,
      rationale: LocalizedText(
        vi: "Hầu hết công cụ YAML lặng lẽ giữ giá trị sau cùng, nên một dòng viết thêm có thể xóa mất thông tin mà không ai biết.",
        en: "Most YAML tools silently keep the last value, so a repeated line can erase information unnoticed."),
      failing: [Example("name: Đăng ký khai sinh\n↓name: Birth registration")],
      passing: [Example("name: {vi: Đăng ký khai sinh, en: Birth registration}")]),
    RuleEntry(
      .Y005,
      rationale: LocalizedText(
        vi: "Một thủ tục là một bảng các khóa (code, name, …); danh sách hay một dòng chữ không phải thủ tục.",
        en: "A procedure is a mapping of keys (code, name, …); a list or a line of text is not one."),
      failing: [Example("# whole file\n↓- code: 1.001193\n- name: Đăng ký khai sinh\n")],
      passing: [Example("code: 1.001193")]),
    RuleEntry(
      .Y006,
      rationale: LocalizedText(
        vi: "Tệp trống trong cây định nghĩa thường là thủ tục viết dở hoặc bị xóa nội dung nhầm.",
        en: "An empty file in the tree is usually an unfinished procedure or one emptied by mistake."),
      failing: [Example("↓# whole file\n")],
      passing: [Example("code: 1.001193")]),
    RuleEntry(
      .Y007,
      rationale: LocalizedText(
        vi: "Bí danh lồng nhau có thể nở ra hàng tỷ nút (\"billion laughs\") và làm treo máy; việc mở rộng có giới hạn.",
        en: "Nested aliases can expand to billions of nodes (\"billion laughs\") and exhaust memory; expansion is bounded."),
      failing: [Example("""
        x0: &a0 [l, l, l, l, l, l, l, l, l, l]
        x1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
        x2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
        x3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
        x4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, ↓*a3]
        """)],
      passing: [Example("channels: &kenh [online, in_person]\nresult: {name: Giấy khai sinh, delivery: *kenh}")]),
    RuleEntry(
      .Y008,
      rationale: LocalizedText(
        vi: "Một thủ tục chỉ lồng khoảng 6 cấp; lồng quá sâu là dấu hiệu tệp hỏng hoặc cố ý gây hại.",
        en: "A procedure nests about 6 levels; much deeper nesting means a broken or hostile file."),
      failing: [Example("x: «repeat 63 [»↓[1«repeat 64 ]»")],
      passing: [Example("channels: [online, in_person]")]),
    RuleEntry(
      .Y009,
      rationale: LocalizedText(
        vi: "Một thủ tục thường chỉ 5–20 KB; tệp quá lớn bị từ chối trước khi đọc để bảo vệ máy chạy CI.",
        en: "A procedure is typically 5–20 KB; a huge file is refused before reading, to protect the machine."),
      failing: [Example("↓x: «repeat 1100000 a»")],
      passing: [Example("code: 1.001193")]),
    RuleEntry(
      .Y010,
      rationale: LocalizedText(
        vi: "Bí danh trỏ tới neo chưa có (hoặc nằm trong chính neo đó) không có giá trị xác định.",
        en: "An alias to an anchor that is not defined yet, or to the node it sits in, has no definite value."),
      failing: [Example("result: {name: Giấy khai sinh, delivery: ↓*kenh}")],
      passing: [Example("channels: &kenh [online, in_person]\nresult: {name: Giấy khai sinh, delivery: *kenh}")]),
    RuleEntry(
      .Y011,
      rationale: LocalizedText(
        vi: "Mỗi tệp mô tả một thủ tục; phần sau \"---\" thứ hai sẽ bị các công cụ khác bỏ qua.",
        en: "Each file describes one procedure; other tools ignore what follows a second \"---\"."),
      failing: [Example("code: 1.001193\n↓---\n")],
      passing: [Example("---\ncode: 1.001193")]),
    RuleEntry(
      .Y012,
      rationale: LocalizedText(
        vi: "Khóa của định dạng là các từ; khóa dạng danh sách hay bảng không mang nghĩa nào.",
        en: "Keys of the format are words; a list or mapping used as a key means nothing."),
      failing: [Example("? ↓[a, b]\n: 1")],
      passing: [Example("code: 1.001193")]),
    RuleEntry(
      .Y013,
      rationale: LocalizedText(
        vi: "Kiểu của mỗi giá trị do định dạng quy định; thẻ như !!int không thay đổi gì nên dễ gây hiểu nhầm.",
        en: "The format decides each value's type; a tag such as !!int changes nothing and misleads."),
      failing: [Example("online_level: ↓!!int 4")],
      passing: [Example("online_level: 4")]),
    RuleEntry(
      .Y014,
      rationale: LocalizedText(
        vi: "Ký tự điều khiển (thường do dán từ Word hoặc PDF) không hiện ra nhưng làm hỏng dữ liệu.",
        en: "Control characters, often pasted from Word or PDF, are invisible but corrupt the data."),
      failing: [Example("name: Đăng ký↓«07» khai sinh")],
      passing: [Example("name: Đăng ký khai sinh")]),
    RuleEntry(
      .Y015,
      rationale: LocalizedText(
        vi: "Một tệp không đọc được (thư mục trùng tên, thiếu quyền) là lỗi đầu vào: lệnh kết thúc với mã 2 sau khi kiểm tra các tệp khác.",
        en: "A file that cannot be read (a folder with a .yaml name, no permission) is an input failure: tthc exits 2 after checking the other files."),
      failing: [],
      passing: [Example("code: 1.001193")]),
  ]
}
