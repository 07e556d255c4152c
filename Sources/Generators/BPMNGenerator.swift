import Model
import Semantics

/// `workflows/<code>.bpmn`: BPMN 2.0 XML a workflow engine can import — one pool for the
/// procedure, a lane per actor, a user task per step, an exclusive gateway after each step
/// with outcomes (its flows carry `outcome == '<name>'` conditions), an end event per end
/// outcome, and diagram interchange (BPMNDI) so modelers can draw it.
public struct BPMNGenerator: ProcedureGenerator {
  public init() {}

  // Layout, in diagram units.
  static let laneHeight = 140
  static let columnWidth = 170
  static let laneLabel = 40
  static let taskSize = (width: 120, height: 80)
  static let eventSize = 36
  static let gatewaySize = 50

  public func generate(_ checked: CheckedProcedure, in input: BuildInput) -> [OutputFile] {
    let language = input.catalog.defaultLanguage?.value ?? "vi"
    return [OutputFile(path: BuildInput.paths(for: checked.code).bpmn, bytes: document(checked, input: input, language: language))]
  }

  private struct Node {
    enum Kind { case start, task, gateway, end }
    var id: String
    var kind: Kind
    var name: String
    var lane: Int
    var column: Int
  }

  private struct Flow {
    var id: String
    var source: String
    var target: String
    var name: String?
    var condition: String?
  }

  private func document(_ checked: CheckedProcedure, input: BuildInput, language: String) -> [UInt8] {
    let procedure = checked.procedure
    let code = checked.code.replacing(".", with: "_")
    // Lanes: one per actor, in order of first use.
    var lanes: [String] = []
    for step in procedure.steps where !lanes.contains(step.actor.value) { lanes.append(step.actor.value) }
    if lanes.isEmpty { lanes = ["applicant"] }
    // Columns: breadth-first order from the first step.
    var column: [Int: Int] = [:]
    if !procedure.steps.isEmpty {
      column[0] = 1
      var queue = [0]
      var head = 0
      while head < queue.count {
        let current = queue[head]
        head += 1
        for edge in checked.graph.edges[current] {
          if let next = edge.targetIndex, column[next] == nil {
            column[next] = column[current]! + (procedure.steps[current].outcomes.isEmpty ? 1 : 2)
            queue.append(next)
          }
        }
      }
    }
    let lastColumn = (column.values.max() ?? 0) + 1
    var nodes: [Node] = [Node(id: "Event_start", kind: .start, name: "Nộp hồ sơ", lane: 0, column: 0)]
    var flows: [Flow] = []
    var ends: [String] = []
    func taskID(_ step: String) -> String { "Task_\(step)" }
    if let first = procedure.steps.first {
      flows.append(Flow(id: "Flow_start", source: "Event_start", target: taskID(first.id.value)))
    }
    for (index, step) in procedure.steps.enumerated() {
      let lane = lanes.firstIndex(of: step.actor.value) ?? 0
      let stepColumn = column[index] ?? lastColumn
      let actor = WorkflowRow.actorName(step.actor.value, procedure: procedure, input: input, language: language)
      nodes.append(Node(id: taskID(step.id.value), kind: .task, name: step.name.resolved(language) + " (" + actor + ")", lane: lane, column: stepColumn))
      func targetID(_ target: StepTarget) -> String {
        switch target {
        case .step(let id): return taskID(id)
        case .end(let outcome):
          if !ends.contains(outcome) { ends.append(outcome) }
          return "Event_end_\(outcome)"
        }
      }
      if let next = step.next {
        flows.append(Flow(id: "Flow_\(step.id.value)_next", source: taskID(step.id.value), target: targetID(next.value)))
      } else if !step.outcomes.isEmpty {
        let gateway = "Gateway_\(step.id.value)"
        nodes.append(Node(id: gateway, kind: .gateway, name: "", lane: lane, column: stepColumn + 1))
        flows.append(Flow(id: "Flow_\(step.id.value)_decide", source: taskID(step.id.value), target: gateway))
        for outcome in step.outcomes {
          flows.append(Flow(
            id: "Flow_\(step.id.value)_\(outcome.name.value)", source: gateway, target: targetID(outcome.target.value),
            name: outcome.name.value, condition: "outcome == '\(outcome.name.value)'"))
        }
      }
    }
    for (index, outcome) in ends.enumerated() {
      let lane = min(index, lanes.count - 1)
      nodes.append(Node(id: "Event_end_\(outcome)", kind: .end, name: outcome, lane: lane, column: lastColumn + 1))
    }

    var out = TextBytes(capacity: 16_384)
    out.add(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
      "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" ",
      "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" ",
      "xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
      "id=\"Definitions_", code, "\" targetNamespace=\"https://tthc.example/bpmn/", code,
      "\" exporter=\"tthc\" exporterVersion=\"1\">\n")
    let name = Markup.escape(procedure.name.resolved(language))
    out.add("  <bpmn:collaboration id=\"Collaboration_", code, "\">\n")
    out.add("    <bpmn:participant id=\"Participant_", code, "\" name=\"", name, "\" processRef=\"Process_", code, "\" />\n")
    out.add("  </bpmn:collaboration>\n")
    out.add("  <bpmn:process id=\"Process_", code, "\" name=\"", name, "\" isExecutable=\"true\">\n")
    out.add("    <bpmn:laneSet id=\"LaneSet_", code, "\">\n")
    for (index, lane) in lanes.enumerated() {
      let laneName = WorkflowRow.actorName(lane, procedure: procedure, input: input, language: language)
      out.add("      <bpmn:lane id=\"Lane_", index, "\" name=\"", Markup.escape(laneName), "\">\n")
      for node in nodes where node.lane == index {
        out.add("        <bpmn:flowNodeRef>", node.id, "</bpmn:flowNodeRef>\n")
      }
      out.add("      </bpmn:lane>\n")
    }
    out.add("    </bpmn:laneSet>\n")
    for node in nodes {
      let element: String
      switch node.kind {
      case .start: element = "startEvent"
      case .task: element = "userTask"
      case .gateway: element = "exclusiveGateway"
      case .end: element = "endEvent"
      }
      out.add("    <bpmn:", element, " id=\"", node.id, "\"")
      if !node.name.isEmpty { out.add(" name=\"", Markup.escape(node.name), "\"") }
      out.add(">\n")
      for flow in flows where flow.target == node.id { out.add("      <bpmn:incoming>", flow.id, "</bpmn:incoming>\n") }
      for flow in flows where flow.source == node.id { out.add("      <bpmn:outgoing>", flow.id, "</bpmn:outgoing>\n") }
      out.add("    </bpmn:", element, ">\n")
    }
    for flow in flows {
      out.add("    <bpmn:sequenceFlow id=\"", flow.id, "\"")
      if let name = flow.name { out.add(" name=\"", Markup.escape(name), "\"") }
      out.add(" sourceRef=\"", flow.source, "\" targetRef=\"", flow.target, "\"")
      if let condition = flow.condition {
        out.add(">\n")
        out.add(
          "      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">", Markup.escape(condition),
          "</bpmn:conditionExpression>\n")
        out.add("    </bpmn:sequenceFlow>\n")
      } else {
        out.add(" />\n")
      }
    }
    out.add("  </bpmn:process>\n")
    diagram(code: code, lanes: lanes.count, columns: lastColumn + 2, nodes: nodes, flows: flows, into: &out)
    out.add("</bpmn:definitions>\n")
    return out.bytes
  }

