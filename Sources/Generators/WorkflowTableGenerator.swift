import Model
import Semantics

/// `workflows/<code>.md`: the step table and a Mermaid flowchart of the workflow.
public struct WorkflowTableGenerator: ProcedureGenerator {
  public init() {}

  public func generate(_ checked: CheckedProcedure, in input: BuildInput) -> [OutputFile] {
    let language = input.catalog.defaultLanguage?.value ?? "vi"
    return [OutputFile(path: BuildInput.paths(for: checked.code).workflow, text: document(checked, input: input, language: language))]
  }

  private func document(_ checked: CheckedProcedure, input: BuildInput, language: String) -> String {
    let procedure = checked.procedure
    var out = "# \(checked.code) — \(Self.cell(procedure.name.resolved(language)))\n\n"
    if let time = procedure.processingTime {
      out += "Thời hạn giải quyết / Legal deadline: " + deadlineText(time) + "\n\n"
    }
    out += "| # | Bước / Step | Người thực hiện / Actor | Thời gian / Duration | Lũy kế (giờ làm việc) / Cumulative (working hours) | Kết quả → Bước tiếp / Outcome → Next |\n"
    out += "| ---: | --- | --- | --- | ---: | --- |\n"
    for row in WorkflowRow.rows(checked, input: input, language: language) {
      let step = row.step
      let duration = step.duration.value.description + (step.waitsForApplicant ? " (chờ người nộp / waits for the applicant)" : "")
      let cumulative = row.cumulative.map(WorkflowRow.hoursText) ?? "—"
      let ways = row.transitions.map { Self.cell(($0.outcome.map { "\($0) → " } ?? "→ ") + $0.target) }.joined(separator: "<br>")
      out += "| \(row.number) | \(Self.cell(step.name.resolved(language))) (`\(step.id.value)`) | \(Self.cell(row.actorName)) | \(duration) | \(cumulative) | \(ways) |\n"
    }
    out += "\n```mermaid\nflowchart TD\n"
    out += "  start((\"Nộp hồ sơ\")) --> \(nodeID(procedure.steps.first?.id.value ?? "end_issued"))\n"
    var ends: [String] = []
    for (index, step) in procedure.steps.enumerated() {
      out += "  \(nodeID(step.id.value))[\"\(Self.mermaid(step.name.resolved(language)))\"]\n"
      for edge in checked.graph.edges[index] {
        let target: String
        switch edge.target.value {
        case .step(let id): target = nodeID(id)
        case .end(let outcome):
          target = "end_" + outcome
          if !ends.contains(outcome) { ends.append(outcome) }
        }
        let label = edge.outcome.map { "|\(Self.mermaid($0.value))|" } ?? ""
        out += "  \(nodeID(step.id.value)) -->\(label) \(target)\n"
      }
    }
    for outcome in ends {
      out += "  end_\(outcome)([\"end(\(outcome))\"])\n"
    }
    out += "```\n"
    return out
  }

  private func deadlineText(_ time: ProcessingTime) -> String {
    switch time {
    case .single(let duration):
      return "\(duration.value.description) (\(WorkflowRow.hoursText(WorkingTime.hours(ofDeadline: duration.value))) giờ làm việc / working hours)"
    case .perChannel(let entries):
      return entries.map {
        "\($0.channel.value.rawValue): \($0.duration.value.description) (\(WorkflowRow.hoursText(WorkingTime.hours(ofDeadline: $0.duration.value))))"
      }.joined(separator: "; ")
    }
  }

  private func nodeID(_ id: String) -> String { "s_" + id }

  /// Text inside a Markdown table cell: pipes and line breaks (LF, CR) would end the cell.
  static func cell(_ text: String) -> String {
    Markup.replacingScalars(in: text, ifAnyByte: { $0 == 0x26 || $0 == 0x3C || $0 == 0x7C || $0 == 0x0A || $0 == 0x0D }) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case "|": "\\|"
      case "\n", "\r": " "
      default: nil
      }
    }
  }

  /// Text inside a Mermaid label: quotes become entities, brackets are safe inside quotes,
  /// line breaks (LF, CR) become spaces.
  static func mermaid(_ text: String) -> String {
    Markup.replacingScalars(in: text, ifAnyByte: { $0 == 0x22 || $0 == 0x3C || $0 == 0x3E || $0 == 0x0A || $0 == 0x0D }) { scalar in
      switch scalar {
      case "\"": "#quot;"
      case "<": "#lt;"
      case ">": "#gt;"
      case "\n", "\r": " "
      default: nil
      }
    }
  }
}
