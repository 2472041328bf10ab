# SDK: wmill 1.850.0; f.lib.net.fetch_rate does a GET on a cache miss (each replay is a fresh process, so always a miss)
"""Refresh fuel-card currency rates and re-price open invoices."""

from wmill import step, task, workflow

from f.lib import net
from f.lib.net import SESSION, fetch_rate
from f.lib.paths import FLEET

INVOICE_API = "https://billing.example-fleet.io/v1/invoices"


@task()
async def reprice(invoice_id: str, rate: float) -> dict:
    return net.post_json(f"{INVOICE_API}/{invoice_id}/reprice", {"rate": rate})  # expect: WAC104


@workflow
async def main(currencies: list[str], invoice_ids: list[str], fleet: str = FLEET):
    rates = {}
    for cur in currencies:
        rates[cur] = fetch_rate(cur)  # expect: WAC101
    open_ids = SESSION.get(INVOICE_API, params={"status": "open"}).json()  # expect: WAC101
    known = await step("known_rate", lambda: net.fetch_rate("USD"))
    results = []
    for inv in invoice_ids:
        results.append(await reprice(inv, rates.get("USD", known)))
    return {"rates": rates, "open": open_ids, "calls": net.calls_made(), "n": len(results), "fleet": fleet}
