# SDK: wmill 1.850.0 client.py: a task's result crosses JSON; `model_dump(mode="json")` returns plain JSON types, which come back unchanged.
from pydantic import BaseModel
from wmill import task, workflow


class Quote(BaseModel):
    supplier: str
    price_cents: int


@task()
async def request_quote(supplier: str, sku: str) -> dict:
    return Quote(supplier=supplier, price_cents=1200).model_dump(mode="json")


@workflow
async def main(sku: str, suppliers: list[str]):
    quotes = [Quote.model_validate(await request_quote(s, sku)) for s in suppliers]
    best = min(quotes, key=lambda q: q.price_cents)
    return {"sku": sku, "best": best.model_dump()}
