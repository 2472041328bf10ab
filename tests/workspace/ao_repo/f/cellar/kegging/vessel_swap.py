"""Move a batch to a free conditioning tank."""

from wmill import task, workflow

from f.brew.lib import pool


@task
async def reserve(vessel: str, batch_id: str) -> dict:
    pool.claim(vessel, batch_id)  # expect: WAC104
    return {"vessel": vessel, "batch_id": batch_id}


@task
async def transfer(batch_id: str, src: str, dst: str) -> dict:
    return {"batch_id": batch_id, "from": src, "to": dst}


@workflow
async def main(batch_id: str, src: str, tanks: list[str]):
    free = pool.free_vessels(tanks)
    if not free:
        return {"batch_id": batch_id, "moved": False}
    await reserve(free[0], batch_id)
    if pool.holder(free[0]) != batch_id:
        return {"batch_id": batch_id, "moved": False, "claims": pool.TALLY["claims"]}
    return await transfer(batch_id, src, free[0])
