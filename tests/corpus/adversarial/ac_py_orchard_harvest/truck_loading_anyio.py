# SDK: wmill 1.850.0 a task call raises _StepSuspend (a BaseException) when awaited; anyio's task group wraps it in a BaseExceptionGroup, which the runner does not recognise as a suspension
import anyio
import httpx
from wmill import task, workflow

DOCK_API = "https://dock.orchard.internal/v1"


@task()
async def assign_dock(truck: str) -> int:
    r = httpx.post(f"{DOCK_API}/assign", json={"truck": truck})
    return r.json()["dock"]


@task()
async def load_truck(truck: str, dock: int, pallets: int) -> dict:
    r = httpx.post(f"{DOCK_API}/load", json={"truck": truck, "dock": dock, "pallets": pallets})
    return r.json()


@task()
async def release_truck(truck: str) -> None:
    httpx.post(f"{DOCK_API}/release", json={"truck": truck})


@workflow
async def main(trucks: dict[str, int]):
    docks: dict[str, int] = {}
    for truck in trucks:
        docks[truck] = await assign_dock(truck=truck)

    loaded: list[dict] = []

    async def _load(truck: str) -> None:
        loaded.append(await load_truck(truck=truck, dock=docks[truck], pallets=trucks[truck]))

    async with anyio.create_task_group() as tg:  # expect: WAC201
        for truck in trucks:
            tg.start_soon(_load, truck)

    for truck in trucks:
        await release_truck(truck=truck)
    return {"loaded": len(loaded)}
