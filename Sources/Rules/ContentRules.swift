import Diagnostics

extension RuleCatalog {
  static let contentRules: [RuleEntry] = [
    RuleEntry(
      .C001,
      rationale: LocalizedText(
        vi: "Phí, lệ phí không thể âm; miễn phí viết 0.",
        en: "A fee cannot be negative; write 0 for free."),
      failing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: ↓-5000}")],
      passing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 0}")]),
    RuleEntry(
      .C002,
      rationale: LocalizedText(
        vi: "Giá nộp trực tuyến là giá ưu đãi; cao hơn giá thường là nhầm lẫn khi nhập.",
        en: "The online price is a reduction; one above the normal price is a slip."),
      failing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 50000, online_amount: ↓60000}")],
      passing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 50000, online_amount: 25000}")]),
    RuleEntry(
      .C003,
      rationale: LocalizedText(
        vi: "Giá trị mặc định không có trong lựa chọn thì biểu mẫu mở ra với một ô chọn không hợp lệ.",
        en: "A default that is not an option opens the form with an invalid choice."),
      failing: [Example("fields:\n  - {id: sex, label: Giới tính, type: choice, options: [{value: nam, label: Nam}], default: ↓nu}")],
      passing: [Example("fields:\n  - {id: sex, label: Giới tính, type: choice, options: [{value: nam, label: Nam}], default: nam}")]),
    RuleEntry(
      .C004,
      rationale: LocalizedText(
        vi: "Giới hạn dưới lớn hơn giới hạn trên thì không giá trị nào nhập được.",
        en: "A lower bound above the upper bound accepts no value at all."),
      failing: [Example("fields:\n  - {id: copies, label: Số bản, type: integer, min: ↓10, max: 1}")],
      passing: [Example("fields:\n  - {id: copies, label: Số bản, type: integer, min: 1, max: 10}")]),
    RuleEntry(
      .C005,
      rationale: LocalizedText(
        vi: "Khi catalog.yaml yêu cầu một ngôn ngữ, văn bản thiếu ngôn ngữ đó sẽ hiện trống trên cổng tiếng nước ngoài.",
        en: "When catalog.yaml requires a language, a text without it shows blank on that language's portal."),
      failing: [Example(
        "name: ↓Đăng ký khai sinh",
        otherFiles: ["catalog.yaml": "jurisdiction: Tỉnh\npublisher: Văn phòng\nlanguages: [vi, en]\nrequired_languages: [vi, en]\n"])],
      passing: [Example("name: {vi: Đăng ký khai sinh, en: Birth registration}")]),
    RuleEntry(
      .C006,
      rationale: LocalizedText(
        vi: "online_until là ngày hết hạn giá ưu đãi trực tuyến; không có giá ưu đãi thì ngày này vô nghĩa.",
        en: "online_until ends an online price; without one the date means nothing."),
      failing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 10000, online_until: ↓2026-12-31}")],
      passing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 10000, online_amount: 5000, online_until: 2026-12-31}")]),
  ]

  static let referenceRules: [RuleEntry] = [
    RuleEntry(
      .R001,
      rationale: LocalizedText(
        vi: "Lĩnh vực phải có trong sectors.yaml để cổng xếp thủ tục đúng nhóm.",
        en: "The sector must be in sectors.yaml for portals to file the procedure correctly."),
      failing: [Example("sector: ↓ho_tic")],
      passing: [Example("sector: ho_tich")]),
    RuleEntry(
      .R002,
      rationale: LocalizedText(
        vi: "Cơ quan thực hiện phải có trong agencies.yaml, nơi ghi vai trò và giờ làm việc.",
        en: "The agency must be in agencies.yaml, which holds its roles and office hours."),
      failing: [Example("agency: ↓ubnd_xa")],
      passing: [Example("agency: ubnd_cap_xa")]),
    RuleEntry(
      .R003,
      rationale: LocalizedText(
        vi: "Mỗi bước do một bộ phận, chức danh có thật thực hiện; tên sai thì không ai chịu trách nhiệm hồ sơ.",
        en: "Each step is done by a real role; a wrong name leaves nobody accountable for the dossier."),
      failing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: ↓can_bo, duration: 2 hours, next: end(issued)}")],
      passing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}")]),
    RuleEntry(
      .R004,
      rationale: LocalizedText(
        vi: "Mã thủ tục là khóa trên Cổng Dịch vụ công quốc gia và tên tệp sinh ra; hai thủ tục trùng mã sẽ ghi đè nhau.",
        en: "The code is the key on the national portal and in generated file names; two procedures with one code overwrite each other."),
      failing: [Example("code: ↓1.001193", otherFiles: ["ho_tich/khac.yaml": "code: 1.001193"])],
      passing: [Example("code: 1.001193", otherFiles: ["ho_tich/khac.yaml": "code: 1.000894"])]),
    RuleEntry(
      .R005,
      rationale: LocalizedText(
        vi: "Mã định danh dùng để tham chiếu; hai mục trùng mã thì không biết đang nói tới mục nào.",
        en: "Ids are how entries are referred to; two entries with one id make every reference ambiguous."),
      failing: [Example("fields:\n  - {id: child_name, label: Họ và tên, type: text}\n  - {id: ↓child_name, label: Tên gọi khác, type: text}")],
      passing: [Example("fields:\n  - {id: child_name, label: Họ và tên, type: text}\n  - {id: other_name, label: Tên gọi khác, type: text}")]),
    RuleEntry(
      .R006,
      rationale: LocalizedText(
        vi: "Thiếu tệp danh mục thì không kiểm tra được lĩnh vực, cơ quan hay ngôn ngữ.",
        en: "Without a registry file, sectors, agencies or languages cannot be checked."),
      failing: [Example("code: 1.001193", omitting: ["sectors.yaml"])],
      passing: [Example("code: 1.001193")]),
    RuleEntry(
      .R007,
      rationale: LocalizedText(
        vi: "Giấy tờ lấy từ cơ sở dữ liệu quốc gia giúp người dân khỏi nộp lại; cơ sở dữ liệu phải có thật.",
        en: "Papers fetched from a national database spare citizens from handing them in; the database must exist."),
      failing: [Example("documents:\n  - {id: cccd, name: Căn cước, present_only: true, retrievable_from: ↓dan_so}")],
      passing: [Example("documents:\n  - {id: cccd, name: Căn cước, present_only: true, retrievable_from: dan_cu}")]),
    RuleEntry(
      .R008,
      rationale: LocalizedText(
        vi: "Bản dịch sang ngôn ngữ mà catalog không cung cấp sẽ không hiện ở đâu cả.",
        en: "A translation into a language the catalog does not offer is shown nowhere."),
      failing: [Example("name: ↓{vi: Đăng ký khai sinh, fr: Déclaration de naissance}")],
      passing: [Example("name: {vi: Đăng ký khai sinh, en: Birth registration}")]),
    RuleEntry(
      .R009,
      rationale: LocalizedText(
        vi: "Thời hạn theo kênh phải có cho đúng các kênh nộp; thiếu hay thừa kênh là dữ liệu sai trên cổng.",
        en: "Per-channel deadlines must cover exactly the channels; a missing or extra one is wrong data on the portal."),
      failing: [Example("channels: [online, in_person]\nprocessing_time: ↓{online: 1 working_day, ↓post: 1 working_day}")],
      passing: [Example("channels: [online, in_person]\nprocessing_time: {online: 1 working_day, in_person: 1 working_day}")]),
    RuleEntry(
      .R010,
      rationale: LocalizedText(
        vi: "Mỗi khoản phí nên dẫn tới văn bản quy định mức thu trong legal_basis.",
        en: "Each fee should point at the legal text that sets it, listed in legal_basis."),
      failing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 0, legal_basis: ↓tt_999}")],
      passing: [Example("fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 0, legal_basis: luat_ho_tich_2014}")]),
  ]

  /// Codes whose failing case cannot be written as YAML, with where they are tested instead.
  public static let exemptFromFailingExamples: [DiagnosticCode: String] = [
    .Y015: "Tests/CLITests: an unreadable file in the tree exits 2",
  ]

  /// Codes whose diagnostic is not in the example's own file.
  public static let reportedInAnotherFile: Set<DiagnosticCode> = [.R006]
}
