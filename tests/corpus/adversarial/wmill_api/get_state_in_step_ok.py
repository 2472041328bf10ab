# SDK: wmill 1.850.0 client.py get_state() reads a resource over HTTP; inside step() the first read is checkpointed and replays branch on it.
from wmill import get_state, set_state, step, task, workflow


@task()
async def full_sync(tenant: str) -> int:
    set_state({"synced": True})
    return 1


@task()
async def delta_sync(tenant: str) -> int:
    return 0


@workflow
async def main(tenant: str):
    previous = await step("previous_state", lambda: get_state())
    if previous and previous.get("synced"):
        return await delta_sync(tenant)
    return await full_sync(tenant)
