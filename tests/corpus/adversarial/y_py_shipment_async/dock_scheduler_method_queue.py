# SDK: wmill 1.850.0 client.py: a task called inside a method queues its step (_next_step); the coroutine lives only in self.jobs, which the body never awaits
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


@workflow
async def main(warehouse: str, docks: int = 6):
    trailers = await inbound_trailers(warehouse)
    sched = DockScheduler(warehouse, docks)
    plan = {}
    for t in trailers:
        plan[t["plate"]] = sched.assign(t["plate"])  # expect: WAC106
    return {"warehouse": warehouse, "plan": plan, "reserved": len(sched.jobs)}
