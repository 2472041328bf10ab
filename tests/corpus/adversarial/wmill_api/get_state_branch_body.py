# SDK: wmill 1.850.0 client.py get_state() is get_resource() over HTTP; the value read in the body can differ between replays (a task writes it).
from wmill import get_state, set_state, task, workflow


@task()
async def full_sync(tenant: str) -> int:
    set_state({"synced": True})
    return 1


@task()
async def delta_sync(tenant: str) -> int:
    return 0


@workflow
async def main(tenant: str):
    previous = get_state()  # expect: WAC101
    if previous and previous.get("synced"):
        return await delta_sync(tenant)
    return await full_sync(tenant)
