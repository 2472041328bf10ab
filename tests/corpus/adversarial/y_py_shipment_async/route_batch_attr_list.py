# SDK: wmill 1.850.0 client.py: _run_workflow_async flushes queued tasks, but a task coroutine appended to an object's list and never awaited loses its result; the truck count below is from the list's length only
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
        run.pending.append(dispatch_truck(r["id"], r["driver_id"]))  # expect: WAC106
    return {"depot": depot, "trucks": len(run.pending), "skipped": run.skipped}
