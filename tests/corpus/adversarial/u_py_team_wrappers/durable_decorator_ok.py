# SDK: wmill 1.850.0 step(name, fn) awaits the coroutine fn() returns and checkpoints it; the team's @durable routes every call of the helper through step, so the fetch runs once
import functools
import logging

import httpx
from wmill import step, task, workflow

log = logging.getLogger("fx")

FX_API = "https://api.exchangerate.host/latest"


def durable(fn):
    """Team convention: a helper decorated with @durable is checkpointed under its own name."""

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        return await step(fn.__name__, lambda: fn(*args, **kwargs))

    return wrapper


@durable
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
    rates = await fetch_fx_rates(target)
    log.info("got %d rates", len(rates))
    converted = await convert_invoices(invoices, rates, target)
    stored = await store_converted(converted)
    return {"stored": stored, "currency": target}
