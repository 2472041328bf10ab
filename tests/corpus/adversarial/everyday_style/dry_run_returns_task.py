# SDK: wmill 1.850.0 client.py: the @task wrapper returns ctx._next_step(...)'s coroutine and _run_workflow_async returns what the body returns after one await, so the early `return` hands back a coroutine, not the quote.
from wmill import task, workflow


@task()
async def fetch_quote(sku: str) -> dict:
    return {"sku": sku, "price": 12.5}


@task()
async def reserve_stock(sku: str, qty: int) -> dict:
    return {"sku": sku, "reserved": qty}


@workflow
async def main(sku: str, qty: int = 1, dry_run: bool = False):
    if dry_run:
        return fetch_quote(sku)  # expect: WAC106
    quote = await fetch_quote(sku)
    if quote["price"] <= 0:
        return {"error": "no price"}
    reservation = await reserve_stock(sku, qty)
    return {"quote": quote, "reservation": reservation}
