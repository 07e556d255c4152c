import Model
import Semantics

/// `workflows/<code>.csv`: the step table for spreadsheets — RFC 4180 (CRLF, quoted fields),
/// UTF-8 with a byte-order mark so Excel shows Vietnamese.
public struct WorkflowCSVGenerator: ProcedureGenerator {
  public init() {}

  static let header = [
    "number", "step_id", "step_name", "actor", "actor_name", "duration", "unit", "working_hours",
    "cumulative_working_hours", "waits_for_applicant", "transitions",
  ]

  public func generate(_ checked: CheckedProcedure, in input: BuildInput) -> [OutputFile] {
    let language = input.catalog.defaultLanguage?.value ?? "vi"
    var lines = [Self.header.map(Self.field).joined(separator: ",")]
    for row in WorkflowRow.rows(checked, input: input, language: language) {
      let step = row.step
      let values = [
        String(row.number), step.id.value, step.name.resolved(language), step.actor.value, row.actorName,
        step.duration.value.amountText, step.duration.value.unit.rawValue, WorkflowRow.hoursText(row.hours),
        row.cumulative.map(WorkflowRow.hoursText) ?? "", step.waitsForApplicant ? "true" : "false",
        row.transitions.map { ($0.outcome.map { "\($0)=" } ?? "") + $0.target }.joined(separator: "; "),
      ]
      lines.append(values.map(Self.field).joined(separator: ","))
    }
    let text = lines.joined(separator: "\r\n") + "\r\n"
    return [OutputFile(path: BuildInput.paths(for: checked.code).csv, bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))]
  }

  /// Quotes a field when it holds a comma, a quote or a line break, LF or CR (quotes doubled).
  static func field(_ text: String) -> String {
    guard text.containsUTF8Byte(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
