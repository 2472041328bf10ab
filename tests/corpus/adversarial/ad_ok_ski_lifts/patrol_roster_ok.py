# SDK: wmill 1.850.0 except (TaskError, KeyError) around a task whose argument reads an item; a try/except Exception that logs and re-raises; a pure helper with its own try/except
import logging

import httpx
from wmill import TaskError, task, workflow

log = logging.getLogger("roster")


def parse_shift(code: str) -> tuple[int, int]:
    try:
        start, end = code.split("-")
        return int(start), int(end)
    except ValueError:
        return 8, 16


@task()
async def assign(patroller: str, zone: str, start: int, end: int) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://patrol.resort.example/roster", json={"who": patroller, "zone": zone, "from": start, "to": end})
        r.raise_for_status()
        return r.json()


@task()
async def publish(roster: list[dict]) -> int:
    async with httpx.AsyncClient() as c:
        r = await c.put("https://patrol.resort.example/roster/today", json=roster)
        r.raise_for_status()
    return len(roster)


@workflow
async def main(patrollers: list[dict], zones: list[str]):
    roster = []
    skipped = []
    for i, p in enumerate(patrollers):
        start, end = parse_shift(p.get("shift", ""))
        try:
            roster.append(await assign(p["name"], zones[i % len(zones)], start, end))
        except (TaskError, KeyError) as e:
            skipped.append({"index": i, "why": type(e).__name__})
    try:
        count = await publish(roster)
    except Exception:
        log.exception("publishing the roster failed")
        raise
    return {"published": count, "skipped": skipped}
