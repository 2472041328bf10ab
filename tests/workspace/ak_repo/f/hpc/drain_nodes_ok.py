"""Drain a set of nodes for maintenance, one flow run per node."""

from wmill import step, task, task_flow, workflow

from f.rcc.lib.creds import slurm_token
from f.rcc.lib.flows import drain_request
from f.rcc.lib.paths import Flows
from f.rcc.lib.slurm import cluster

from .fmt import node_list

drain = task_flow(Flows.DRAIN, timeout=1800)


@task()
async def partition_count() -> int:
    return len(cluster(slurm_token()).partitions())


@workflow
async def main(nodes: list[str], reason: str, pi_email: str = ""):
    label = node_list(nodes)
    for node in nodes:
        await drain(**drain_request(node, reason, pi_email))
    count = await partition_count()
    await step("log", lambda: {"drained": label, "partitions": count})
    return {"drained": label, "partitions": count}
