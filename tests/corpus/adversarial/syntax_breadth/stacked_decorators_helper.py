# SDK: wmill 1.850.0 client.py: a plain helper (not `@task`) runs in the workflow body; its decorators (retry, cache) do not make it durable, so its request is sent on every replay.
import functools

import requests
from tenacity import retry, stop_after_attempt, wait_exponential
from wmill import task, workflow


@functools.lru_cache(maxsize=32)
@retry(stop=stop_after_attempt(3), wait=wait_exponential(multiplier=1))
def exchange_rate(base: str, quote: str) -> float:
    resp = requests.get(f"https://fx.example.com/{base}/{quote}", timeout=5)
    resp.raise_for_status()
    return float(resp.json()["rate"])


@task()
async def convert_invoices(invoice_ids: list[str], rate: float) -> int:
    return len(invoice_ids)


@workflow
async def main(invoice_ids: list[str], currency: str = "EUR"):
    rate = exchange_rate("USD", currency)  # expect: WAC101
    converted = await convert_invoices(invoice_ids, rate)
    return {"converted": converted, "rate": rate}
