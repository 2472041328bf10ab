# SDK: wmill 1.850.0's `task` wrapper returns the awaitable of `_next_step` without running it; the shim's `spawn` is `async` and returns `fn(*args)` un-awaited, so `await ctx.spawn(...)` gives the body that awaitable (a coroutine object), never the task's result: `alignment["offset_mm"]` fails
"""Laser-show alignment before the evening music show. Ported from Hatchet, where the
workflow used `ctx.spawn_workflow(...)`; the port kept a small context shim."""

import httpx

from wmill import task, workflow


class Ctx:
    def __init__(self, show_id: str):
        self.show_id = show_id

    async def spawn(self, fn, *args):
        print(f"[{self.show_id}] spawning {fn.__name__}")
        return fn(*args)


@task(timeout=900)
async def align_lasers(hall: str, pattern: str) -> dict:
    async with httpx.AsyncClient(base_url="https://lasers.planetarium.example") as client:
        r = await client.post(f"/halls/{hall}/align", json={"pattern": pattern})
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def arm_show(hall: str, show_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://lasers.planetarium.example") as client:
        r = await client.post(f"/halls/{hall}/arm", json={"show": show_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(show_id: str, hall: str, pattern: str = "grid-9"):
    ctx = Ctx(show_id)
    alignment = await ctx.spawn(align_lasers, hall, pattern)  # expect: WAC106
    if abs(alignment["offset_mm"]) > 2:
        return {"show": show_id, "armed": False, "alignment": alignment}
    return {"show": show_id, "armed": True, "arm": await ctx.spawn(arm_show, hall, show_id)}  # expect: WAC106
