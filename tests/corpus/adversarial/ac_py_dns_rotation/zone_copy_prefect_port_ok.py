# SDK: wmill 1.850.0 a task call returns a coroutine; ensure_future schedules it, and awaiting every future in list order reads each result (keys were allocated at the calls, in input order)
import asyncio

import httpx
from wmill import step, task, workflow


def submit(fn, **kwargs) -> asyncio.Future:
    """Prefect's `task.submit()`, kept from the port."""
    return asyncio.ensure_future(fn(**kwargs))


@task(timeout=300)
async def copy_zone(zone: str, source: str, dest: str) -> dict:
    r = httpx.post("https://migrate.netops.example/copy", json={"zone": zone, "from": source, "to": dest})
    r.raise_for_status()
    return r.json()


@task()
async def diff_zone(zone: str, source: str, dest: str) -> list[str]:
    r = httpx.get("https://migrate.netops.example/diff", params={"zone": zone, "a": source, "b": dest})
    return r.json()["differences"]


@workflow
async def main(zones: list[str], source: str = "route53", dest: str = "cloudflare"):
    copies = [submit(copy_zone, zone=z, source=source, dest=dest) for z in zones]
    copied = [await f for f in copies]
    diffs = {}
    for zone, result in zip(zones, copied):
        if result["status"] == "ok":
            diffs[zone] = await diff_zone(zone=zone, source=source, dest=dest)
    return await step("report", lambda: {"copied": len(copied), "diffs": diffs})
