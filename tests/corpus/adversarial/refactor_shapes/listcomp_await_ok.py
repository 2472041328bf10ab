# SDK: wmill 1.850.0 client.py each awaited task suspends or resolves in turn; an await inside a list / dict comprehension runs them in input order.
from wmill import task, workflow


@task()
async def enrich(customer_id: str) -> dict:
    return {"id": customer_id}


@task()
async def risk(customer_id: str) -> int:
    return 1


@workflow
async def main(customer_ids: list):
    enriched = [await enrich(c) for c in customer_ids]
    scores = {c: await risk(c) for c in customer_ids}
    return {"enriched": enriched, "scores": scores}
