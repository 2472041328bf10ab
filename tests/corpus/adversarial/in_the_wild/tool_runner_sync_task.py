# SDK: wmill 1.850.0 client.py task(): Windmill's parser and the task wrapper expect `async def`; wmill.run_script_by_path inside a task runs in the task's own job.
"""Workflow Runner - executes a graph of tool nodes in topological order, one task per node."""
from typing import Any

import wmill
from pydantic import BaseModel, Field
from wmill import task, workflow


class RunnerParams(BaseModel):
    project_id: str
    nodes: list[dict] = Field(default_factory=list)
    edges: list[dict] = Field(default_factory=list)


@task()
def run_tool(node_id: str, process_id: str, inputs: dict) -> dict:  # expect: WAC004
    """Run a single tool as a tracked sub-task."""
    result = wmill.run_script_by_path(f"f/tools/{process_id}", args=inputs)
    return {"node_id": node_id, "result": result}


def topological_sort(nodes: list[dict], edges: list[dict]) -> list[dict]:
    incoming = {n["id"]: 0 for n in nodes}
    for e in edges:
        incoming[e["target"]] += 1
    ready = [n for n in nodes if incoming[n["id"]] == 0]
    order: list[dict] = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for e in edges:
            if e["source"] == node["id"]:
                incoming[e["target"]] -= 1
                if incoming[e["target"]] == 0:
                    ready.append(next(n for n in nodes if n["id"] == e["target"]))
    return order


@workflow
async def main(params: dict) -> dict[str, Any]:
    p = RunnerParams(**params)
    outputs: dict[str, Any] = {}
    for node in topological_sort(p.nodes, p.edges):
        outputs[node["id"]] = await run_tool(node["id"], node["process_id"], node.get("inputs", {}))
    return outputs
