# SDK: wmill 1.850.0 client.py: task coroutines kept on an object's list and gathered later are awaited; gather returns them in call order
import asyncio
from dataclasses import dataclass, field

from wmill import task, workflow


@dataclass
class DispatchRun:
    depot: str
    pending: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


@task()
async def plan_routes(depot: str, day: str) -> list:
    import httpx

    return httpx.get(f"https://tms.internal/depots/{depot}/routes", params={"day": day}, timeout=60).json()


@task()
async def dispatch_truck(route_id: str, driver_id: str) -> dict:
    import httpx

    return httpx.post("https://tms.internal/dispatch", json={"route": route_id, "driver": driver_id}, timeout=30).json()


@workflow
async def main(depot: str, day: str):
    run = DispatchRun(depot=depot)
    routes = await plan_routes(depot, day)
    for r in routes:
        if not r.get("driver_id"):
            run.skipped.append(r["id"])
            continue
        run.pending.append(dispatch_truck(r["id"], r["driver_id"]))
    dispatched = await asyncio.gather(*run.pending)
    return {"depot": depot, "trucks": [d["truck"] for d in dispatched], "skipped": run.skipped}
