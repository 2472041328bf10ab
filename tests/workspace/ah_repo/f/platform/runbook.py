"""Node drain runbook: a workflow of its own, and the tasks other workflows reuse."""

import subprocess

from wmill import task, workflow


@task(timeout=900)
async def drain_node(node: str, grace_seconds: int = 120) -> dict:
    out = subprocess.run(
        ["kubectl", "drain", node, "--ignore-daemonsets", f"--grace-period={grace_seconds}"],
        capture_output=True,
        text=True,
    )
    return {"node": node, "ok": out.returncode == 0, "log": out.stdout[-2000:]}


@task(timeout=120)
async def uncordon(node: str) -> bool:
    return subprocess.run(["kubectl", "uncordon", node]).returncode == 0


@workflow
async def main(nodes: list[str], grace_seconds: int = 120):
    drained = []
    for node in nodes:
        drained.append(await drain_node(node, grace_seconds=grace_seconds))
    return {"drained": drained}
