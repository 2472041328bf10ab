# SDK: wmill 1.850.0 keys follow call order; graphlib.TopologicalSorter.static_order() walks insertion-ordered dicts, so the asset order (and the task keys) is the same in every round
import graphlib
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("glacier.assets")

WAREHOUSE = "https://warehouse.glaciology.example/api"

ASSET_DEPS: dict[str, set[str]] = {
    "raw_dem": set(),
    "raw_velocity": set(),
    "thickness": {"raw_dem"},
    "flux_gates": {"thickness", "raw_velocity"},
    "mass_balance": {"flux_gates", "raw_dem"},
}


@task(timeout=1800)
async def materialize_raw(asset: str, region: str) -> dict:
    r = httpx.post(f"{WAREHOUSE}/materialize/raw", json={"asset": asset, "region": region})
    r.raise_for_status()
    return r.json()


@task(timeout=3600)
async def materialize_derived(asset: str, region: str, upstream: dict) -> dict:
    r = httpx.post(f"{WAREHOUSE}/materialize/derived", json={"asset": asset, "region": region, "inputs": upstream})
    r.raise_for_status()
    return r.json()


def order(selection: list[str]) -> list[str]:
    ts = graphlib.TopologicalSorter({a: ASSET_DEPS[a] for a in ASSET_DEPS})
    wanted = set(selection) if selection else set(ASSET_DEPS)
    return [a for a in ts.static_order() if a in wanted]


@workflow
async def main(region: str, selection: list[str] = []):
    done: dict[str, dict] = {}
    for asset in order(selection):
        deps = sorted(ASSET_DEPS[asset])
        if not deps:
            done[asset] = await materialize_raw(asset, region)
        else:
            upstream = {d: done[d]["uri"] for d in deps if d in done}
            done[asset] = await materialize_derived(asset, region, upstream)
        log.info("materialized %s -> %s", asset, done[asset]["uri"])
    return {"region": region, "materialized": list(done)}
