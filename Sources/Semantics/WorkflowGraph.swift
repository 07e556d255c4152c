import Model

/// The steps of a procedure as a graph: who leads where, computed once for every check that
/// needs it. Step 0 is the first step.
public struct WorkflowGraph: Sendable {
  public struct Edge: Sendable {
    /// The outcome name, or nil for `next:`.
    public var outcome: Located<String>?
    public var target: Located<StepTarget>
    /// The index of the target step, nil for an end or an unknown step.
    public var targetIndex: Int?
  }

  public let steps: [Step]
  public let edges: [[Edge]]
  public let indexByID: [String: Int]

  public init(_ steps: [Step]) {
    self.steps = steps
    var index: [String: Int] = [:]
    for (position, step) in steps.enumerated() where index[step.id.value] == nil { index[step.id.value] = position }
    self.indexByID = index
    self.edges = steps.map { step in
      var edges: [Edge] = []
      if let next = step.next { edges.append(Edge(outcome: nil, target: next, targetIndex: Self.index(next.value, index))) }
      for outcome in step.outcomes {
        edges.append(Edge(outcome: outcome.name, target: outcome.target, targetIndex: Self.index(outcome.target.value, index)))
      }
      return edges
    }
  }

  private static func index(_ target: StepTarget, _ index: [String: Int]) -> Int? {
    if case .step(let id) = target { return index[id] }
    return nil
  }

  /// Whether each step is reachable from the first one (breadth first, no recursion).
  /// Procedures have a handful of steps: flags by index, not sets.
  public func reachableFromFirst() -> [Bool] {
    reachableFromFirst(through: { _ in true })
  }

  /// Whether each step is reachable from the first one through steps that `passes` lets in
  /// (the first step counts whatever `passes` says of it).
  private func reachableFromFirst(through passes: (Step) -> Bool) -> [Bool] {
    var seen = Array(repeating: false, count: steps.count)
    guard !steps.isEmpty else { return seen }
    seen[0] = true
    var queue = [0]
    while let current = queue.popLast() {
      for edge in edges[current] {
        if let next = edge.targetIndex, !seen[next], passes(steps[next]) {
          seen[next] = true
          queue.append(next)
        }
      }
    }
    return seen
  }

  /// Whether some end can be reached from each step.
  public func canReachEnd() -> [Bool] {
    var predecessors = Array(repeating: [Int](), count: steps.count)
    var finished = Array(repeating: false, count: steps.count)
    var queue: [Int] = []
    for (from, list) in edges.enumerated() {
      for edge in list {
        if let to = edge.targetIndex { predecessors[to].append(from) }
        if case .end = edge.target.value, !finished[from] {
          finished[from] = true
          queue.append(from)
        }
      }
    }
    while let current = queue.popLast() {
      for previous in predecessors[current] where !finished[previous] {
        finished[previous] = true
        queue.append(previous)
      }
    }
    return finished
  }

  /// Loops made only of steps that do not wait for the applicant, each as the steps in order
  /// and the edge that closes it. Depth-first with an explicit stack.
  public func cyclesWithoutApplicantWait() -> [(steps: [Int], closing: Edge)] {
    var color = Array(repeating: 0, count: steps.count)  // 0 new, 1 on the path, 2 done
    var cycles: [(steps: [Int], closing: Edge)] = []
    var seenCycles: Set<[Int]> = []
    for root in steps.indices where color[root] == 0 && !steps[root].waitsForApplicant {
      var stack: [(node: Int, nextEdge: Int)] = [(root, 0)]
      color[root] = 1
      while !stack.isEmpty {
        let (node, edgeIndex) = stack[stack.count - 1]
        guard edgeIndex < edges[node].count else {
          color[node] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].nextEdge += 1
        let edge = edges[node][edgeIndex]
        guard let target = edge.targetIndex, !steps[target].waitsForApplicant else { continue }
        if color[target] == 1 {
          let path = stack.map(\.node)
          let loop = Array(path[(path.firstIndex(of: target) ?? 0)...])
          let key = loop.sorted()
          if seenCycles.insert(key).inserted { cycles.append((loop, edge)) }
        } else if color[target] == 0 {
          color[target] = 1
          stack.append((target, 0))
        }
      }
    }
    return cycles
  }

  /// For each step reachable through steps that do not wait for the applicant (by index;
  /// nil for the others), the longest time in working hours from the start of the first step
  /// to the end of that step, and the step before it on that path; nil when those steps loop
  /// (a loop is reported on its own).
  public func finishTimes(hours: (Step) -> Double) -> [(hours: Double, previous: Int?)?]? {
    var best: [(hours: Double, previous: Int?)?] = Array(repeating: nil, count: steps.count)
    guard let first = steps.indices.first, !steps[first].waitsForApplicant else { return best }
    // Topological order of the non-waiting steps reachable from the first (Kahn).
    let reachable = reachableFromFirst(through: { !$0.waitsForApplicant })
    let reachableCount = reachable.count { $0 }
    var incoming = Array(repeating: 0, count: steps.count)
    for node in steps.indices where reachable[node] {
      for edge in edges[node] {
        if let next = edge.targetIndex, reachable[next] { incoming[next] += 1 }
      }
    }
    var ready = steps.indices.filter { reachable[$0] && incoming[$0] == 0 }
    var order: [Int] = []
    while let node = ready.popLast() {
      order.append(node)
      for edge in edges[node] {
        guard let next = edge.targetIndex, reachable[next] else { continue }
        incoming[next] -= 1
        if incoming[next] == 0 { ready.append(next) }
      }
    }
    guard order.count == reachableCount else { return nil }
    best[first] = (hours(steps[first]), nil)
    for node in order {
      guard let here = best[node] else { continue }
      for edge in edges[node] {
        guard let next = edge.targetIndex, reachable[next] else { continue }
        let total = here.hours + hours(steps[next])
        if best[next] == nil || total > best[next]!.hours { best[next] = (total, node) }
      }
    }
    return best
  }

  /// The longest path, in working hours, through steps that do not wait for the applicant,
  /// from the first step (of equally long ends, the earliest step); nil when those steps loop.
  public func criticalPath(hours: (Step) -> Double) -> (hours: Double, steps: [Int])? {
    guard let best = finishTimes(hours: hours) else { return nil }
    var end: (index: Int, hours: Double)?
    for (index, finish) in best.enumerated() {
      guard let finish else { continue }
      if end == nil || finish.hours > end!.hours { end = (index, finish.hours) }
    }
    guard let end else { return (0, []) }
    var path = [end.index]
    var cursor = best[end.index]?.previous
    while let node = cursor {
      path.append(node)
      cursor = best[node]?.previous
    }
    return (end.hours, path.reversed())
  }
}
