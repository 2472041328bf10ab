# SDK: wmill 1.850.0 client.py parallel(): it takes len(items) and slices items[i : i + batch]; a set cannot be sliced, so the call raises TypeError ('set' object is not subscriptable) before any task is dispatched (run against _run_workflow_async).
from wmill import parallel, task, workflow


@task()
async def reprice(sku: str) -> dict:
    return {"sku": sku, "price": 10.0}


@workflow
async def main(skus: list[str]):
    unique = set(skus)
    prices = await parallel(unique, reprice, concurrency=5)  # expect: WAC301
    return {"repriced": len(prices)}
