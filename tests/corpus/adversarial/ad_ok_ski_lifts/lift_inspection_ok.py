# SDK: wmill 1.850.0 a dataclass passed through asdict() and rebuilt with Inspection(**r) after the task; parallel() over a sorted list of lift ids
from dataclasses import asdict, dataclass, field

import httpx
from wmill import parallel, task, workflow

MAINT_API = "https://maint.resort.example"


@dataclass
class Inspection:
    lift: str
    passed: bool
    defects: list[str] = field(default_factory=list)
    torque_nm: float = 0.0

    def critical(self) -> bool:
        return any(d.startswith("CRIT") for d in self.defects)


@task(timeout=600)
async def inspect(lift: str) -> dict:
    async with httpx.AsyncClient(base_url=MAINT_API) as c:
        r = await c.get(f"/lifts/{lift}/inspection/latest")
        r.raise_for_status()
        body = r.json()
    return asdict(Inspection(lift=lift, passed=body["passed"], defects=body.get("defects", []), torque_nm=body["torque"]))


@task()
async def lockout(lift: str, defects: list[str]) -> str:
    async with httpx.AsyncClient(base_url=MAINT_API) as c:
        r = await c.post(f"/lifts/{lift}/lockout", json={"defects": defects})
        r.raise_for_status()
        return r.json()["work_order"]


@task()
async def publish_status(open_lifts: list[str], closed: list[str]) -> None:
    async with httpx.AsyncClient() as c:
        await c.put("https://status.resort.example/lifts", json={"open": open_lifts, "closed": closed})


@workflow
async def main(lifts: list[str], min_torque: float = 850.0, concurrency: int = 3):
    raw = await parallel(sorted(lifts), inspect, concurrency=concurrency)
    results = [Inspection(**r) for r in raw]
    orders: dict[str, str] = {}
    for ins in results:
        if ins.critical() or ins.torque_nm < min_torque:
            orders[ins.lift] = await lockout(ins.lift, ins.defects or ["LOW_TORQUE"])
    open_lifts = [i.lift for i in results if i.lift not in orders and i.passed]
    closed = [i.lift for i in results if i.lift not in open_lifts]
    await publish_status(open_lifts, closed)
    return {"open": open_lifts, "closed": closed, "work_orders": orders}
