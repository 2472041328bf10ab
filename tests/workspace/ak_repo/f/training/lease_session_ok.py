"""Hold nodes for a hands-on session and hand out what is free."""

from wmill import step, workflow

from f.rcc.lib.leases import LeaseLabel, NodeLease, logged, window_list
from f.rcc.lib.training_tasks import reserve_node


@workflow
async def main(host_node: str, nodes: list[str], reserved: list[str]):
    await step("hold", lambda: NodeLease(host_node).__enter__().node)
    with LeaseLabel(host_node) as label:
        free = await step("free", lambda: window_list(nodes, reserved))
        async with logged():
            for n in free:
                await reserve_node(n)
    return {"host": label, "free": free}
