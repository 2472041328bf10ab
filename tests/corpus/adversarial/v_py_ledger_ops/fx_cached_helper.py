# SDK: wmill 1.850.0: each round is a new process, so functools.cache does not keep the rate between rounds; the body calls the helper each round
"""Multi-currency invoicing: FX rates are fetched once per process through a cached helper."""
import functools

import httpx
from wmill import task, workflow


@functools.cache
def fx_rate(base: str, quote: str) -> float:
    r = httpx.get("https://api.frankfurter.app/latest", params={"from": base, "to": quote}, timeout=10)
    r.raise_for_status()
    return float(r.json()["rates"][quote])


@task()
async def issue_invoice(customer_id: str, amount: float, currency: str) -> str:
    import wmill

    db = wmill.datatable("billing")
    row = db.query("insert into invoices(customer_id, amount, currency) values ($1, $2, $3) returning id",
                   customer_id, amount, currency).fetch_one()
    return row["id"]


@workflow
async def main(lines: list[dict], customer_id: str, currency: str = "EUR"):
    total = 0.0
    for line in lines:
        rate = 1.0 if line["currency"] == currency else fx_rate(line["currency"], currency)  # expect: WAC101
        total += line["amount"] * rate
    invoice_id = await issue_invoice(customer_id, round(total, 2), currency)
    return {"invoice": invoice_id, "total": round(total, 2)}
