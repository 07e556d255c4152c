/// Where a step leads: another step, or the end of the procedure with an outcome.
public enum StepTarget: Sendable, Hashable {
  case step(String)
  /// `end(issued)`, `end(rejected)`…
  case end(String)
}

/// One step of the processing workflow (trình tự thực hiện).
public struct Step: Sendable {
  public var id: Located<String>
  public var name: Text
  /// A role of the procedure's agency (`bo_phan_mot_cua`) or of another one (`cong_an_tinh.doi_xnc`).
  public var actor: Located<String>
  public var duration: Located<Duration>
  public var waitsForApplicant: Bool
  /// `next:` — the one way on.
  public var next: Located<StepTarget>?
  /// `outcomes:` — named ways on, in file order.
  public var outcomes: [(name: Located<String>, target: Located<StepTarget>)]

  public init(id: Located<String>, name: Text, actor: Located<String>, duration: Located<Duration>) {
    self.id = id
    self.name = name
    self.actor = actor
    self.duration = duration
    self.waitsForApplicant = false
    self.outcomes = []
  }
}
