#!/usr/bin/env python3
"""Checks generated BPMN files with SpiffWorkflow, a real BPMN engine.

For each file: validate it against the BPMN 2.0 XSD that SpiffWorkflow ships, parse it,
then run the happy path — complete every user task, choosing at each gateway the outcome
that leads soonest to a successful end (any end but rejected, withdrawn and cancelled, the
failing end outcomes of format v1) — and require the workflow to finish at a successful
end. Exits 1 when any file fails.

Usage: check_bpmn.py FILE.bpmn [FILE.bpmn ...]
"""
import sys
from collections import deque

from lxml import etree
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser, BpmnValidator
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.util.task import TaskState

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"


FAILING_ENDS = {"Event_end_rejected", "Event_end_withdrawn", "Event_end_cancelled"}


def successful_ends(tree):
    return {e.get("id") for e in tree.iter(BPMN + "endEvent")} - FAILING_ENDS


def happy_choices(tree):
    """For each gateway, the outcome whose path reaches a successful end soonest (breadth first)."""
    flows = {}
    for flow in tree.iter(BPMN + "sequenceFlow"):
        flows.setdefault(flow.get("sourceRef"), []).append((flow.get("targetRef"), flow.get("name")))
    # Distance to Event_end_issued, walking flows backwards.
    reverse = {}
    for source, targets in flows.items():
        for target, _ in targets:
            reverse.setdefault(target, []).append(source)
    ends = sorted(successful_ends(tree))
    distance = {end: 0 for end in ends}
    queue = deque(ends)
    while queue:
        node = queue.popleft()
        for previous in reverse.get(node, []):
            if previous not in distance:
                distance[previous] = distance[node] + 1
                queue.append(previous)
    choices = {}
    for source, targets in flows.items():
        if source.startswith("Gateway_"):
            reachable = [(distance[t], name) for t, name in targets if t in distance]
            if reachable:
                choices[source] = min(reachable)[1]
    return choices


def check(path):
    with open(path, "rb") as handle:
        tree = etree.parse(handle)
    BpmnValidator().validate(tree, path)
    parser = BpmnParser()
    parser.add_bpmn_file(path)
    process_id = next(tree.iter(BPMN + "process")).get("id")
    workflow = BpmnWorkflow(parser.get_spec(process_id))
    choices = happy_choices(tree.getroot())
    steps = 0
    while not workflow.is_completed():
        workflow.do_engine_steps()
        ready = workflow.get_tasks(state=TaskState.READY, manual=True)
        if not ready:
            break
        for task in ready:
            gateway = "Gateway_" + task.task_spec.name[len("Task_"):]
            task.data["outcome"] = choices.get(gateway, "")
            task.run()
            steps += 1
        if steps > 1000:
            raise RuntimeError("the happy path does not end")
    workflow.do_engine_steps()
    if not workflow.is_completed():
        raise RuntimeError("the workflow did not complete")
    ended = [t.task_spec.name for t in workflow.get_tasks(state=TaskState.COMPLETED) if t.task_spec.name.startswith("Event_end_")]
    if not set(ended) & successful_ends(tree.getroot()):
        raise RuntimeError("the happy path ended at %s, not at a successful end" % ended)
    return steps


def main():
    failures = 0
    for path in sys.argv[1:]:
        try:
            steps = check(path)
            print("ok    %s (%d tasks on the happy path)" % (path, steps))
        except Exception as error:  # report every file, then fail
            failures += 1
            print("FAIL  %s: %s" % (path, error))
    print("%d passed, %d failed" % (len(sys.argv) - 1 - failures, failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
