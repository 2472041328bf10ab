# SDK: wmill 1.850.0 step keys follow call order (`_alloc_key`); `dict.fromkeys` over a set of strings keeps the set's iteration order, which changes with the process's hash seed, so the allocation tasks are called in another order on a replay
"""Allocate morning deliveries per region, ported from an Airflow TaskFlow DAG (`allocate.expand(region=...)`)."""

from __future__ import annotations

import logging

from wmill import task, workflow

log = logging.getLogger("bakery.allocation")

ROUTES = "https://routes.crumb.example/v1"


@task(timeout=300)
async def open_orders(bake_date: str) -> list[dict]:
    import requests

    r = requests.get("https://erp.crumb.example/api/deliveries", params={"date": bake_date}, timeout=120)
    r.raise_for_status()
    return r.json()["deliveries"]


@task(timeout=600)
async def allocate_region(region: str, deliveries: list[dict], vans: int) -> dict:
    import requests

    r = requests.post(f"{ROUTES}/regions/{region}/allocate", json={"deliveries": deliveries, "vans": vans}, timeout=500)
    r.raise_for_status()
    return r.json()


@workflow
async def main(bake_date: str, vans_per_region: int = 3):
    deliveries = await open_orders(bake_date)
    by_region = dict.fromkeys({d["region"] for d in deliveries}, 0)
    for d in deliveries:
        by_region[d["region"]] += 1
    routes = []
    for region, count in by_region.items():  # expect: WAC105
        mine = [d for d in deliveries if d["region"] == region]
        routes.append(await allocate_region(region, mine, min(vans_per_region, max(1, count // 20))))
    log.info("allocated %d regions", len(routes))
    return {"date": bake_date, "routes": [r["id"] for r in routes]}
