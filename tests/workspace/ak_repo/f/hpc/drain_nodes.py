"""Drain a set of nodes for maintenance, one flow run per node."""

from wmill import step, task_flow, task_script, workflow

from f.rcc.lib.creds import slurm_token
from f.rcc.lib.flows import drain_args
from f.rcc.lib.paths import Flows
from f.rcc.lib.slurm import cluster

from .fmt import node_list

drain = task_flow(Flows.DRAIN, timeout=1800)
drain_status = task_script(Flows.DRAIN)  # expect: WAC401


@workflow
async def main(nodes: list[str], reason: str, pi_email: str = ""):
    token = slurm_token()  # expect: WAC101
    label = node_list(nodes)
    for node in nodes:
        await drain(**drain_args(node, reason))  # expect: WAC402
    status = await drain_status(node=label, reason=reason)
    jobs = await step("queue", lambda: cluster(token).partitions())
    return {"drained": label, "status": status, "partitions": len(jobs)}
