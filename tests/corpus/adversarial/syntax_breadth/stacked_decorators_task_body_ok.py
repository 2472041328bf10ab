# SDK: wmill 1.850.0 client.py: a `@task` body runs as its own job, never replayed; the decorated helper's request runs there, not in the workflow body.
import functools

import requests
from tenacity import retry, stop_after_attempt
from wmill import task, workflow


@functools.lru_cache(maxsize=32)
@retry(stop=stop_after_attempt(3))
def exchange_rate(base: str, quote: str) -> float:
    resp = requests.get(f"https://fx.example.com/{base}/{quote}", timeout=5)
    return float(resp.json()["rate"])


@task(timeout=120)
async def convert_invoices(invoice_ids: list[str], currency: str) -> dict:
    rate = exchange_rate("USD", currency)
    return {"converted": len(invoice_ids), "rate": rate}


@workflow
async def main(invoice_ids: list[str], currency: str = "EUR"):
    return await convert_invoices(invoice_ids, currency)
