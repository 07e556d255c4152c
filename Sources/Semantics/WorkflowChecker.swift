import Diagnostics
import Model

/// Checks the steps as a graph: every target exists, every step is reachable and can finish,
/// loops pass a step that waits for the applicant, a successful end exists, and the longest
/// path fits the legal deadline.
public enum WorkflowChecker {
  /// End outcomes every procedure may use; `issued` is the successful one. A procedure adds
  /// other successful ends in `result.success_outcomes`.
  public static let standardOutcomes = ["issued", "rejected", "withdrawn", "cancelled"]

  public static func check(_ procedure: Procedure) -> [Diagnostic] {
    guard !procedure.steps.isEmpty else { return [] }
    var bag = DiagnosticBag(file: procedure.source)
    let graph = WorkflowGraph(procedure.steps)
    let success = ["issued"] + (procedure.result?.successOutcomes.map { $0.value } ?? [])
    let knownOutcomes = standardOutcomes + success.dropFirst()
    var hasSuccess = false
    // A step that could not be decoded leaves the graph unknown: report only what is certain.
    let incomplete = procedure.incompleteIDs["steps"] ?? []
    var targetsOK = incomplete.isEmpty

    for index in procedure.steps.indices {
      var seenTargets: [StepTarget: Located<String>] = [:]
      for edge in graph.edges[index] {
        switch edge.target.value {
        case .step(let id) where edge.targetIndex == nil && !incomplete.contains(id):
          targetsOK = false
          let ids = procedure.steps.map { $0.id.value }
          let suggestion = EditDistance.closest(to: id, in: ids)
          bag.report(
            .W005, at: edge.target.span,
            LocalizedText(vi: "không có bước \"\(id)\"", en: "there is no step \"\(id)\""),
            help: LocalizedText(
              vi: (suggestion.map { "có phải ý bạn là \"\($0)\"? " } ?? "") + "các bước: \(ids.joined(separator: ", ")); hoặc end(issued)",
              en: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "steps: \(ids.joined(separator: ", ")); or end(issued)"))
        case .end(let outcome):
          if success.contains(outcome) { hasSuccess = true }
          if !knownOutcomes.contains(outcome) {
            let suggestion = EditDistance.closest(to: outcome, in: knownOutcomes)
            bag.report(
              .W007, at: edge.target.span,
              LocalizedText(vi: "kết thúc \"\(outcome)\" không có trong danh sách", en: "end outcome \"\(outcome)\" is not known"),
              help: LocalizedText(
                vi: (suggestion.map { "có phải ý bạn là \"\($0)\"? " } ?? "")
                  + "dùng \(knownOutcomes.joined(separator: ", ")), hoặc khai báo kết thúc thành công trong result.success_outcomes",
                en: (suggestion.map { "did you mean \"\($0)\"? " } ?? "")
                  + "use \(knownOutcomes.joined(separator: ", ")), or declare a successful end in result.success_outcomes"))
          }
        default:
          break
        }
        if let outcome = edge.outcome {
          if let first = seenTargets[edge.target.value] {
            bag.report(
              .W008, at: outcome.span,
              LocalizedText(
                vi: "nhánh \"\(outcome.value)\" dẫn tới cùng nơi với nhánh \"\(first.value)\"",
                en: "outcome \"\(outcome.value)\" leads to the same place as \"\(first.value)\""),
              help: LocalizedText(vi: "gộp hai nhánh, hoặc sửa đích của một nhánh", en: "merge the two outcomes, or change one's target"),
              notes: [bag.note(at: first.span, LocalizedText(vi: "nhánh kia ở đây", en: "the other outcome"))])
          } else {
            seenTargets[edge.target.value] = outcome
          }
        }
      }
    }

    if !hasSuccess && incomplete.isEmpty {
      bag.report(
        .W006, at: procedure.keySpans["steps"] ?? procedure.steps[0].id.span,
        LocalizedText(vi: "không bước nào dẫn tới end(issued)", en: "no step leads to end(issued)"),
        help: LocalizedText(
          vi: "thêm next: end(issued) ở bước trả kết quả, hoặc khai báo kết thúc thành công khác trong result.success_outcomes",
          en: "add next: end(issued) to the step that returns the result, or declare another successful end in result.success_outcomes"))
    }
    guard targetsOK else { return bag.diagnostics }  // reachability is meaningless with unknown targets

    let reachable = graph.reachableFromFirst()
    for (index, step) in procedure.steps.enumerated() where !reachable[index] {
      bag.report(
        .W001, at: step.id.span,
        LocalizedText(vi: "không bước nào dẫn tới bước \"\(step.id.value)\"", en: "no step leads to step \"\(step.id.value)\""),
        help: LocalizedText(
          vi: "thêm \"\(step.id.value)\" vào next hoặc outcomes của một bước trước, hoặc xóa bước này",
          en: "name \"\(step.id.value)\" in the next or outcomes of an earlier step, or remove this step"))
    }
    let finishing = graph.canReachEnd()
    for (index, step) in procedure.steps.enumerated() where !finishing[index] && reachable[index] {
      bag.report(
        .W002, at: step.id.span,
        LocalizedText(vi: "từ bước \"\(step.id.value)\" không thể đi tới kết thúc", en: "no end can be reached from step \"\(step.id.value)\""),
        help: LocalizedText(
          vi: "mọi nhánh phải dẫn tới end(...) sau hữu hạn bước", en: "every way on must lead to an end(...) eventually"))
    }
    for cycle in graph.cyclesWithoutApplicantWait() {
      let names = (cycle.steps + [cycle.steps[0]]).map { procedure.steps[$0].id.value }.joined(separator: " → ")
      bag.report(
        .W003, at: cycle.closing.target.span,
        LocalizedText(vi: "vòng lặp \(names) không qua bước chờ người nộp", en: "loop \(names) does not pass a step that waits for the applicant"),
        help: LocalizedText(
          vi: "chỉ được quay lại khi chờ người nộp bổ sung: thêm một bước có waits_for_applicant: true vào vòng lặp",
          en: "a procedure may go back only while waiting for the applicant: put a step with waits_for_applicant: true in the loop"))
    }
    checkDeadline(procedure, graph: graph, into: &bag)
    return bag.diagnostics
  }

