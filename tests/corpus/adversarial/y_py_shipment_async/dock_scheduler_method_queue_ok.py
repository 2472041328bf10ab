# SDK: wmill 1.850.0 client.py: coroutines a method keeps in self.jobs are awaited by the body's asyncio.gather over self.jobs.values(), in insertion (call) order
import asyncio

from wmill import task, workflow


@task()
async def reserve_dock(warehouse: str, dock: int, trailer: str) -> dict:
    import httpx

    return httpx.post(f"https://yard.internal/{warehouse}/docks/{dock}/reserve", json={"trailer": trailer}, timeout=30).json()


@task()
async def inbound_trailers(warehouse: str) -> list:
    import httpx

    return httpx.get(f"https://yard.internal/{warehouse}/inbound", timeout=30).json()


class DockScheduler:
    def __init__(self, warehouse: str, docks: int):
        self.warehouse = warehouse
        self.docks = docks
        self.jobs = {}
        self.next_dock = 1

    def assign(self, trailer: str) -> int:
        dock = self.next_dock
        self.jobs[trailer] = reserve_dock(self.warehouse, dock, trailer)
        self.next_dock = dock % self.docks + 1
        return dock

    async def confirm_all(self) -> dict:
        done = await asyncio.gather(*self.jobs.values())
        return {plate: r["slot"] for plate, r in zip(self.jobs, done)}


@workflow
async def main(warehouse: str, docks: int = 6):
    trailers = await inbound_trailers(warehouse)
    sched = DockScheduler(warehouse, docks)
    plan = {}
    for t in trailers:
        plan[t["plate"]] = sched.assign(t["plate"])
    slots = await sched.confirm_all()
    return {"warehouse": warehouse, "plan": plan, "slots": slots}
