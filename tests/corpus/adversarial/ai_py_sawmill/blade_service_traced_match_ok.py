# SDK: wmill 1.850.0 `task` reads `func.__name__` and `inspect.signature(func)` (which follows `__wrapped__`), and the child job calls `func(**kwargs)`: a `functools.wraps` async wrapper under `@task` keeps the name and parameters; a task's dict / list results match mapping and sequence patterns after the JSON round trip
"""Saw-blade servicing: tension, sharpen and swap bandsaw blades by wear (a team's port of a Flyte workflow)."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from wmill import sleep, task, wait_for_approval, workflow

log = logging.getLogger("sawmill.blades")

BLADE_API = "https://blades.mill.example"
P = ParamSpec("P")
R = TypeVar("R")


def traced(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        t0 = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.2fs", fn.__name__, time.perf_counter() - t0)

    return wrapper


@task(timeout=120)
@traced
async def blade_wear(saw: str) -> dict:
    import httpx

    r = httpx.get(f"{BLADE_API}/saws/{saw}/wear")
    r.raise_for_status()
    return r.json()


@task(timeout=900, tag="filing-room")
@traced
async def sharpen(saw: str, blade_id: str, passes: int = 1) -> list:
    import httpx

    r = httpx.post(f"{BLADE_API}/blades/{blade_id}/sharpen", json={"saw": saw, "passes": passes})
    r.raise_for_status()
    return [r.json()["blade_id"], r.json()["kerf_mm"]]


@task(timeout=600, tag="filing-room")
@traced
async def swap_blade(saw: str, reason: str) -> str:
    import httpx

    r = httpx.post(f"{BLADE_API}/saws/{saw}/swap", json={"reason": reason})
    r.raise_for_status()
    return r.json()["new_blade"]


@workflow
async def main(saw: str, max_kerf_mm: float = 3.4, cooldown_min: int = 20):
    wear = await blade_wear(saw=saw)
    match wear:
        case {"cracks": [first, *_]}:
            log.warning("saw %s blade cracked at %s", saw, first)
            decision = await wait_for_approval(timeout=2 * 3600, key="cracked_blade")
            if not decision.get("approved"):
                return {"saw": saw, "status": "stopped"}
            blade = await swap_blade(saw=saw, reason="crack")
        case {"teeth_dull_pct": pct, "blade_id": blade_id} if pct > 40:
            await sleep(cooldown_min * 60)
            match await sharpen(saw=saw, blade_id=blade_id, passes=2):
                case [new_id, kerf] if kerf > max_kerf_mm:
                    log.info("blade %s kerf %.2f too wide after sharpening", new_id, kerf)
                    blade = await swap_blade(saw=saw, reason="kerf")
                case [new_id, _]:
                    blade = new_id
                case _:
                    blade = blade_id
        case {"blade_id": blade_id}:
            blade = blade_id
        case _:
            raise ValueError(f"unexpected wear report for {saw}")
    return {"saw": saw, "blade": blade}
