# SDK: wmill 1.850.0 _StepSuspend(BaseException) must leave the handler; BaseException.with_traceback returns the exception itself, so this re-raises the suspension unchanged
"""Seal the day's audit ledger; every failure is logged with its stack before it goes on."""
import logging
import traceback

from wmill import task, workflow

log = logging.getLogger("audit.ledger")


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
    except BaseException as exc:
        log.debug("leaving main for %s: %s", day, "".join(traceback.format_exception_only(exc)).strip())
        raise exc.with_traceback(exc.__traceback__)
    return {"day": day, "entries": chained["count"], "signature": signature}
