# SDK: wmill 1.850.0 the first round of a task call raises _StepSuspend(BaseException); `raise X from exc` replaces it with X, so the workflow fails instead of suspending
"""Seal the day's audit ledger: hash chain, sign, store; any failure becomes a SealError."""
import logging

from wmill import task, workflow

log = logging.getLogger("audit.ledger")


class SealError(RuntimeError):
    pass


@task(timeout=600)
async def chain_entries(day: str) -> dict:
    import hashlib

    import psycopg

    async with await psycopg.AsyncConnection.connect("postgresql://audit/ledger") as conn:
        cur = await conn.execute("select payload from entries where day = %s order by seq", (day,))
        head = hashlib.sha256()
        count = 0
        async for (payload,) in cur:
            head.update(payload.encode())
            count += 1
    return {"day": day, "head": head.hexdigest(), "count": count}


@task(timeout=120)
async def sign_head(head: str) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://kms.internal.example/sign", json={"digest": head})
    return resp.json()["signature"]


@workflow
async def main(day: str):
    try:
        chained = await chain_entries(day)
        signature = await sign_head(chained["head"])
    except BaseException as exc:  # expect: WAC201
        log.error("sealing %s failed", day)
        raise SealError(f"could not seal {day}") from exc
    return {"day": day, "entries": chained["count"], "signature": signature}