  /// The longest path through steps that do not wait for the applicant must fit within the
  /// strictest deadline.
  private static func checkDeadline(_ procedure: Procedure, graph: WorkflowGraph, into bag: inout DiagnosticBag) {
    guard let time = procedure.processingTime,
      let path = graph.criticalPath(hours: { WorkingTime.hours(ofStep: $0.duration.value) })
    else { return }
    let deadlines: [(channel: String?, duration: Duration)]
    switch time {
    case .single(let duration): deadlines = [(nil, duration.value)]
    case .perChannel(let entries): deadlines = entries.map { ($0.channel.value.rawValue, $0.duration.value) }
    }
    guard let strictest = deadlines.min(by: { WorkingTime.hours(ofDeadline: $0.duration) < WorkingTime.hours(ofDeadline: $1.duration) })
    else { return }
    let limit = WorkingTime.hours(ofDeadline: strictest.duration)
    guard path.hours > limit else { return }
    let total = WorkingTime.describe(path.hours)
    let allowed = WorkingTime.describe(limit)
    let names = path.steps.map { procedure.steps[$0].id.value }.joined(separator: " → ")
    let channel = strictest.channel.map { " (\($0))" } ?? ""
    bag.report(
      .W004, at: procedure.processingTimeSpan,
      LocalizedText(
        vi: "các bước mất \(total.vi), quá thời hạn \(strictest.duration.description)\(channel) là \(allowed.vi)",
        en: "the steps take \(total.en), more than the \(allowed.en) of \(strictest.duration.description)\(channel)"),
      help: LocalizedText(
        vi: "đường dài nhất: \(names); rút ngắn các bước này hoặc sửa thời hạn theo văn bản pháp luật",
        en: "the longest path: \(names); shorten these steps or correct the deadline to the legal text"),
      notes: path.steps.map { index in
        let step = procedure.steps[index]
        let hours = WorkingTime.describe(WorkingTime.hours(ofStep: step.duration.value))
        return bag.note(at: step.duration.span, LocalizedText(vi: "\(step.id.value): \(hours.vi)", en: "\(step.id.value): \(hours.en)"))
      })
  }
}
