# SDK: wmill 1.850.0 sleep() with a duration computed from inputs (days until capping) is deterministic; a loop of sleeps and tasks with stable names; a local random-looking helper `random_id` derives an id from a hash of inputs
import hashlib

import httpx
from wmill import sleep, task, workflow

GRAFT_TO_CAP_DAYS = 5
CAP_TO_EMERGE_DAYS = 7
DAY = 86_400


def random_id(*parts: str) -> str:
    """Not random: a stable id from the inputs, so every replay agrees."""
    return hashlib.blake2s("|".join(parts).encode(), digest_size=6).hexdigest()


def stage_plan(start_day: int) -> list[tuple[str, int]]:
    return [
        ("graft", start_day),
        ("check_take", start_day + 1),
        ("cap_check", start_day + GRAFT_TO_CAP_DAYS),
        ("move_to_nucs", start_day + GRAFT_TO_CAP_DAYS + CAP_TO_EMERGE_DAYS - 1),
    ]


@task()
async def log_stage(cell_bar: str, stage: str, day: int) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://apiary.coop.example/api/rearing/log", json={"bar": cell_bar, "stage": stage, "day": day})
        r.raise_for_status()
        return r.json()


@task()
async def count_accepted_cells(cell_bar: str) -> int:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://apiary.coop.example/api/rearing/{cell_bar}/cells")
        return sum(1 for cell in r.json() if cell["accepted"])


@task()
async def reserve_nucs(cell_bar: str, count: int) -> list[str]:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://apiary.coop.example/api/nucs/reserve", json={"bar": cell_bar, "n": count})
        return r.json()["nucs"]


@workflow
async def main(breeder_hive: str, graft_date: str, cells: int = 30):
    bar = random_id(breeder_hive, graft_date)
    elapsed = 0
    accepted = cells
    nucs: list[str] = []
    for stage, day in stage_plan(0):
        wait_days = day - elapsed
        if wait_days > 0:
            await sleep(wait_days * DAY)
            elapsed = day
        await log_stage(bar, stage, day)
        if stage == "check_take":
            accepted = await count_accepted_cells(bar)
            if accepted == 0:
                return {"bar": bar, "accepted": 0}
        elif stage == "move_to_nucs":
            nucs = await reserve_nucs(bar, accepted)
    return {"bar": bar, "accepted": accepted, "nucs": nucs}
