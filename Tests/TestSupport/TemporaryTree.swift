import Foundation

/// A definitions tree written to a fresh temporary folder, removed by `remove()`.
public struct TemporaryTree {
  public let root: String

  /// Writes `files` (relative path → content) under a new folder.
  public init(_ files: [String: String]) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-\(UUID().uuidString)").path
    for (path, content) in files { try write(path, content) }
  }

  public func write(_ path: String, _ content: String) throws {
    try write(path, bytes: Array(content.utf8))
  }

  public func write(_ path: String, bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: root).appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  public func path(_ relative: String) -> String { root + "/" + relative }

  public func remove() {
    try? FileManager.default.removeItem(atPath: root)
  }
}

/// Small registries and a valid procedure, for trees made in tests.
public enum SampleDefinitions {
  public static let catalog = """
    jurisdiction: {vi: Tỉnh Thử nghiệm, en: Test Province}
    publisher: Văn phòng Ủy ban nhân dân tỉnh
    languages: [vi, en]
    """
  public static let agencies = """
    ubnd_cap_xa:
      name: Ủy ban nhân dân cấp xã
      level: commune
      roles: {bo_phan_mot_cua: Bộ phận Một cửa, cong_chuc_tu_phap: Công chức Tư pháp - Hộ tịch}
    """
  public static let sectors = "ho_tich: {vi: Hộ tịch, en: Civil status}\n"

  /// A valid procedure with the given code.
  public static func procedure(code: String = "1.001193", sector: String = "ho_tich") -> String {
    """
    code: \(code)
    name: {vi: Đăng ký khai sinh, en: Birth registration}
    sector: \(sector)
    authority_level: commune
    agency: ubnd_cap_xa
    applicants: [citizen]
    online_level: 4
    legal_basis: [{id: luat_ho_tich_2014, title: Luật Hộ tịch số 60/2014/QH13}]
    channels: [online, in_person]
    fields:
      - {id: child_name, label: Họ và tên, type: text, required: true}
    processing_time: 1 working_day
    steps:
      - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}
    result: {name: Giấy khai sinh, delivery: [online, in_person]}

    """
  }

  /// A complete tree: registries plus the given procedures.
  public static func tree(procedures: [String: String]) -> [String: String] {
    var files = ["catalog.yaml": catalog, "agencies.yaml": agencies, "sectors.yaml": sectors]
    for (path, content) in procedures { files[path] = content }
    return files
  }
}
