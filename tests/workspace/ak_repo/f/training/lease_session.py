"""Hold nodes for a hands-on session and hand out what is free."""

from wmill import step, workflow

from f.rcc.lib.leases import NodeLease, shielded, window_nodes
from f.rcc.lib.training_tasks import reserve_node


@workflow
async def main(host_node: str, nodes: list[str], reserved: list[str]):
    with NodeLease(host_node) as lease:  # expect: WAC101
        free = await step("free", lambda: window_nodes(nodes, reserved))  # expect: WAC107
        async with shielded():  # expect: WAC201
            for n in sorted(free):
                await reserve_node(n)
    return {"host": lease.node, "free": sorted(free)}
