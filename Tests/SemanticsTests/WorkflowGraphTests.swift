import Diagnostics
import Model
import Semantics
import Testing

/// The workflow graph's answers on small hand-made graphs: reachability, ends, the longest
/// path and its ties, loops, and a first step that waits for the applicant.
@Suite("Workflow graph")
struct WorkflowGraphTests {
  static let here = Span(at: Mark(line: 0, column: 0))

  /// A step `id` taking `hours` working hours, leading to `targets` (`end:x` for an end).
  static func step(_ id: String, _ hours: Int, _ targets: [String], waits: Bool = false) -> Step {
    var step = Step(
      id: Located(id, at: here), name: Text(vi: id, span: here), actor: Located("a", at: here),
      duration: Located(Duration(halves: hours * 2, unit: .hours), at: here))
    step.waitsForApplicant = waits
    let located = targets.map { target in
      Located(target.hasPrefix("end:") ? StepTarget.end(String(target.dropFirst(4))) : .step(target), at: here)
    }
    if located.count == 1 {
      step.next = located[0]
    } else {
      step.outcomes = located.enumerated().map { (Located("o\($0.offset)", at: here), $0.element) }
    }
    return step
  }

  static func hours(_ step: Step) -> Double { Double(step.duration.value.halves) / 2 }

  @Test("reachable steps and steps that reach an end")
  func reachability() {
    let graph = WorkflowGraph([
      Self.step("a", 1, ["b", "c"]), Self.step("b", 1, ["end:issued"]), Self.step("c", 1, ["c"]),
      Self.step("orphan", 1, ["end:issued"]),
    ])
    #expect(graph.reachableFromFirst() == [true, true, true, false])
    #expect(graph.canReachEnd() == [true, true, false, true])
  }

  @Test("the longest path; of equally long ends, the earliest step")
  func longestPath() throws {
    let graph = WorkflowGraph([
      Self.step("a", 2, ["b", "c"]), Self.step("b", 3, ["d"]), Self.step("c", 1, ["d"]), Self.step("d", 4, ["end:issued"]),
    ])
    let path = try #require(graph.criticalPath(hours: Self.hours))
    #expect(path.hours == 9 && path.steps == [0, 1, 3])
    let finish = try #require(graph.finishTimes(hours: Self.hours))
    #expect(finish.map { $0?.hours } == [2, 5, 3, 9])
    #expect(finish.map { $0?.previous } == [nil, 0, 0, 1])

    let tied = WorkflowGraph([Self.step("a", 1, ["b", "c"]), Self.step("b", 2, ["end:issued"]), Self.step("c", 2, ["end:rejected"])])
    #expect(tied.criticalPath(hours: Self.hours)?.steps == [0, 1])
  }

  @Test("a loop without a wait has no longest path; waiting steps are left out of it")
  func loopsAndWaits() throws {
    let loop = WorkflowGraph([Self.step("a", 1, ["b"]), Self.step("b", 1, ["a", "end:issued"])])
    #expect(loop.finishTimes(hours: Self.hours) == nil)
    #expect(loop.cyclesWithoutApplicantWait().map(\.steps) == [[0, 1]])

    let waiting = WorkflowGraph([
      Self.step("a", 1, ["b"]), Self.step("b", 5, ["a", "c"], waits: true), Self.step("c", 1, ["end:issued"]),
    ])
    #expect(waiting.cyclesWithoutApplicantWait().isEmpty)
    let finish = try #require(waiting.finishTimes(hours: Self.hours))
    #expect(finish.map { $0?.hours } == [1, nil, nil])

    let firstWaits = WorkflowGraph([Self.step("a", 1, ["b"], waits: true), Self.step("b", 1, ["end:issued"])])
    #expect(firstWaits.finishTimes(hours: Self.hours)?.allSatisfy { $0 == nil } == true)
    #expect(firstWaits.criticalPath(hours: Self.hours).map { $0.steps } == [])
    #expect(WorkflowGraph([]).criticalPath(hours: Self.hours).map { $0.steps } == [])
  }
}