  private func bounds(_ node: Node) -> (x: Int, y: Int, width: Int, height: Int) {
    let size: (Int, Int)
    switch node.kind {
    case .start, .end: size = (Self.eventSize, Self.eventSize)
    case .gateway: size = (Self.gatewaySize, Self.gatewaySize)
    case .task: size = Self.taskSize
    }
    let centerX = Self.laneLabel + 60 + node.column * Self.columnWidth
    let centerY = node.lane * Self.laneHeight + Self.laneHeight / 2
    return (centerX - size.0 / 2, centerY - size.1 / 2, size.0, size.1)
  }

  private func diagram(code: String, lanes: Int, columns: Int, nodes: [Node], flows: [Flow], into out: inout TextBytes) {
    let width = Self.laneLabel + 60 + columns * Self.columnWidth
    out.add("  <bpmndi:BPMNDiagram id=\"Diagram_", code, "\">\n")
    out.add("    <bpmndi:BPMNPlane id=\"Plane_", code, "\" bpmnElement=\"Collaboration_", code, "\">\n")
    out.add("      <bpmndi:BPMNShape id=\"Participant_", code, "_di\" bpmnElement=\"Participant_", code, "\" isHorizontal=\"true\">\n")
    out.add("        <dc:Bounds x=\"0\" y=\"0\" width=\"", width, "\" height=\"", lanes * Self.laneHeight, "\" />\n")
    out.add("      </bpmndi:BPMNShape>\n")
    for lane in 0..<lanes {
      out.add("      <bpmndi:BPMNShape id=\"Lane_", lane, "_di\" bpmnElement=\"Lane_", lane, "\" isHorizontal=\"true\">\n")
      out.add(
        "        <dc:Bounds x=\"", Self.laneLabel, "\" y=\"", lane * Self.laneHeight, "\" width=\"", width - Self.laneLabel,
        "\" height=\"", Self.laneHeight, "\" />\n")
      out.add("      </bpmndi:BPMNShape>\n")
    }
    var boxes: [String: (x: Int, y: Int, width: Int, height: Int)] = [:]
    for node in nodes {
      let box = bounds(node)
      boxes[node.id] = box
      out.add("      <bpmndi:BPMNShape id=\"", node.id, "_di\" bpmnElement=\"", node.id, "\"")
      if node.kind == .gateway { out.add(" isMarkerVisible=\"true\"") }
      out.add(">\n")
      out.add("        <dc:Bounds x=\"", box.x, "\" y=\"", box.y, "\" width=\"", box.width, "\" height=\"", box.height, "\" />\n")
      out.add("      </bpmndi:BPMNShape>\n")
    }
    for flow in flows {
      guard let source = boxes[flow.source], let target = boxes[flow.target] else { continue }
      let start = (x: source.x + source.width, y: source.y + source.height / 2)
      let end = (x: target.x, y: target.y + target.height / 2)
      out.add("      <bpmndi:BPMNEdge id=\"", flow.id, "_di\" bpmnElement=\"", flow.id, "\">\n")
      out.add("        <di:waypoint x=\"", start.x, "\" y=\"", start.y, "\" />\n")
      if start.y != end.y {
        let middle = (start.x + end.x) / 2
        out.add("        <di:waypoint x=\"", middle, "\" y=\"", start.y, "\" />\n")
        out.add("        <di:waypoint x=\"", middle, "\" y=\"", end.y, "\" />\n")
      }
      out.add("        <di:waypoint x=\"", end.x, "\" y=\"", end.y, "\" />\n")
      out.add("      </bpmndi:BPMNEdge>\n")
    }
    out.add("    </bpmndi:BPMNPlane>\n")
    out.add("  </bpmndi:BPMNDiagram>\n")
  }
}
