"""Tasks of the training workflows."""

from wmill import task


@task(timeout=300)
async def reserve_node(node: str) -> dict:
    return {"node": node, "reserved": True}


@task(timeout=300)
async def make_accounts(course: str, seats: int) -> list[str]:
    return [f"{course}-{i:02d}" for i in range(seats)]
