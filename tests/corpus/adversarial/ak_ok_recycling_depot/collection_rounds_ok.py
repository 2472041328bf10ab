# SDK: wmill 1.850.0: the task wrapper calls _next_step when called, so nested gather / parallel allocate keys in list order (zones, then bins in each); sorted(set(...)) before the loop
import asyncio
from itertools import groupby

from wmill import parallel, task, workflow


@task(timeout=120)
async def read_fill_level(bin_id: str) -> dict:
    import requests

    r = requests.get(f"https://iot.example-depot.org/bins/{bin_id}/level", timeout=10)
    r.raise_for_status()
    return {"bin": bin_id, "pct": int(r.json()["fill_pct"])}


@task()
async def dispatch_truck(zone: str, stops: list[str]) -> str:
    import requests

    r = requests.post("https://fleet.example-depot.org/api/runs", json={"zone": zone, "stops": stops}, timeout=30)
    r.raise_for_status()
    return r.json()["run_id"]


def zone_of(bin_id: str) -> str:
    return bin_id.split("-", 1)[0]


@workflow
async def main(bin_ids: list[str], threshold: int = 75, concurrency: int = 5):
    unique = sorted(set(bin_ids))
    zones = {z: list(bins) for z, bins in groupby(unique, key=zone_of)}
    levels = await asyncio.gather(*(parallel(bins, read_fill_level, concurrency=concurrency) for bins in zones.values()))

    runs = {}
    for zone, readings in zip(zones, levels):
        stops = [r["bin"] for r in readings if r["pct"] >= threshold]
        if stops:
            runs[zone] = await dispatch_truck(zone, stops)
    return {"zones": len(zones), "runs": runs}
