"""Submit a parameter-sweep array for a lab once the partition looks healthy."""

import f.rcc.lib.checks  # noqa: F401  (registers the node checks)
from wmill import step, workflow

from f.rcc.lib import slurm
from f.rcc.lib.api import submit_batch
from f.rcc.lib.clock import in_maintenance
from f.rcc.lib.naming import attempt_key
from f.rcc.lib.registry import NODE_CHECKS
from f.rcc.lib.sched import estimate_start


@workflow
async def main(
    lab_account: str,
    command: str,
    array: str = "0-99",
    partition: str = "standard",
    probe_node: str = "gl3001",
    queued_at: str = "2026-12-01T00:00:00+00:00",
):
    if in_maintenance():  # expect: WAC102
        return {"skipped": "maintenance window"}
    parts = slurm.cluster().partitions()  # expect: WAC101
    if partition not in [p["name"] for p in parts]:
        return {"error": f"no partition {partition}"}
    kind = "gpu" if partition.startswith("gpu") else "cpu"
    health = NODE_CHECKS[kind](probe_node)  # expect: WAC101
    if not health["ok"]:
        return {"error": f"{probe_node} is unhealthy"}
    script = slurm.render_batch(command, array)
    job = await submit_batch(script=script, partition=partition, account=lab_account)
    eta = await step("eta", lambda: estimate_start(queued_at, 3))  # expect: WAC107
    await step(attempt_key("record"), lambda: {"job": job, "array": array})  # expect: WAC102, WAC103
    return {"job": job, "eta": eta}
