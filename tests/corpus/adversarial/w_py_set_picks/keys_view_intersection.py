# SDK: wmill 1.850.0 client.py — dict.keys() & dict.keys() returns a set; iterating it with a task per item dispatches in salted-hash order (keys reprice, reprice_2, ... change owner)
from wmill import task, workflow


@task()
async def fetch_catalog(store: str) -> dict:
    import httpx

    return {p["sku"]: p for p in httpx.get(f"https://shop.example.com/{store}/products").json()}


@task()
async def fetch_costs(supplier: str) -> dict:
    import httpx

    return httpx.get(f"https://supplier.example.com/{supplier}/costs").json()


@task()
async def reprice(store: str, sku: str, cost: float, margin: float) -> float:
    import httpx

    price = round(cost * (1 + margin), 2)
    httpx.patch(f"https://shop.example.com/{store}/products/{sku}", json={"price": price})
    return price


@workflow
async def main(store: str, supplier: str, margin: float = 0.3):
    catalog = await fetch_catalog(store)
    costs = await fetch_costs(supplier)
    prices = {}
    for sku in catalog.keys() & costs.keys():  # expect: WAC105
        prices[sku] = await reprice(store, sku, costs[sku], margin)
    return prices
