# SDK: wmill 1.850.0 only step()/task() checkpoint; the team's @logged decorator just times the call, so the helper's HTTP fetch runs again in every round of the body
import functools
import logging
import time

import httpx
from wmill import task, workflow

log = logging.getLogger("fx")

FX_API = "https://api.exchangerate.host/latest"


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.2fs", fn.__name__, time.perf_counter() - t0)

    return wrapper


@logged
async def fetch_fx_rates(base: str) -> dict:
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.get(FX_API, params={"base": base})
        resp.raise_for_status()
        return resp.json()["rates"]


@task()
async def convert_invoices(invoices: list[dict], rates: dict, target: str) -> list[dict]:
    out = []
    for inv in invoices:
        rate = rates.get(inv["currency"], 1.0)
        out.append({**inv, "amount": round(inv["amount"] / rate, 2), "currency": target})
    return out


@task()
async def store_converted(rows: list[dict]) -> int:
    import psycopg

    with psycopg.connect("postgresql://finance@db/ledger") as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "insert into converted_invoices (id, amount, currency) values (%s, %s, %s)",
                [(r["id"], r["amount"], r["currency"]) for r in rows],
            )
    return len(rows)


@workflow
async def main(invoices: list[dict], target: str = "EUR"):
    rates = await fetch_fx_rates(target)  # expect: WAC101
    converted = await convert_invoices(invoices, rates, target)
    stored = await store_converted(converted)
    return {"stored": stored, "currency": target}
