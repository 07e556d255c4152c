import Model
import Semantics

/// One row of a workflow table: a step with its actor, duration, cumulative time and ways on.
struct WorkflowRow {
  var number: Int
  var step: Step
  var actorName: String
  var hours: Double
  /// Working hours from the start to the end of this step on the longest path; nil for steps
  /// that wait for the applicant (not counted against the deadline) or cannot be placed.
  var cumulative: Double?
  /// `approved → ky_duyet`, `→ end(issued)`.
  var transitions: [(outcome: String?, target: String)]

  static func rows(_ checked: CheckedProcedure, input: BuildInput, language: String) -> [WorkflowRow] {
    let procedure = checked.procedure
    let finish = checked.graph.finishTimes(hours: { WorkingTime.hours(ofStep: $0.duration.value) })
    return procedure.steps.enumerated().map { index, step in
      WorkflowRow(
        number: index + 1, step: step, actorName: actorName(step.actor.value, procedure: procedure, input: input, language: language),
        hours: WorkingTime.hours(ofStep: step.duration.value),
        cumulative: step.waitsForApplicant ? nil : finish?[index]?.hours,
        transitions: checked.graph.edges[index].map { edge in (edge.outcome?.value, describe(edge.target.value)) })
    }
  }

  static func describe(_ target: StepTarget) -> String {
    switch target {
    case .step(let id): id
    case .end(let outcome): "end(\(outcome))"
    }
  }

  static func actorName(_ actor: String, procedure: Procedure, input: BuildInput, language: String) -> String {
    let parts = actor.split(separator: ".").map(String.init)
    let agency = parts.count == 2 ? input.agencies[parts[0]] : input.agencies[procedure.agency.value]
    let role = parts.last ?? actor
    return agency?.roles.first { $0.id.value == role }?.name.resolved(language) ?? role
  }

  /// `8`, `0.5`, `12.5`.
  static func hoursText(_ hours: Double) -> String {
    hours == hours.rounded() ? String(Int(hours)) : String(hours)
  }
}
