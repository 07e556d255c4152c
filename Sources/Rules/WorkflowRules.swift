import Diagnostics

extension RuleCatalog {
  static let workflowRules: [RuleEntry] = [
    RuleEntry(
      .W001,
      rationale: LocalizedText(
        vi: "Bước không ai dẫn tới thì không bao giờ được thực hiện; thường do gõ sai tên bước ở next.",
        en: "A step nothing leads to never runs; usually a step name was mistyped in a next."),
      failing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}
          - {id: ↓ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)],
      passing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: ky_duyet}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)]),
    RuleEntry(
      .W002,
      rationale: LocalizedText(
        vi: "Hồ sơ tới bước này sẽ bị kẹt mãi — đúng điều người dân lo nhất khi nộp trực tuyến.",
        en: "A dossier reaching this step is stuck for ever — exactly what citizens fear most about online filing."),
      failing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, outcomes: {ok: end(issued), incomplete: cho}}
          - {id: ↓cho, name: Chờ bổ sung, actor: bo_phan_mot_cua, duration: 1 hour, waits_for_applicant: true, next: cho}
        """)],
      passing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, outcomes: {ok: end(issued), incomplete: cho}}
          - {id: cho, name: Chờ bổ sung, actor: bo_phan_mot_cua, duration: 1 hour, waits_for_applicant: true, next: tiep_nhan}
        """)]),
    RuleEntry(
      .W003,
      rationale: LocalizedText(
        vi: "Quay vòng giữa các bước của cơ quan không có điểm dừng và làm hồ sơ trễ hạn; chỉ được quay lại khi chờ người nộp bổ sung.",
        en: "Going round between the agency's own steps has no end and makes dossiers late; going back is allowed only while waiting for the applicant."),
      failing: [Example("""
        steps:
          - {id: tham_dinh, name: Thẩm định, actor: cong_chuc_tu_phap, duration: 2 hours, next: ky_duyet}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, outcomes: {signed: end(issued), returned: ↓tham_dinh}}
        """)],
      passing: [Example("""
        steps:
          - {id: tham_dinh, name: Thẩm định, actor: cong_chuc_tu_phap, duration: 2 hours, outcomes: {ok: ky_duyet, incomplete: bo_sung}}
          - {id: bo_sung, name: Bổ sung, actor: bo_phan_mot_cua, duration: 1 hour, waits_for_applicant: true, next: tham_dinh}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)]),
    RuleEntry(
      .W004,
      rationale: LocalizedText(
        vi: "Nếu các bước cộng lại dài hơn thời hạn luật định thì hồ sơ trễ hạn ngay từ thiết kế.",
        en: "If the steps add up to more than the legal deadline, dossiers are late by design."),
      failing: [Example("processing_time: ↓2 hours")],
      passing: [Example("processing_time: 1 working_day")]),
    RuleEntry(
      .W005,
      rationale: LocalizedText(
        vi: "Chuyển tới một bước không có làm quy trình đứt đoạn.",
        en: "A transition to a step that does not exist breaks the workflow."),
      failing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: ↓ky_duyt}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)],
      passing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: ky_duyet}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)]),
    RuleEntry(
      .W006,
      rationale: LocalizedText(
        vi: "Quy trình không bao giờ cấp kết quả thì không phải là thủ tục giải quyết được.",
        en: "A workflow that never issues a result is not a procedure that can succeed."),
      failing: [Example("↓steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(rejected)}")],
      passing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}")]),
    RuleEntry(
      .W007,
      rationale: LocalizedText(
        vi: "Cổng thống kê hồ sơ theo kết quả kết thúc; tên tự đặt mà không khai báo thì không đếm được.",
        en: "Portals count dossiers by how they end; an undeclared name cannot be counted."),
      failing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, outcomes: {ok: end(issued), no: ↓end(done)}}")],
      passing: [Example("steps:\n  - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, outcomes: {ok: end(issued), no: end(rejected)}}")]),
    RuleEntry(
      .W008,
      rationale: LocalizedText(
        vi: "Hai nhánh cùng dẫn tới một nơi thường là lỗi sao chép: một nhánh lẽ ra phải đi chỗ khác.",
        en: "Two outcomes leading to the same place are usually a copying slip: one should go elsewhere."),
      failing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, outcomes: {approved: ky_duyet, ↓ok: ky_duyet}}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)],
      passing: [Example("""
        steps:
          - {id: tiep_nhan, name: Tiếp nhận, actor: bo_phan_mot_cua, duration: 2 hours, outcomes: {approved: ky_duyet, rejected: end(rejected)}}
          - {id: ky_duyet, name: Ký duyệt, actor: chu_tich_ubnd, duration: 2 hours, next: end(issued)}
        """)]),
  ]

  static let levelRules: [RuleEntry] = [
    RuleEntry(
      .L001,
      rationale: LocalizedText(
        vi: "Công bố mức độ cao hơn thực tế khiến người dân nộp trực tuyến rồi vẫn phải đến cơ quan; mỗi điều kiện còn thiếu được chỉ ra ở dòng cần sửa.",
        en: "Claiming a higher level than the definition supports sends citizens online only to make them come in; each missing condition points at the line to change."),
      failing: [Example("online_level: ↓4\nchannels: [in_person]")],
      passing: [Example("online_level: 2\nchannels: [in_person]\npayment: [in_person]\nresult: {name: Giấy khai sinh, delivery: [in_person]}")]),
    RuleEntry(
      .L002,
      rationale: LocalizedText(
        vi: "Thủ tục đã đủ điều kiện (hoặc chỉ thiếu một điều kiện) cho mức cao hơn nên được cung cấp ở mức đó.",
        en: "A procedure that meets, or is one condition short of, a higher level should be offered at it."),
      failing: [Example("online_level: ↓3")],
      passing: [Example("online_level: 4")]),
  ]
}
