"""Submit a parameter-sweep array for a lab once the partition looks healthy."""

from datetime import datetime, timezone

import f.rcc.lib.checks  # noqa: F401  (registers the node checks)
from wmill import step, task, workflow

from f.rcc.lib.api import submit_batch
from f.rcc.lib.clock import in_maintenance
from f.rcc.lib.registry import NODE_CHECKS
from f.rcc.lib.sched import estimate_label
from f.rcc.lib.slurm import SLURMRESTD, SlurmRest, cluster, render_batch


class DryRunSlurm(SlurmRest):
    """Answers like slurmrestd without calling it."""

    def _request(self, method: str, path: str, **kwargs) -> dict:
        if path == "/partitions":
            return {"partitions": [{"name": "standard"}, {"name": "gpu"}]}
        return {"job_id": 0, "method": method, "path": path, "dry_run": True}


@task()
async def partition_names() -> list[str]:
    return [p["name"] for p in cluster().partitions()]


@workflow
async def main(
    lab_account: str,
    command: str,
    array: str = "0-99",
    partition: str = "standard",
    probe_node: str = "gl3001",
    queued_at: str = "2026-12-01T00:00:00+00:00",
    dry_run: bool = False,
):
    started = await step("started", lambda: datetime.now(timezone.utc).isoformat())
    if in_maintenance(datetime.fromisoformat(started)):
        return {"skipped": "maintenance window"}
    script = render_batch(command, array)
    if dry_run:
        return DryRunSlurm(SLURMRESTD).submit(script, partition, lab_account)
    names = await partition_names()
    if partition not in names:
        return {"error": f"no partition {partition}"}
    kind = "gpu" if partition.startswith("gpu") else "cpu"
    health = await step("probe", lambda: NODE_CHECKS[kind](probe_node))
    if not health["ok"]:
        return {"error": f"{probe_node} is unhealthy"}
    job = await submit_batch(script=script, partition=partition, account=lab_account)
    eta = await step("eta", lambda: estimate_label(queued_at, 3))
    await step("record", lambda: {"job": job, "array": array})
    return {"job": job, "eta": eta}
