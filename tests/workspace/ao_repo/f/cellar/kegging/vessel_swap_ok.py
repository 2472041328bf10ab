"""Move a batch to a free conditioning tank."""

import wmill
from wmill import task, workflow

from f.brew.lib import pool


@task
async def reserve(vessel: str, batch_id: str) -> dict:
    db = wmill.datatable()
    row = db.query(
        "update tanks set batch_id = $1 where vessel = $2 and batch_id is null returning batch_id",
        batch_id,
        vessel,
    ).fetch_one()
    return {"vessel": vessel, "batch_id": batch_id, "holder": row["batch_id"] if row else None}


@task
async def transfer(batch_id: str, src: str, dst: str) -> dict:
    return {"batch_id": batch_id, "from": src, "to": dst}


@workflow
async def main(batch_id: str, src: str, tanks: list[str]):
    free = pool.free_vessels(tanks)
    if not free:
        return {"batch_id": batch_id, "moved": False}
    claim = await reserve(free[0], batch_id)
    if claim["holder"] != batch_id:
        return {"batch_id": batch_id, "moved": False}
    return await transfer(batch_id, src, free[0])
