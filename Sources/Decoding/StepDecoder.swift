import Diagnostics
import Model
import YAMLReader

extension SchemaReader {
  static let stepKeys = ["id", "name", "actor", "duration", "next", "outcomes", "waits_for_applicant"]

  /// One workflow step: exactly one of `next` and `outcomes`.
  mutating func step(_ node: NodeID) -> Step? {
    guard var map = mapping(node, .step, keys: Self.stepKeys) else { return nil }
    let id = required("id", from: &map, example: "id: tiep_nhan").flatMap { identifier($0, key: "id") }
    let name = required("name", from: &map, example: "name: Tiếp nhận hồ sơ").flatMap { text($0, key: "name") }
    let actor = required("actor", from: &map, example: "actor: bo_phan_mot_cua").flatMap { self.actor($0) }
    let duration = required("duration", from: &map, example: "duration: 2 hours").flatMap { self.duration($0, key: "duration") }
    let waits = map.take("waits_for_applicant").flatMap { boolean($0, key: "waits_for_applicant") }
    let nextKey = map.keyNode("next")
    let outcomesKey = map.keyNode("outcomes")
    let next = map.take("next").flatMap { stepTarget($0, key: "next") }
    let outcomesNode = map.take("outcomes")
    let outcomes = outcomesNode.map { outcomeList($0) }
    if let nextKey, let outcomesKey {
      bag.report(
        .S016, at: span(outcomesKey),
        LocalizedText(vi: "bước có cả \"next\" và \"outcomes\"", en: "this step has both \"next\" and \"outcomes\""),
        help: LocalizedText(
          vi: "dùng \"next\" khi chỉ có một hướng đi, \"outcomes\" khi có nhiều kết quả",
          en: "use \"next\" for a single way on, \"outcomes\" for several"),
        notes: [bag.note(at: span(nextKey), LocalizedText(vi: "\"next\" ở đây", en: "\"next\" is here"))])
    } else if nextKey == nil && outcomesKey == nil {
      missing("next", in: map, example: "next: tham_dinh   # hoặc / or: next: end(issued)")
    }
    finish(map)
    // A way on that could not be read leaves the step incomplete: the graph would be a guess.
    let targetsRead = (nextKey == nil || next != nil)
      && (outcomesNode.map { document.entries($0).count == (outcomes?.count ?? 0) && document.kind($0) == .mapping } ?? true)
    guard let id, let name, let actor, let duration, targetsRead else { return nil }
    var step = Step(id: id, name: name, actor: actor, duration: duration)
    step.waitsForApplicant = waits ?? false
    step.next = next
    step.outcomes = outcomes ?? []
    return step
  }

  /// `role` or `agency.role`.
  private mutating func actor(_ node: NodeID) -> Located<String>? {
    guard let text = scalar(node, key: "actor", example: "actor: bo_phan_mot_cua") else { return nil }
    if Identifier.isValid(text) { return Located(text, at: span(node)) }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if (parts.count == 1 || parts.count == 2) && parts.allSatisfy(Identifier.isValid) {
      return Located(text, at: span(node))
    }
    reportBadIdentifier(text, at: span(node))
    return nil
  }

  /// `{approved: ky_duyet, rejected: end(rejected)}`.
  private mutating func outcomeList(_ node: NodeID) -> [(name: Located<String>, target: Located<StepTarget>)] {
    guard expect(.mapping, node, key: "outcomes", example: "outcomes: {approved: ky_duyet, rejected: end(rejected)}")
    else { return [] }
    var outcomes: [(name: Located<String>, target: Located<StepTarget>)] = []
    for entry in document.entries(node) {
      let name = identifier(entry.key, key: "outcomes")
      let target = stepTarget(entry.value, key: document.text(entry.key))
      if let name, let target { outcomes.append((name, target)) }
    }
    if document.entries(node).isEmpty { reportEmpty(at: span(node), key: "outcomes") }
    return outcomes
  }
}
