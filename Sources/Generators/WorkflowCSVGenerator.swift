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
    var out = TextBytes(capacity: 2048)
    out.add("\u{FEFF}", Self.headerLine)
    for row in WorkflowRow.rows(checked, input: input, language: language) {
      let step = row.step
      out.add(row.number, ",", Self.field(step.id.value), ",", Self.field(step.name.resolved(language)), ",")
      out.add(Self.field(step.actor.value), ",", Self.field(row.actorName), ",", Self.field(step.duration.value.amountText), ",")
      out.add(Self.field(step.duration.value.unit.rawValue), ",", Self.field(WorkflowRow.hoursText(row.hours)), ",")
      out.add(Self.field(row.cumulative.map(WorkflowRow.hoursText) ?? ""), ",", step.waitsForApplicant ? "true" : "false", ",")
      out.add(Self.field(row.transitions.map { ($0.outcome.map { "\($0)=" } ?? "") + $0.target }.joined(separator: "; ")), "\r\n")
    }
    return [OutputFile(path: BuildInput.paths(for: checked.code).csv, bytes: out.bytes)]
  }

  /// The header row and its line break, the same in every file.
  static let headerLine = header.map(field).joined(separator: ",") + "\r\n"

  /// Quotes a field when it holds a comma, a quote or a line break, LF or CR (quotes doubled).
  static func field(_ text: String) -> String {
    guard text.containsUTF8Byte(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
