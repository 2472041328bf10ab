# SDK: wmill 1.850.0: random.Random(int) seeded from an input is deterministic; a bare name `requests` that is a local dict is not the library
import random

from wmill import parallel, task, workflow

SIZES = [str(s) for s in range(28, 48)]


@task()
async def size_demand(rink: str, weeks: int) -> dict[str, int]:
    import requests

    r = requests.get(f"https://pos.example-ice.org/api/rinks/{rink}/rentals", params={"weeks": weeks}, timeout=30)
    r.raise_for_status()
    return {row["size"]: int(row["count"]) for row in r.json()}


@task()
async def order_pairs(supplier: str, size: str, pairs: int) -> dict:
    import requests

    r = requests.post(f"https://{supplier}/api/orders", json={"size": size, "pairs": pairs}, timeout=30)
    r.raise_for_status()
    return {"size": size, "pairs": pairs, "po": r.json()["po"]}


def sample_audit(sizes: list[str], seed: int, k: int) -> list[str]:
    return sorted(random.Random(seed).sample(sizes, k=min(k, len(sizes))))


@workflow
async def main(rink: str, stock: dict, audit_seed: int = 7, weeks: int = 8, supplier: str = "skates.example-supply.com"):
    demand = await size_demand(rink, weeks)
    requests = []
    for size in SIZES:
        need = demand.get(size, 0) // 4 - int(stock.get(size, 0))
        if need > 0:
            requests.append({"size": size, "pairs": need})
    orders = await parallel(requests, lambda req: order_pairs(supplier, req["size"], req["pairs"]), concurrency=3)
    return {"orders": orders, "audit_sizes": sample_audit(SIZES, audit_seed, 3)}
