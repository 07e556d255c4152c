/// The valid tree every example is completed from: a procedure that checks with no
/// diagnostics at all, and small registries.
public enum BaseDefinitions {
  /// Top-level entries of a valid procedure, in order; an example replaces those it writes.
  public static let procedure: [(key: String, yaml: String)] = [
    ("code", "code: 1.001193"),
    ("name", "name: {vi: Đăng ký khai sinh, en: Birth registration}"),
    ("sector", "sector: ho_tich"),
    ("authority_level", "authority_level: commune"),
    ("agency", "agency: ubnd_cap_xa"),
    ("applicants", "applicants: [citizen]"),
    ("online_level", "online_level: 4"),
    ("legal_basis", "legal_basis:\n  - {id: luat_ho_tich_2014, title: Luật Hộ tịch số 60/2014/QH13}"),
    ("channels", "channels: [online, in_person]"),
    ("payment", "payment: [online]"),
    ("fields", "fields:\n  - {id: child_name, label: Họ và tên, type: text, required: true}"),
    ("documents", "documents:\n  - {id: to_khai, name: Tờ khai, electronic: true}"),
    ("fees", "fees:\n  - {id: le_phi, name: Lệ phí, kind: le_phi, amount: 0}"),
    ("processing_time", "processing_time: 1 working_day"),
    ("steps", """
      steps:
        - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: ky_duyet}
        - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
      """),
    ("result", "result: {name: Giấy khai sinh, delivery: [online, post]}"),
  ]

  public static let catalog = """
    jurisdiction: {vi: Tỉnh Thử nghiệm, en: Test Province}
    publisher: Văn phòng Ủy ban nhân dân tỉnh
    languages: [vi, en]

    """

  public static let agencies = """
    ubnd_cap_xa:
      name: Ủy ban nhân dân cấp xã
      level: commune
      roles: {bo_phan_mot_cua: Bộ phận Một cửa, cong_chuc_tu_phap: Công chức Tư pháp, chu_tich_ubnd: Chủ tịch}
    cong_an_tinh:
      name: Công an tỉnh
      level: province
      roles: {phong_ho_so: Phòng Hồ sơ nghiệp vụ}

    """

  public static let sectors = "ho_tich: {vi: Hộ tịch, en: Civil status}\nchung_thuc: Chứng thực\n"

  /// An example procedure completed with the base entries it does not write, after it.
  public static func complete(_ snippet: String) -> String {
    if snippet.hasPrefix("# whole file") || snippet.hasPrefix("↓# whole file") { return snippet }
    var written = Set<String>()
    for line in snippet.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":"), let first = line.first, first >= "a", first <= "z" else { continue }
      written.insert(String(line[..<colon]))
    }
    var text = snippet.hasSuffix("\n") ? snippet : snippet + "\n"
    for entry in procedure where !written.contains(entry.key) { text += entry.yaml + "\n" }
    return text
  }
}
