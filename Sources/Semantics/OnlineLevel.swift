import Diagnostics
import Model

/// The online service level a definition supports (format v1, "Online service level"), and
/// what stands in the way of each level above it.
public struct OnlineLevel: Sendable {
  /// A condition the definition does not meet, with the place to change.
  public struct Missing: Sendable {
    /// The level that needs it.
    public var level: Int
    public var span: Span
    public var message: LocalizedText
  }

  /// The highest level the definition supports, 1 to 4.
  public let achievable: Int
  /// Every unmet condition of levels 2 to 4, lowest level first.
  public let missing: [Missing]

  /// The Decree 42/2022 class: `full` (toàn trình) for level 4, `partial` (một phần) for 3.
  public var decree42Class: String? {
    achievable == 4 ? "full" : achievable == 3 ? "partial" : nil
  }

  public init(_ procedure: Procedure) {
    var missing: [Missing] = []
    let wholeFile = Span(at: Mark(line: 0, column: 0))
    // Level 2: something to fill in.
    if procedure.fields.isEmpty && !procedure.documents.contains(where: { $0.template != nil }) {
      missing.append(Missing(
        level: 2, span: procedure.keySpans["code"] ?? wholeFile,
        message: LocalizedText(
          vi: "không có trường tờ khai hay mẫu đơn để điền (thêm fields, hoặc template cho giấy tờ)",
          en: "there is no form to fill in (add fields, or a template to a document)")))
    }
    // Level 3: submitted online, every paper handed in available electronically.
    if !procedure.channels.contains(where: { $0.value == .online }) {
      missing.append(Missing(
        level: 3, span: procedure.keySpans["channels"] ?? wholeFile,
        message: LocalizedText(vi: "channels không có online", en: "channels does not include online")))
    }
    for document in procedure.documents where document.required || document.requiredWhen != nil {
      let retrievable = document.retrievableFrom != nil
      let fine = document.presentOnly ? retrievable : (document.electronic || retrievable)
      if !fine {
        missing.append(Missing(
          level: 3, span: document.id.span,
          message: document.presentOnly
            ? LocalizedText(
              vi: "giấy tờ xuất trình \"\(document.id.value)\" không lấy được từ cơ sở dữ liệu (retrievable_from)",
              en: "document \"\(document.id.value)\", shown at the desk, cannot be fetched from a database (retrievable_from)")
            : LocalizedText(
              vi: "giấy tờ \"\(document.id.value)\" không nộp được bản điện tử (electronic: true) hay lấy từ cơ sở dữ liệu",
              en: "document \"\(document.id.value)\" can be neither submitted electronically (electronic: true) nor fetched")))
      }
    }
    // Level 4: fees paid online when any can be charged, result sent online or by post.
    let mayCharge = procedure.fees.contains { fee in
      if case .fixed(let amount) = fee.amount.value { return amount > 0 }
      return true
    }
    if mayCharge && !procedure.payment.contains(where: { $0.value == .online }) {
      missing.append(Missing(
        level: 4, span: procedure.keySpans["payment"] ?? procedure.keySpans["fees"] ?? wholeFile,
        message: LocalizedText(
          vi: "phí, lệ phí không trả trực tuyến được (payment không có online)",
          en: "fees cannot be paid online (payment does not include online)")))
    }
    if let result = procedure.result, !result.delivery.contains(where: { $0.value == .online || $0.value == .post }) {
      missing.append(Missing(
        level: 4, span: result.deliverySpan ?? procedure.keySpans["result"] ?? wholeFile,
        message: LocalizedText(
          vi: "kết quả không trả trực tuyến hay qua bưu chính (delivery)",
          en: "the result is delivered neither online nor by post (delivery)")))
    }
    self.missing = missing
    self.achievable = (missing.map(\.level).min() ?? 5) - 1
  }
}

/// Compares the declared `online_level` with what the definition supports.
public enum OnlineLevelChecker {
  public static func check(_ procedure: Procedure) -> [Diagnostic] {
    guard let declared = procedure.onlineLevel, !procedure.hasDecodingErrors else { return [] }
    var bag = DiagnosticBag(file: procedure.source)
    let level = OnlineLevel(procedure)
    if declared.value > level.achievable {
      let blocking = level.missing.filter { $0.level <= declared.value }
      bag.report(
        .L001, at: declared.span,
        LocalizedText(
          vi: "khai báo mức độ \(declared.value) nhưng định nghĩa chỉ đạt mức \(level.achievable)",
          en: "online_level \(declared.value) is declared, but the definition supports level \(level.achievable)"),
        help: LocalizedText(
          vi: "sửa từng điều kiện trong ghi chú, hoặc khai báo online_level: \(level.achievable)",
          en: "fix each condition in the notes, or declare online_level: \(level.achievable)"),
        notes: blocking.map { missing in
          bag.note(
            at: missing.span,
            LocalizedText(vi: "mức \(missing.level): ", en: "level \(missing.level): ") + missing.message)
        })
    } else if declared.value < level.achievable {
      bag.report(
        .L002, at: declared.span,
        LocalizedText(
          vi: "định nghĩa đạt mức độ \(level.achievable), cao hơn mức khai báo \(declared.value)",
          en: "the definition supports level \(level.achievable), above the declared \(declared.value)"),
        help: LocalizedText(
          vi: "khai báo online_level: \(level.achievable) nếu cơ quan đã cung cấp dịch vụ ở mức này",
          en: "declare online_level: \(level.achievable) if the agency offers the service at that level"))
    } else if let next = level.missing.first, next.level == declared.value + 1,
      level.missing.filter({ $0.level == next.level }).count == 1
    {
      // One condition away from the next level: worth saying what it is.
      let forNext = level.missing.filter { $0.level == next.level }
      bag.report(
        .L002, at: declared.span,
        LocalizedText(
          vi: "chỉ còn một điều kiện để đạt mức \(next.level)", en: "one condition stands between this procedure and level \(next.level)"),
        notes: forNext.map { bag.note(at: $0.span, $0.message) })
    }
    return bag.diagnostics
  }
}
