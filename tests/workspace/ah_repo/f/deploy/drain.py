"""Drain a node pool before a kernel upgrade, reusing the runbook's tasks."""

from wmill import sleep, step, task, workflow

from f.platform.runbook import drain_node, uncordon
from f.platform.tasks import post_slack


@task(timeout=1800)
async def upgrade_kernel(node: str, version: str) -> dict:
    import subprocess

    rc = subprocess.run(["ssh", node, "sudo", "apt-get", "install", "-y", f"linux-image-{version}"]).returncode
    return {"node": node, "rc": rc}


@workflow
async def main(pool: list[str], kernel: str, settle_seconds: int = 300):
    results = []
    for node in pool:
        # record the drain outcome under a readable name in the run log
        drained = await step(f"drain-{node}", lambda: drain_node(node, grace_seconds=60))  # expect: WAC304, WAC103
        if not drained["ok"]:
            await post_slack("#infra", f"drain of {node} failed, skipping")
            continue
        upgraded = await upgrade_kernel(node, kernel)
        await sleep(settle_seconds)
        back = await uncordon(node)
        results.append({"node": node, "rc": upgraded["rc"], "uncordoned": back})
    return {"kernel": kernel, "nodes": results}
