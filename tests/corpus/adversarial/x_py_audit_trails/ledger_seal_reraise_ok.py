# SDK: wmill 1.850.0 _StepSuspend(BaseException): a handler that re-raises the caught exception unchanged (bare raise) lets it through; TaskError is an Exception
"""Seal the day's audit ledger: hash chain, sign, store; failures are logged and re-raised."""
import logging

from wmill import TaskError, task, workflow

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
    except TaskError as exc:
        raise SealError(f"could not seal {day}: {exc.result['error']['message']}") from exc
    except BaseException:
        log.debug("leaving main for %s (suspension or cancellation)", day)
        raise
    return {"day": day, "entries": chained["count"], "signature": signature}
