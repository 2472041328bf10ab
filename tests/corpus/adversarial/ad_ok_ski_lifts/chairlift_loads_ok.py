# SDK: wmill 1.850.0 a step callback that builds and returns its own list (it changes nothing outside); a lru_cache'd pure function in the body; itertools.count for sequence numbers
import functools
import itertools

import httpx
import wmill
from wmill import step, task, workflow


@functools.lru_cache(maxsize=None)
def capacity(chair_seats: int, interval_s: int) -> int:
    return chair_seats * 3600 // interval_s


def load_plan(lifts: list[dict]) -> list[dict]:
    plan = []
    for lift in lifts:
        plan.append({"lift": lift["id"], "pph": capacity(lift["seats"], lift["interval"])})
    plan.sort(key=lambda p: -p["pph"])
    return plan


@task()
async def set_speed(lift: str, pph: int, seq: int) -> dict:
    token = wmill.get_variable("f/ops/lift_control_token")
    async with httpx.AsyncClient(headers={"Authorization": token}) as c:
        r = await c.post(f"https://lifts.resort.example/{lift}/speed", json={"pph": pph, "seq": seq})
        r.raise_for_status()
        return r.json()


@workflow
async def main(lifts: list[dict], expected_skiers: int):
    plan = await step("load_plan", lambda: load_plan(lifts))
    seq = itertools.count(1)
    total = 0
    applied = []
    for entry in plan:
        if total >= expected_skiers:
            break
        applied.append(await set_speed(entry["lift"], entry["pph"], next(seq)))
        total += entry["pph"]
    return {"applied": applied, "capacity": total}
