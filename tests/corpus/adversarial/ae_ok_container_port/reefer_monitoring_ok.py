# SDK: wmill 1.850.0 asyncio.gather over per-block helpers that each await one task, in sorted block order; sleep() with minutes from an input times 60; a pure rolling-window class whose push() appends to its own deque; statistics on task results
import asyncio
import statistics
from collections import deque

import httpx
from wmill import sleep, task, workflow

SETPOINT_TOLERANCE_C = 2.0


class Window:
    def __init__(self, size: int):
        self.values: deque[float] = deque(maxlen=size)

    def push(self, v: float) -> "Window":
        self.values.append(v)
        return self

    def drifting(self, setpoint: float) -> bool:
        return len(self.values) == self.values.maxlen and abs(statistics.fmean(self.values) - setpoint) > SETPOINT_TOLERANCE_C


@task(timeout=60)
async def read_block(block: str) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://reefer.port.example/blocks/{block}/telemetry")
        r.raise_for_status()
        return r.json()


@task()
async def open_ticket(container: str, mean_c: float, setpoint: float) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://maint.port.example/tickets", json={"container": container, "mean": mean_c, "setpoint": setpoint})
        return r.json()["id"]


async def sample(block: str) -> tuple[str, list[dict]]:
    return block, await read_block(block)


@workflow
async def main(blocks: list[str], rounds: int = 4, every_min: int = 15, window: int = 3):
    windows: dict[str, Window] = {}
    setpoints: dict[str, float] = {}
    tickets: dict[str, str] = {}
    for r in range(rounds):
        results = await asyncio.gather(*(sample(b) for b in sorted(blocks)))
        for _block, rows in results:
            for row in rows:
                cid = row["container"]
                setpoints[cid] = float(row["setpoint"])
                windows.setdefault(cid, Window(window)).push(float(row["supply_c"]))
        for cid in sorted(windows):
            if cid not in tickets and windows[cid].drifting(setpoints[cid]):
                tickets[cid] = await open_ticket(cid, round(statistics.fmean(windows[cid].values), 2), setpoints[cid])
        if r + 1 < rounds:
            await sleep(every_min * 60)
    return {"containers": len(windows), "tickets": tickets}
