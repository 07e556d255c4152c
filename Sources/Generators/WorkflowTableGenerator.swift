import Model
import Semantics

/// `workflows/<code>.md`: the step table and a Mermaid flowchart of the workflow.
public struct WorkflowTableGenerator: ProcedureGenerator {
  public init() {}

  public func generate(_ checked: CheckedProcedure, in input: BuildInput) -> [OutputFile] {
    let language = input.catalog.defaultLanguage?.value ?? "vi"
    return [OutputFile(path: BuildInput.paths(for: checked.code).workflow, bytes: document(checked, input: input, language: language))]
  }

  private func document(_ checked: CheckedProcedure, input: BuildInput, language: String) -> [UInt8] {
    let procedure = checked.procedure
    var out = TextBytes(capacity: 4096)
    out.add("# ", checked.code, " — ", Self.cell(procedure.name.resolved(language)), "\n\n")
    if let time = procedure.processingTime {
      out.add("Thời hạn giải quyết / Legal deadline: ", deadlineText(time), "\n\n")
    }
    out.add(
      "| # | Bước / Step | Người thực hiện / Actor | Thời gian / Duration | Lũy kế (giờ làm việc) / Cumulative (working hours) | Kết quả → Bước tiếp / Outcome → Next |\n",
      "| ---: | --- | --- | --- | ---: | --- |\n")
    for row in WorkflowRow.rows(checked, input: input, language: language) {
      let step = row.step
      out.add("| ", row.number, " | ", Self.cell(step.name.resolved(language)), " (`", step.id.value, "`) | ", Self.cell(row.actorName), " | ")
      out.add(step.duration.value.description)
      if step.waitsForApplicant { out.add(" (chờ người nộp / waits for the applicant)") }
      out.add(" | ", row.cumulative.map(WorkflowRow.hoursText) ?? "—", " | ")
      for (index, transition) in row.transitions.enumerated() {
        if index > 0 { out.add("<br>") }
        out.add(Self.cell((transition.outcome.map { "\($0) → " } ?? "→ ") + transition.target))
      }
      out.add(" |\n")
    }
    out.add("\n```mermaid\nflowchart TD\n")
    out.add("  start((\"Nộp hồ sơ\")) --> ", nodeID(procedure.steps.first?.id.value ?? "end_issued"), "\n")
    var ends: [String] = []
    for (index, step) in procedure.steps.enumerated() {
      out.add("  ", nodeID(step.id.value), "[\"", Self.mermaid(step.name.resolved(language)), "\"]\n")
      for edge in checked.graph.edges[index] {
        out.add("  ", nodeID(step.id.value), " -->")
        if let outcome = edge.outcome { out.add("|", Self.mermaid(outcome.value), "|") }
        switch edge.target.value {
        case .step(let id): out.add(" ", nodeID(id), "\n")
        case .end(let outcome):
          out.add(" end_", outcome, "\n")
          if !ends.contains(outcome) { ends.append(outcome) }
        }
      }
    }
    for outcome in ends {
      out.add("  end_", outcome, "([\"end(", outcome, ")\"])\n")
    }
    out.add("```\n")
    return out.bytes
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
