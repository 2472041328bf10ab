# SDK: wmill 1.850.0 client.py task() on an async def; wmill.run_script_by_path is called inside the task body (its own job), and pydantic validation of the inputs is pure.
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
async def run_tool(node_id: str, process_id: str, inputs: dict) -> dict:
    result = wmill.run_script_by_path(f"f/tools/{process_id}", args=inputs)
    return {"node_id": node_id, "result": result}


def topological_sort(nodes: list[dict], edges: list[dict]) -> list[dict]:
    deps = {n["id"]: {e["source"] for e in edges if e["target"] == n["id"]} for n in nodes}
    done: list[str] = []
    order: list[dict] = []
    while len(order) < len(nodes):
        for n in nodes:
            if n["id"] not in done and deps[n["id"]] <= set(done):
                order.append(n)
                done.append(n["id"])
    return order


@workflow
async def main(params: dict) -> dict[str, Any]:
    p = RunnerParams(**params)
    outputs: dict[str, Any] = {}
    for node in topological_sort(p.nodes, p.edges):
        outputs[node["id"]] = await run_tool(node["id"], node["process_id"], node.get("inputs", {}))
    return outputs
