# SDK: wmill 1.850.0 client.py: a task's result is the child job's JSON result; a pydantic model returned from a task comes back as a plain dict, so attribute access on it fails.
from pydantic import BaseModel
from wmill import task, workflow


class Quote(BaseModel):
    supplier: str
    price_cents: int


@task()
async def request_quote(supplier: str, sku: str) -> Quote:
    return Quote(supplier=supplier, price_cents=1200)  # expect: WAC107


@workflow
async def main(sku: str, suppliers: list[str]):
    best = None
    for supplier in suppliers:
        quote = await request_quote(supplier, sku)
        if best is None or quote["price_cents"] < best["price_cents"]:
            best = quote
    return {"sku": sku, "best": best}
